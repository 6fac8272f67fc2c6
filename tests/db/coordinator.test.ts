/**
 * The coordinator on the real Node twin: separate reading and writing connections, per-table
 * invalidation after real writes, and prepared statements that stay right after a table is replaced.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import { Coordinator } from '../../src/lib/data/coordinator';
import { run } from '../../src/lib/db/run';
import { applyChanges } from '../../src/lib/activity-log/changes';
import { LOCAL_SOURCE, type ActivityRecord } from '../../src/lib/activity-log/record';
import { activitiesByTypeQuery, type ActivityByTypeRow } from '../../src/lib/queries/activities';
import { crimeSeriesQuery, type CrimeRow } from '../../src/lib/queries/crimes';
import type { Connector } from '../../src/lib/db/types';

let engine: Connector;
let c: Coordinator;
beforeAll(async () => {
  engine = await openNodeDbWithData();
  c = await Coordinator.open(engine);
});

const crimeQ = crimeSeriesQuery({ kommunkoder: ['1493'], categoryIds: ['totalt'], from: 2015, to: 2016 });
const byType = activitiesByTypeQuery({ kommunkod: '1493', from: 2018, to: 2018, actors: [], venues: [] });
const added: ActivityRecord = {
  activity_id: 'lokal-20261201-1', promise_id: 'mariestad-2018', kommunkod: '1493', year: 2018, quarter: 2, month: 5, date: '2018-05-30',
  actor: 'polis', activity_type: 'riktad insats', venue_id: 'elvarket', target_group: 'ungdomar', count: 2, participants: null,
  description: 'Provinsats', source: LOCAL_SOURCE,
};
const total = (rows: ActivityByTypeRow[]) => rows.reduce((s, r) => s + r.records, 0);

describe('coordinator on DuckDB', () => {
  it('answers the same question from the cache and a write to activities re-sends only the activities query', async () => {
    const crimes1 = await run<CrimeRow>(c, crimeQ);
    const before = await run<ActivityByTypeRow>(c, byType);
    const sent = c.stats.sent;
    expect(await run<CrimeRow>(c, crimeQ)).toEqual(crimes1);
    expect(c.stats.sent).toBe(sent);

    await applyChanges(c.writer, { [added.activity_id]: added });
    const after = await run<ActivityByTypeRow>(c, byType);
    expect(total(after)).toBe(total(before) + 1);
    expect(c.stats.sent).toBe(sent + 1);
    expect(await run<CrimeRow>(c, crimeQ)).toEqual(crimes1);
    expect(c.stats.sent).toBe(sent + 1);
  });

  it('readers do not see a write transaction until it commits', async () => {
    const before = total(await run<ActivityByTypeRow>(engine, byType));
    await c.writer.exec('BEGIN TRANSACTION');
    await c.writer.exec("DELETE FROM activities WHERE kommunkod = '1493' AND year = 2018");
    expect(total(await run<ActivityByTypeRow>(engine, byType))).toBe(before);
    expect(total(await run<ActivityByTypeRow>(c.writer, byType))).toBe(0);
    await c.writer.exec('ROLLBACK');
    expect(total(await run<ActivityByTypeRow>(c, byType))).toBe(before);
  });

  it('a temporary table of the writing connection is its own', async () => {
    await c.writer.exec('CREATE OR REPLACE TEMP TABLE stage_probe AS SELECT 42 AS v');
    expect(await c.writer.query({ sql: 'SELECT v FROM stage_probe', params: [] })).toEqual([{ v: 42 }]);
    await expect(c.query({ sql: 'SELECT v FROM stage_probe', params: [] })).rejects.toThrow(/stage_probe/);
    await c.writer.exec('DROP TABLE stage_probe');
  });

  it('a kept prepared statement gives the new table’s rows after the table is replaced', async () => {
    const q = { sql: 'SELECT count(*)::INTEGER AS n FROM probe WHERE x > ?', params: [0] };
    await c.writer.exec('CREATE OR REPLACE TABLE probe AS SELECT range AS x FROM range(10)');
    expect(await engine.query(q)).toEqual([{ n: 9 }]);
    await c.writer.exec("CREATE OR REPLACE TABLE probe AS SELECT range::VARCHAR || 'x' AS y, range AS x FROM range(100)");
    expect(await engine.query(q)).toEqual([{ n: 99 }]);
    expect(await c.query(q)).toEqual([{ n: 99 }]);
    await c.writer.exec("CREATE OR REPLACE TABLE probe AS SELECT range AS x FROM range(3)");
    expect(await c.query(q)).toEqual([{ n: 2 }]);
  });
});
