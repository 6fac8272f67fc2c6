/** Activities delivered under the promises: by year and actor, by type, by venue. */
import type { Query } from '../db/types';
import type { Clause } from '../data/selection';
import { filterEquals, filterIn, query, selectionConditions, where, yearBetween, type Condition } from './sql';

export interface ActivityFilter {
  kommunkod: string;
  from: number;
  to: number;
  /** Empty = every actor. */
  actors: readonly string[];
  /** Empty = every venue, including activities without one. */
  venues: readonly string[];
  /** A cross-filter's clauses that apply to this query (data/selection.ts's clausesFor): each one more `= ?`. */
  clauses?: readonly Clause[];
}

function activityWhere(f: ActivityFilter): Condition {
  return where([
    filterEquals('municipality', 'a', f.kommunkod),
    yearBetween('a', f.from, f.to),
    filterIn('actor', 'a', f.actors),
    filterIn('venue', 'a', f.venues),
    ...selectionConditions('a', f.clauses),
  ]);
}

// Shared aggregates: the sum of stated counts, how many records, and how many records name
// an activity without a count (they were done, but we cannot say how many times).
const AGGREGATES = `sum(a.count)::DOUBLE AS total, count(*)::INTEGER AS records,
  count(*) FILTER (WHERE a.count IS NULL)::INTEGER AS uncounted,
  bool_or(a.source = 'exempeldata') AS example`;

export interface ActivityAggregate {
  total: number | null;
  records: number;
  uncounted: number;
  example: boolean;
}

export interface ActivityByYearActorRow extends ActivityAggregate {
  year: number;
  actor: string;
}

export function activitiesByYearActorQuery(f: ActivityFilter): Query {
  const w = activityWhere(f);
  return query(
    `SELECT a.year, a.actor, ${AGGREGATES} FROM activities a ${w.sql}
     GROUP BY a.year, a.actor ORDER BY a.year, a.actor`,
    w.params,
  );
}

export interface ActivityByTypeRow extends ActivityAggregate {
  actor: string;
  activity_type: string;
}

export function activitiesByTypeQuery(f: ActivityFilter): Query {
  const w = activityWhere(f);
  return query(
    `SELECT a.actor, a.activity_type, ${AGGREGATES} FROM activities a ${w.sql}
     GROUP BY a.actor, a.activity_type ORDER BY total DESC NULLS LAST, a.activity_type`,
    w.params,
  );
}

export interface ActivityByVenueYearRow extends ActivityAggregate {
  venue_id: string;
  venue: string;
  year: number;
  actor: string;
}

export function activitiesByVenueYearQuery(f: ActivityFilter): Query {
  const w = activityWhere(f);
  return query(
    `SELECT a.venue_id, v.name AS venue, a.year, a.actor, ${AGGREGATES}
     FROM activities a JOIN venues v ON v.venue_id = a.venue_id
     ${w.sql}
     GROUP BY a.venue_id, v.name, a.year, a.actor ORDER BY v.name, a.year, a.actor`,
    w.params,
  );
}

export interface ActivityRecordRow {
  activity_id: string;
  year: number;
  month: number | null;
  actor: string;
  activity_type: string;
  venue: string | null;
  target_group: string | null;
  count: number | null;
  participants: number | null;
  description: string | null;
  source: string;
}

/** The records, newest first; with `page`, only that page of them (a table never holds them all). */
export function activityRecordsQuery(f: ActivityFilter, page?: { limit: number; offset: number }): Query {
  const w = activityWhere(f);
  return query(
    `SELECT a.activity_id, a.year, a.month, a.actor, a.activity_type, v.name AS venue, a.target_group,
            a.count, a.participants, a.description, a.source
     FROM activities a LEFT JOIN venues v ON v.venue_id = a.venue_id
     ${w.sql}
     ORDER BY a.year DESC, a.month DESC NULLS LAST, a.activity_id
     ${page ? 'LIMIT ? OFFSET ?' : ''}`,
    page ? [...w.params, page.limit, page.offset] : w.params,
  );
}

/** How many records the filter holds. */
export function activityRecordCountQuery(f: ActivityFilter): Query {
  const w = activityWhere(f);
  return query(`SELECT count(*)::INTEGER AS n FROM activities a ${w.sql}`, w.params);
}

export interface TargetGroupRow {
  venue_id: string;
  target_group: string;
  total: number | null;
  records: number;
}

/** Who the activities at each venue reached: target groups with how many records and occurrences. */
export function targetGroupsByVenueQuery(f: ActivityFilter): Query {
  const w = activityWhere(f);
  return query(
    `SELECT a.venue_id, coalesce(a.target_group, 'ej angiven') AS target_group, sum(a.count)::DOUBLE AS total, count(*)::INTEGER AS records
     FROM activities a ${w.sql} ${w.sql ? 'AND' : 'WHERE'} a.venue_id IS NOT NULL
     GROUP BY a.venue_id, coalesce(a.target_group, 'ej angiven')
     ORDER BY a.venue_id, records DESC, target_group`,
    w.params,
  );
}
