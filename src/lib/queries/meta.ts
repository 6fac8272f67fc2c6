/** The lists the filters offer: municipalities, categories, venues, promises, years. */
import type { Query } from '../db/types';
import { query } from './sql';

/**
 * Every municipality (and Riket) with whether it has crime data and the latest year with real
 * (not example) crime figures and a population to divide by; NULL when there is none.
 */
export const municipalitiesQuery = (): Query =>
  query(
    `SELECT m.kommunkod, m.name, m.kind, m.region, m.kommungrupp,
            d.kommunkod IS NOT NULL AS has_crimes, d.latest_real_year
     FROM municipalities m
     LEFT JOIN (
       SELECT c.kommunkod,
              max(c.year) FILTER (WHERE c.source <> ? AND p.population IS NOT NULL)::INTEGER AS latest_real_year
       FROM crimes c LEFT JOIN population p ON p.kommunkod = c.kommunkod AND p.year = c.year
       WHERE c.count IS NOT NULL
       GROUP BY c.kommunkod
     ) d ON d.kommunkod = m.kommunkod
     ORDER BY CASE m.kind WHEN 'riket' THEN 1 ELSE 0 END, m.name`,
    ['exempeldata'],
  );

export const categoriesQuery = (): Query =>
  query(
    `SELECT category_id, bra_id, name, parent_id, youth_relevant, police_initiated, bra_level
     FROM crime_categories ORDER BY sort_order, name, category_id`,
  );

export const venuesQuery = (): Query =>
  query('SELECT venue_id, name, type, kommunkod, description FROM venues ORDER BY name');

export const promisesQuery = (): Query =>
  query(
    `SELECT p.promise_id, p.kommunkod, p.year_from, p.year_to, p.title, p.focus, p.focus_categories, p.primary_category, p.outcome_indicators, p.text, p.source,
            EXISTS (SELECT 1 FROM activities a WHERE a.promise_id = p.promise_id AND a.source <> 'exempeldata') AS has_real_followup
     FROM promises p ORDER BY p.kommunkod, p.year_from`,
  );

/** The span of years with crime or activity data; the year filter's bounds. */
export const yearBoundsQuery = (): Query =>
  query(
    `SELECT min(year)::INTEGER AS min_year, max(year)::INTEGER AS max_year FROM (
       SELECT year FROM crimes WHERE kommunkod <> '00' UNION ALL SELECT year FROM activities)`,
  );

export const actorsQuery = (): Query => query('SELECT DISTINCT actor FROM activities ORDER BY actor');

/** How many rows of each table are generated example data, for the page-wide notice. */
export const exampleRowsQuery = (): Query =>
  query(
    `SELECT 'crimes' AS table_name, count(*) FILTER (WHERE source = ?)::INTEGER AS example_rows, count(*)::INTEGER AS rows FROM crimes
     UNION ALL SELECT 'population', count(*) FILTER (WHERE source = ?)::INTEGER, count(*)::INTEGER FROM population
     UNION ALL SELECT 'activities', count(*) FILTER (WHERE source = ?)::INTEGER, count(*)::INTEGER FROM activities`,
    ['exempeldata', 'exempeldata', 'exempeldata'],
  );
