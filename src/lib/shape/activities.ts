/** Activity aggregates → what the charts and cards show. */
import type { ActivityByTypeRow, ActivityByVenueYearRow, ActivityByYearActorRow } from '../queries/activities';
import type { StackDatum } from './tables';
import { t } from '../i18n/catalogue';
import '../i18n/messages/crime-text';

export const ACTOR_LABELS: Record<string, string> = { polis: 'Polisen', kommun: 'Kommunen', samverkan: 'Samverkan' };

export function actorLabel(actor: string): string {
  if (actor === 'polis' || actor === 'kommun' || actor === 'samverkan') return t(`actor.${actor}`);
  return ACTOR_LABELS[actor] ?? actor;
}

export interface ActorSummary {
  actor: string;
  label: string;
  total: number;
  uncounted: number;
}

/** Per actor: the sum of stated counts, and how many records name an activity without a count. */
export function summariseByActor(rows: readonly { actor: string; total: number | null; uncounted: number }[]): ActorSummary[] {
  const byActor = new Map<string, ActorSummary>();
  for (const r of rows) {
    const s = byActor.get(r.actor) ?? { actor: r.actor, label: actorLabel(r.actor), total: 0, uncounted: 0 };
    s.total += r.total ?? 0;
    s.uncounted += r.uncounted;
    byActor.set(r.actor, s);
  }
  return [...byActor.values()].sort((a, b) => Object.keys(ACTOR_LABELS).indexOf(a.actor) - Object.keys(ACTOR_LABELS).indexOf(b.actor));
}

/** Every year in [from, to] as a bar, stacked by actor (a year with no activities is a zero bar). */
export function stackByYear(rows: readonly ActivityByYearActorRow[], from: number, to: number): StackDatum[] {
  const data: StackDatum[] = [];
  for (let year = from; year <= to; year++) {
    const values: Record<string, number> = {};
    for (const r of rows.filter((q) => q.year === year)) values[r.actor] = (values[r.actor] ?? 0) + (r.total ?? 0);
    data.push({ x: String(year), values });
  }
  return data;
}

export function actorKeys(rows: readonly { actor: string }[]): { id: string; label: string }[] {
  const present = new Set(rows.map((r) => r.actor));
  const known = Object.keys(ACTOR_LABELS).filter((a) => present.has(a));
  const other = [...present].filter((a) => !(a in ACTOR_LABELS)).sort();
  return [...known, ...other].map((id) => ({ id, label: actorLabel(id) }));
}

/** Activity types as bars, stacked by actor, largest first. */
export function stackByType(rows: readonly ActivityByTypeRow[]): StackDatum[] {
  const byType = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const values = byType.get(r.activity_type) ?? {};
    values[r.actor] = (values[r.actor] ?? 0) + (r.total ?? 0);
    byType.set(r.activity_type, values);
  }
  const sum = (v: Record<string, number>) => Object.values(v).reduce((a, b) => a + b, 0);
  return [...byType.entries()].map(([x, values]) => ({ x, values })).sort((a, b) => sum(b.values) - sum(a.values) || a.x.localeCompare(b.x, 'sv'));
}

/** Years with example data, for hatching. */
export function exampleYears(rows: readonly { year: number; example: boolean }[]): string[] {
  return [...new Set(rows.filter((r) => r.example).map((r) => String(r.year)))];
}

/** One venue's bars per year over [from, to], stacked by actor. */
export function venueYearSeries(rows: readonly ActivityByVenueYearRow[], venueId: string, from: number, to: number): StackDatum[] {
  return stackByYear(
    rows.filter((r) => r.venue_id === venueId),
    from,
    to,
  );
}

/** Years in which a venue had activities recorded without a count: done, but not counted. */
export function uncountedYears(rows: readonly { year: number; uncounted: number }[]): string[] {
  return [...new Set(rows.filter((r) => r.uncounted > 0).map((r) => String(r.year)))];
}

/** Venues ranked by stated count over the period, with records and uncounted records. */
export function rankVenues(rows: readonly ActivityByVenueYearRow[]): { venue_id: string; venue: string; total: number; records: number; uncounted: number }[] {
  const byVenue = new Map<string, { venue_id: string; venue: string; total: number; records: number; uncounted: number }>();
  for (const r of rows) {
    const v = byVenue.get(r.venue_id) ?? { venue_id: r.venue_id, venue: r.venue, total: 0, records: 0, uncounted: 0 };
    v.total += r.total ?? 0;
    v.records += r.records;
    v.uncounted += r.uncounted;
    byVenue.set(r.venue_id, v);
  }
  return [...byVenue.values()].sort((a, b) => b.total - a.total || b.records - a.records || a.venue.localeCompare(b.venue, 'sv'));
}

/** Venues as horizontal bars stacked by actor, largest first (the ranking). */
export function stackByVenue(rows: readonly ActivityByVenueYearRow[]): StackDatum[] {
  const byVenue = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const values = byVenue.get(r.venue) ?? {};
    values[r.actor] = (values[r.actor] ?? 0) + (r.total ?? 0);
    byVenue.set(r.venue, values);
  }
  const sum = (v: Record<string, number>) => Object.values(v).reduce((a, b) => a + b, 0);
  return [...byVenue.entries()].map(([x, values]) => ({ x, values })).sort((a, b) => sum(b.values) - sum(a.values) || a.x.localeCompare(b.x, 'sv'));
}

/** "ungdomar (12), elever (5)": the target groups reached at one venue, most records first. */
export function targetGroupText(rows: readonly { venue_id: string; target_group: string; records: number }[], venueId: string): string {
  return rows
    .filter((r) => r.venue_id === venueId)
    .map((r) => `${r.target_group} (${r.records})`)
    .join(', ');
}

/**
 * The chosen bar stays in its own chart even when the other choices leave it at zero (added at the
 * end, empty), so the choice is still seen, pressed, and can be undone there.
 */
export function keepChosen<T>(list: readonly T[], chosen: string | null, idOf: (item: T) => string, empty: (id: string) => T): T[] {
  if (chosen === null || list.some((item) => idOf(item) === chosen)) return [...list];
  return [...list, empty(chosen)];
}
