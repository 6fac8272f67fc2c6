/** Reported crimes by month or quarter (BRÅ extracts' Periodtyp Månad/Kvartal), with the year's population. */
import type { Query } from '../db/types';
import { inCondition, query, where } from './sql';
import type { CrimeRow } from './crimes';

export type SubYear = 'manad' | 'kvartal';

export interface CrimePeriodFilter {
  kommunkoder: readonly string[];
  categoryIds: readonly string[];
  periodType: SubYear;
  from: number;
  to: number;
}

export interface CrimePeriodRow extends CrimeRow {
  period_key: string;
  month: number | null;
  quarter: number | null;
}

export function crimePeriodQuery(f: CrimePeriodFilter): Query {
  const w = where([
    { sql: 'c.period_type = ?', params: [f.periodType] },
    inCondition('c.kommunkod', f.kommunkoder),
    inCondition('c.category_id', f.categoryIds),
    { sql: 'c.year BETWEEN ? AND ?', params: [f.from, f.to] },
  ]);
  return query(
    `SELECT c.period_key, c.year, c.month, c.quarter, c.kommunkod, m.name AS municipality, c.category_id, cc.name AS category,
            c.count, p.population, c.preliminary, c.source, p.source AS population_source
     FROM crimes_period c
     JOIN municipalities m ON m.kommunkod = c.kommunkod
     JOIN crime_categories cc ON cc.category_id = c.category_id
     LEFT JOIN population p ON p.year = c.year AND p.kommunkod = c.kommunkod
     ${w.sql}
     ORDER BY cc.sort_order, c.kommunkod, c.period_key`,
    w.params,
  );
}

/** Which sub-year period types the data hold for these municipalities and categories. */
export function periodTypesQuery(kommunkoder: readonly string[], categoryIds: readonly string[]): Query {
  const w = where([inCondition('kommunkod', kommunkoder), inCondition('category_id', categoryIds)]);
  return query(`SELECT DISTINCT period_type FROM crimes_period ${w.sql} ORDER BY period_type`, w.params);
}
