/** The comparison group as it is named in sentences and the lead (decision/group.ts), and the stand-in promise (decision/provisional.ts). */
import { fmt, msg, register } from '../entry';

export const decisionGroup = register({
  'decision.grp.riket': msg('riket', 'Sweden as a whole'),
  'decision.grp.riketDescription': msg('hela riket', 'the whole of Sweden'),
  'decision.grp.picked': msg('de valda kommunerna', 'the chosen municipalities'),
  'decision.grp.pickedDescription': fmt<{ names: string }>((p) => `de valda kommunerna tillsammans (${p.names})`, (p) => `the chosen municipalities together (${p.names})`),
  'decision.grp.noneChosen': msg('inga valda kommuner: välj kommuner under ”Jämför med”', 'no municipalities chosen: choose municipalities under “Compare with”'),
  'decision.grp.kommungrupp': msg('kommungruppen', 'the municipality group'),
  'decision.grp.lan': msg('länet', 'the county'),
  'decision.grp.kommungruppName': fmt<{ key: string | null }>(
    (p) => `SKR:s kommungrupp ${p.key ?? '(okänd)'}`,
    (p) => `SKR’s municipality group ${p.key ?? '(unknown)'}`,
  ),
  'decision.grp.lanUnknown': msg('länet (okänt)', 'the county (unknown)'),
  'decision.grp.members': fmt<{ what: string; names: string }>(
    (p) => `kommunerna i ${p.what} som finns i datan (${p.names})`,
    (p) => `the municipalities in ${p.what} that are in the data (${p.names})`,
  ),
  'decision.grp.noMembers': fmt<{ what: string }>((p) => `inga andra kommuner i ${p.what} finns i datan`, (p) => `no other municipalities in ${p.what} are in the data`),
  'decision.grp.neighbours': msg('grannkommunerna', 'the neighbouring municipalities (same county)'),
  'decision.grp.others': msg('de andra kommunerna i datan', 'the other municipalities in the data'),
  'decision.grp.neighboursDescription': fmt<{ names: string }>(
    (p) => `grannkommunerna tillsammans (${p.names})`,
    (p) => `the neighbouring municipalities (same county) together (${p.names})`,
  ),
  'decision.grp.othersDescription': fmt<{ names: string; region: string | null }>(
    (p) => `de andra kommunerna i datan tillsammans (${p.names}); inga grannkommuner i ${p.region ?? 'länet'} finns i datan`,
    (p) => `the other municipalities in the data together (${p.names}); no neighbouring municipalities in ${p.region ?? 'the county'} are in the data`,
  ),

  'decision.prov.title': fmt<{ name: string; year: number }>(
    (p) => `Lägesbild ${p.name} ${p.year} (inget medborgarlöfte i datan)`,
    (p) => `Current picture, ${p.name} ${p.year} (no citizen promise in the data)`,
  ),
  'decision.prov.focus': msg('brott som rör unga', 'crimes that concern young people'),
  'decision.prov.text': fmt<{ name: string; year: number }>(
    (p) => `Det finns inget medborgarlöfte för ${p.name} i datan. Underlaget jämför ${p.year} med de tre åren före, för de brott som rör unga; inget av måtten är valt som huvudmått.`,
    (p) => `There is no citizen promise for ${p.name} in the data. The evidence compares ${p.year} with the three years before, for the crimes that concern young people; none of the measures is chosen as the primary measure.`,
  ),
  'decision.prov.source': msg('verktyget (inget löfte i datan)', 'the tool (no promise in the data)'),
});
