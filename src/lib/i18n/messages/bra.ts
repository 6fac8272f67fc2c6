/** Messages of the BRÅ import area: revised values kept with an import (listed on the Data view), import notes. */
import { fmt, msg, register } from '../entry';

export const bra = register({
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
    (p) => `${p.n} BRÅ crime ${p.count === 1 ? 'type' : 'types'} beyond the tool’s own ${p.count === 1 ? 'was' : 'were'} imported with BRÅ’s id and name; the file gives no level, so the parent crime type was taken from the name (“Parent, Own”).`,
  ),
  'bra.note.periods': fmt<{ months: string; nMonths: number; quarters: string; nQuarters: number }>(
    (p) => `${[p.nMonths > 0 ? `${p.months} ${p.nMonths === 1 ? 'månadsvärde' : 'månadsvärden'}` : '', p.nQuarters > 0 ? `${p.quarters} ${p.nQuarters === 1 ? 'kvartalsvärde' : 'kvartalsvärden'}` : ''].filter(Boolean).join(' och ')} lagrades per period (aldrig som år).`,
    (p) => `${[p.nMonths > 0 ? `${p.months} monthly ${p.nMonths === 1 ? 'value' : 'values'}` : '', p.nQuarters > 0 ? `${p.quarters} quarterly ${p.nQuarters === 1 ? 'value' : 'values'}` : ''].filter(Boolean).join(' and ')} ${p.nMonths + p.nQuarters === 1 ? 'was' : 'were'} stored per period (never as a year).`,
  ),
  'bra.note.derived': fmt<{ n: string; count: number }>(
    (p) => `${p.n} helår räknades ihop av alla 12 månader (eller 4 kvartal); år med en månad som saknas räknades inte ihop.`,
    (p) => `${p.n} full ${p.count === 1 ? 'year was' : 'years were'} added up from all 12 months (or 4 quarters); years with a month missing were not added up.`,
  ),
  'bra.note.categories': fmt<{ n: string; count: number }>(
    (p) => `${p.n} av BRÅ:s brottstyper utöver verktygets egna lästes in med BRÅ:s id, namn, nivå och överordnad brottstyp.`,
    (p) => `${p.n} BRÅ crime ${p.count === 1 ? 'type' : 'types'} beyond the tool’s own ${p.count === 1 ? 'was' : 'were'} imported with BRÅ’s id, name, level and parent crime type.`,
  ),
  'bra.note.unknownMunicipalities': fmt<{ n: string; count: number; names: string }>(
    (p) => `${p.n} ${p.count === 1 ? 'kommun' : 'kommuner'} som verktyget inte känner till hoppades över: ${p.names}.`,
    (p) => `${p.n} ${p.count === 1 ? 'municipality' : 'municipalities'} the tool does not know ${p.count === 1 ? 'was' : 'were'} skipped: ${p.names}.`,
  ),
  'bra.note.districts': fmt<{ n: string; count: number; names: string }>(
    (p) => `${p.n} ${p.count === 1 ? 'stadsområde' : 'stadsområden'} hoppades över (kommunen som helhet läses från sin egen rad): ${p.names}.`,
    (p) => `${p.n} city ${p.count === 1 ? 'district was' : 'districts were'} skipped (the municipality as a whole is read from its own row): ${p.names}.`,
  ),
  'bra.noRows': fmt<{ file: string }>(
    (p) => `${p.file}: inga rader gäller kommunerna som verktyget känner till.`,
    (p) => `${p.file}: no rows concern the municipalities the tool knows.`,
  ),
  'bra.row.period': fmt<{ type: string; key: string }>(
    (p) => `Perioden går inte att läsa (Periodtyp ”${p.type}”, Periodnyckel ”${p.key}”).`,
    (p) => `The period cannot be read (Periodtyp “${p.type}”, Periodnyckel “${p.key}”).`,
  ),
  'bra.row.noCategory': msg('Brottstyp saknas.', 'The crime type is missing.'),
  'bra.row.ambiguous': fmt<{ value: string }>(
    (p) => `Tvetydigt tal: ”${p.value}” kan vara tusental eller decimaler.`,
    (p) => `Ambiguous number: “${p.value}” may be thousands or decimals.`,
  ),
  'bra.row.duplicate': fmt<{ row: number }>(
    (p) => `Dubblett: samma period, kommun och brottstyp som rad ${p.row}.`,
    (p) => `Duplicate: the same period, municipality and crime type as row ${p.row}.`,
  ),
  'bra.row.count': msg('Antal måste vara ett heltal från 0 till 2 147 483 647.', 'The count must be a whole number from 0 to 2,147,483,647.'),
});
