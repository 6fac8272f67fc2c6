/**
 * Cross-filtered activity queries against real DuckDB (Node twin) on the shipped data. The expected
 * figures were counted by hand from data/activities.csv (Python's csv module over the file, Mariestad
 * 1493), not with the code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import {
  activitiesByTypeQuery,
  activitiesByVenueYearQuery,
  activitiesByYearActorQuery,
  activityRecordCountQuery,
  activityRecordsQuery,
  type ActivityByTypeRow,
  type ActivityByVenueYearRow,
  type ActivityByYearActorRow,
  type ActivityRecordRow,
} from '../../src/lib/queries/activities';
import { clausesFor, type Selection } from '../../src/lib/data/selection';

let conn: Connector;
beforeAll(async () => {
  conn = await openNodeDbWithData();
});

const all = { kommunkod: '1493', from: 2010, to: 2024, actors: [], venues: [] };

/** Sum of `total` and of `records` per value of `key`. */
function sums<R extends { total: number | null; records: number }>(rows: readonly R[], key: (r: R) => string | number): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const r of rows) {
    const k = String(key(r));
    const [t, n] = out[k] ?? [0, 0];
    out[k] = [t + (r.total ?? 0), n + r.records];
  }
  return out;
}

describe('cross-filtered activity queries', () => {
  it('the year chart under a venue selection counts only that venue: Elvärket per year', async () => {
    const sel: Selection = { venue: 'elvarket' };
    const rows = await run<ActivityByYearActorRow>(conn, activitiesByYearActorQuery({ ...all, clauses: clausesFor(sel, ['year', 'actor']) }));
    expect(sums(rows, (r) => r.year)).toEqual({
      2018: [0, 1], 2019: [9, 1], 2020: [20, 5], 2021: [1, 1], 2022: [26, 3], 2023: [28, 5], 2024: [35, 6],
    });
  });

  it('a chart is not filtered by its own clause: the venue chart under venue+year shows every venue of that year', async () => {
    const sel: Selection = { venue: 'elvarket', year: '2020' };
    const rows = await run<ActivityByVenueYearRow>(conn, activitiesByVenueYearQuery({ ...all, clauses: clausesFor(sel, ['venue']) }));
    expect(sums(rows, (r) => r.venue_id)).toEqual({
      cruising: [14, 2], elvarket: [20, 5], fritidsgard: [25, 5], klassfotbollen: [12, 2], resecentrum: [8, 2],
      skolor: [63, 10], studentveckan: [18, 2], torebodafestivalen: [37, 5], vadsboskolan: [16, 5], valborg: [10, 1],
    });
  });

  it('the type chart under venue+year: Resecentrum 2023 by type and actor', async () => {
    const sel: Selection = { venue: 'resecentrum', year: '2023', type: 'riktad insats' };
    const rows = await run<ActivityByTypeRow>(conn, activitiesByTypeQuery({ ...all, clauses: clausesFor(sel, ['type', 'actor']) }));
    expect(sums(rows, (r) => `${r.activity_type}/${r.actor}`)).toEqual({
      'närvaro på ungas arenor/kommun': [20, 3],
      'riktad insats/polis': [5, 1],
      'trygghetsskapande besök/polis': [17, 3],
    });
  });

  it('the records and their count take every clause: Elvärket 2020 by the municipality', async () => {
    const f = { ...all, clauses: clausesFor({ venue: 'elvarket', year: '2020', actor: 'kommun' }, []) };
    const [count] = await run<{ n: number }>(conn, activityRecordCountQuery(f));
    expect(count?.n).toBe(3);
    const records = await run<ActivityRecordRow>(conn, activityRecordsQuery(f));
    expect(records.map((r) => r.activity_id).sort()).toEqual(['2020-e006', '2020-e018', '2020-e029']);
    expect(records.map((r) => r.count).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 3, 8]);
  });

  it('an actor and a year: the police in 2018 (5 records, 56 occasions)', async () => {
    const f = { ...all, clauses: clausesFor({ year: '2018', actor: 'polis' }, []) };
    const [count] = await run<{ n: number }>(conn, activityRecordCountQuery(f));
    expect(count?.n).toBe(5);
    const rows = await run<ActivityByTypeRow>(conn, activitiesByTypeQuery(f));
    expect(rows.reduce((s, r) => s + (r.total ?? 0), 0)).toBe(56);
  });

  it('a value that looks like SQL is only a value: no rows, no error', async () => {
    const f = { ...all, clauses: clausesFor({ type: "x' OR 1=1 --" }, []) };
    const [count] = await run<{ n: number }>(conn, activityRecordCountQuery(f));
    expect(count?.n).toBe(0);
  });
});
