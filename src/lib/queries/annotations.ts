/** Counted activities per year and type: the interventions written on the charts' time axis. */
import type { Query } from '../db/types';
import { filterEquals, query, where, yearBetween } from './sql';

export interface AnnotationFilter {
  kommunkod: string;
  from: number;
  to: number;
}

export interface ActivityAnnotationRow {
  year: number;
  activity_type: string;
  /** The sum of the stated counts (records without a count are left out). */
  total: number;
  example: boolean;
}

export function activityAnnotationsQuery(f: AnnotationFilter): Query {
  const w = where([
    filterEquals('municipality', 'a', f.kommunkod),
    yearBetween('a', f.from, f.to),
    { sql: 'a.count IS NOT NULL', params: [] },
  ]);
  return query(
    `SELECT a.year, a.activity_type, sum(a.count)::DOUBLE AS total, bool_or(a.source = 'exempeldata') AS example
     FROM activities a ${w.sql}
     GROUP BY a.year, a.activity_type ORDER BY a.year, total DESC, a.activity_type`,
    w.params,
  );
}
