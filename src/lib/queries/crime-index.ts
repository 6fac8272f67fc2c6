/**
 * The questions that fill the crime index (shape/crime-index.ts): its dictionaries, how many rows
 * each municipality has (to cut the reading into chunks of about the same size), and one chunk of
 * rows with municipality and category as their numbers in a dictionary (sources come as text: a
 * few distinct values, numbered in the page). Municipalities and categories are numbered in
 * kommunkod and category_id order, the same in every question.
 */
import type { Query } from '../db/types';
import { query } from './sql';

export const indexMunicipalitiesQuery = (): Query => query('SELECT kommunkod, name FROM municipalities ORDER BY kommunkod');
export const indexCategoriesQuery = (): Query => query('SELECT category_id, name, sort_order FROM crime_categories ORDER BY category_id');
/** Rows per municipality, numbered as in indexMunicipalitiesQuery (only those with rows), joined as the chunks are. */
export const indexCountsQuery = (): Query =>
  query(`WITH k AS (SELECT kommunkod, CAST(row_number() OVER (ORDER BY kommunkod) - 1 AS INTEGER) AS i FROM municipalities)
     SELECT k.i AS kom, CAST(count(*) AS INTEGER) AS n
     FROM crimes c JOIN k ON k.kommunkod = c.kommunkod JOIN crime_categories cc ON cc.category_id = c.category_id
     LEFT JOIN population p ON p.year = c.year AND p.kommunkod = c.kommunkod
     GROUP BY k.i ORDER BY k.i`);

/**
 * The rows of municipalities `first`–`last` (their kommunkoder; numbers follow kommunkod order, so
 * the range is the same), as crimeSeriesQuery joins them, by number. Asked by kommunkod so that
 * DuckDB reads only the stretch of the sorted table that holds them.
 */
export const indexChunkQuery = (first: string, last: string): Query =>
  query(
    `WITH k AS (SELECT kommunkod, CAST(row_number() OVER (ORDER BY kommunkod) - 1 AS INTEGER) AS i FROM municipalities),
          cc AS (SELECT category_id, CAST(row_number() OVER (ORDER BY category_id) - 1 AS INTEGER) AS i FROM crime_categories)
     SELECT k.i AS kom, cc.i AS cat, c.year, c.count, c.preliminary, c.source, p.population, p.source AS population_source
     FROM crimes c
     JOIN k ON k.kommunkod = c.kommunkod
     JOIN cc ON cc.category_id = c.category_id
     LEFT JOIN population p ON p.year = c.year AND p.kommunkod = c.kommunkod
     WHERE c.kommunkod BETWEEN ? AND ?
     ORDER BY k.i, cc.i, c.year`,
    [first, last],
  );
