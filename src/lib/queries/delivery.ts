/** What was delivered under one promise: activities per actor and type, with their venues. */
import type { Query } from '../db/types';
import { query } from './sql';

export interface DeliveryRow {
  actor: string;
  activity_type: string;
  total: number | null;
  records: number;
  uncounted: number;
  venues: string | null;
  example: boolean;
}

export function deliveryQuery(promiseId: string): Query {
  return query(
    `SELECT a.actor, a.activity_type, sum(a.count)::DOUBLE AS total, count(*)::INTEGER AS records,
            count(*) FILTER (WHERE a.count IS NULL)::INTEGER AS uncounted,
            string_agg(DISTINCT v.name, ', ' ORDER BY v.name) AS venues,
            bool_or(a.source = 'exempeldata') AS example
     FROM activities a LEFT JOIN venues v ON v.venue_id = a.venue_id
     WHERE a.promise_id = ?
     GROUP BY a.actor, a.activity_type
     ORDER BY a.actor, total DESC NULLS LAST, a.activity_type`,
    [promiseId],
  );
}
