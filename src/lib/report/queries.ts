/** The activity records behind one follow-up report: one promise, one year, in the log's order. */
import type { Query } from '../db/types';
import { query } from '../queries/sql';

export interface ReportActivityRow {
  activity_id: string;
  actor: string;
  activity_type: string;
  venue_id: string | null;
  venue: string | null;
  target_group: string | null;
  count: number | null;
  description: string | null;
  example: boolean;
}

export function reportActivitiesQuery(promiseId: string, year: number): Query {
  return query(
    `SELECT a.activity_id, a.actor, a.activity_type, a.venue_id, v.name AS venue, a.target_group,
            a.count::DOUBLE AS count, a.description, a.source = 'exempeldata' AS example
     FROM activities a LEFT JOIN venues v ON v.venue_id = a.venue_id
     WHERE a.promise_id = ? AND a.year = ?
     ORDER BY a.activity_id`,
    [promiseId, year],
  );
}
