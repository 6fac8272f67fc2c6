/** Messages of the BRÅ import area: revised values kept with an import (listed on the Data view), import notes. */
import { fmt, msg } from '../entry';

export const bra = {
  'bra.revisions.heading': msg('Reviderade värden', 'Revised values'),
  'bra.revisions.intro': msg(
    'Värden som en import ersatte med andra (gammalt → nytt). Listan sparas med importen och försvinner när importen tas bort.',
    'Values an import replaced with different ones (old → new). The list is kept with the import and goes when the import is removed.',
  ),
  'bra.revisions.summary': fmt<{ file: string; source: string; when: string; total: string; n: number; shown: string; cut: boolean }>(
    (p) => `${p.file} (${p.source}, inläst ${p.when}): ${p.total} ${p.n === 1 ? 'värde' : 'värden'} ersattes${p.cut ? `, de första ${p.shown} visas` : ''}`,
    (p) => `${p.file} (${p.source}, imported ${p.when}): ${p.total} ${p.n === 1 ? 'value' : 'values'} replaced${p.cut ? `, the first ${p.shown} shown` : ''}`,
  ),
  'bra.revisions.caption': fmt<{ file: string }>(
    (p) => `Reviderade värden i ${p.file} (gammalt → nytt)`,
    (p) => `Revised values in ${p.file} (old → new)`,
  ),
  'bra.revisions.period': msg('Period', 'Period'),
  'bra.revisions.municipality': msg('Kommun', 'Municipality'),
  'bra.revisions.category': msg('Brottstyp', 'Crime type'),
  'bra.revisions.old': msg('Gammalt', 'Old'),
  'bra.revisions.new': msg('Nytt', 'New'),
  'bra.revisions.oldSource': msg('Gammal källa', 'Old source'),
  'bra.note.categoriesFromNames': fmt<{ n: string; count: number }>(
    (p) => `${p.n} av BRÅ:s brottstyper utöver verktygets egna lästes in med BRÅ:s id och namn; filen anger ingen nivå, så den överordnade brottstypen togs ur namnet (”Överordnad, Egen”).`,
    (p) => `${p.n} BRÅ crime ${p.count === 1 ? 'type' : 'types'} beyond the dashboard's own ${p.count === 1 ? 'was' : 'were'} imported with BRÅ's id and name; the file gives no level, so the parent crime type was taken from the name ("Parent, Own").`,
  ),
};
