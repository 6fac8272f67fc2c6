/** The map's figures: one category and year for every municipality with crime data. */
import type { Query } from '../db/types';
import { query } from './sql';

export interface MapRateRow {
  kommunkod: string;
  name: string;
  count: number | null;
  population: number | null;
  /** Per 100 000 inhabitants; null without a count or a population. */
  rate: number | null;
  example: boolean;
  source: string;
  population_source: string | null;
}

export function mapRatesQuery(f: { categoryId: string; year: number }): Query {
  return query(
    `SELECT c.kommunkod, m.name, c.count, p.population,
            CASE WHEN p.population > 0 THEN c.count * 100000.0 / p.population END::DOUBLE AS rate,
            (c.source = ? OR coalesce(p.source = ?, false)) AS example,
            c.source, p.source AS population_source
     FROM crimes c
     JOIN municipalities m ON m.kommunkod = c.kommunkod AND m.kind = 'kommun'
     LEFT JOIN population p ON p.kommunkod = c.kommunkod AND p.year = c.year
     WHERE c.category_id = ? AND c.year = ?
     ORDER BY m.name, c.kommunkod`,
    ['exempeldata', 'exempeldata', f.categoryId, f.year],
  );
}
