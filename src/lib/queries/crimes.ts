/** Reported crimes per year, municipality and category, with the population to make rates. */
import type { Query } from '../db/types';
import { filterIn, query, where, yearBetween } from './sql';

export interface CrimeSeriesFilter {
  kommunkoder: readonly string[];
  categoryIds: readonly string[];
  from: number;
  to: number;
}

export interface CrimeRow {
  year: number;
  kommunkod: string;
  municipality: string;
  category_id: string;
  category: string;
  count: number | null;
  population: number | null;
  preliminary: boolean;
  source: string;
  population_source: string | null;
}

export function crimeSeriesQuery(f: CrimeSeriesFilter): Query {
  const w = where([
    filterIn('compare', 'c', f.kommunkoder),
    filterIn('category', 'c', f.categoryIds),
    yearBetween('c', f.from, f.to),
  ]);
  return query(
    `SELECT c.year, c.kommunkod, m.name AS municipality, c.category_id, cc.name AS category,
            c.count, p.population, c.preliminary, c.source, p.source AS population_source
     FROM crimes c
     JOIN municipalities m ON m.kommunkod = c.kommunkod
     JOIN crime_categories cc ON cc.category_id = c.category_id
     LEFT JOIN population p ON p.year = c.year AND p.kommunkod = c.kommunkod
     ${w.sql}
     ORDER BY cc.sort_order, cc.name, c.category_id, c.kommunkod, c.year`,
    w.params,
  );
}
