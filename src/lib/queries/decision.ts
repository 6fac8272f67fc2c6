/** Crimes and population per year for the municipality and its comparison group, summed per area. */
import type { Query } from '../db/types';
import { placeholders, query } from './sql';

/**
 * Comparison groups of the decision view: the neighbours in the data, the municipalities of the
 * same SKR kommungrupp or county in the data, Riket, or the municipalities picked in `compare`.
 */
export { GROUPS, type GroupId } from '../data/filters';
import type { GroupId } from '../data/filters';

export interface DecisionCrimeRow {
  year: number;
  category_id: string;
  area: 'own' | 'group';
  count: number;
  population: number;
  /** How many municipalities the row sums (1 for the municipality itself). */
  areas: number;
  preliminary: boolean;
  example: boolean;
}

/**
 * `picked`: the group's municipalities (kommunkoder of kind kommun, not the municipality itself)
 * for every group but Riket; without it the 'grannar' group is every other municipality.
 */
export function decisionCrimesQuery(f: { kommunkod: string; categoryIds: readonly string[]; group: GroupId; picked?: readonly string[] }): Query {
  const picked = f.group === 'riket' ? [] : (f.picked ?? []);
  const everyOther = f.group === 'grannar' && f.picked === undefined ? 'grannar' : '';
  const pickedSql = picked.length > 0 ? `OR c.kommunkod IN ${placeholders(picked.length)}` : '';
  return query(
    `SELECT c.year, c.category_id,
            CASE WHEN c.kommunkod = ? THEN 'own' ELSE 'group' END AS area,
            sum(c.count)::DOUBLE AS count, sum(p.population)::DOUBLE AS population,
            count(*)::INTEGER AS areas, bool_or(c.preliminary) AS preliminary,
            bool_or(c.source = 'exempeldata' OR p.source = 'exempeldata') AS example
     FROM crimes c
     JOIN population p ON p.year = c.year AND p.kommunkod = c.kommunkod
     JOIN municipalities m ON m.kommunkod = c.kommunkod
     WHERE c.category_id IN ${placeholders(f.categoryIds.length)} AND c.count IS NOT NULL
       AND (c.kommunkod = ? OR (? = 'riket' AND m.kind = 'riket') OR (? = 'grannar' AND m.kind = 'kommun') ${pickedSql})
     GROUP BY ALL
     ORDER BY c.category_id, area, c.year`,
    [f.kommunkod, ...f.categoryIds, f.kommunkod, f.group, everyOther, ...picked],
  );
}
