/** The activity log against real DuckDB: exports in the shipped format, edits replayed in a transaction. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { allActivitiesQuery } from '../../src/lib/activity-log/queries';
import { activitiesToCsv } from '../../src/lib/activity-log/csv';
import { applyChanges } from '../../src/lib/activity-log/changes';
import { LOCAL_SOURCE, type ActivityRecord } from '../../src/lib/activity-log/record';
import { activitiesByTypeQuery, type ActivityByTypeRow } from '../../src/lib/queries/activities';

let conn: Connector;
beforeEach(async () => {
  conn = await openNodeDbWithData();
});

const added: ActivityRecord = {
  activity_id: 'lokal-20261123-1', promise_id: 'mariestad-2018', kommunkod: '1493', year: 2018, quarter: 2, month: 5, date: '2018-05-30',
  actor: 'polis', activity_type: 'riktad insats', venue_id: 'elvarket', target_group: 'ungdomar', count: 2, participants: null,
  description: 'Insats vid Elvärket, "helg"', source: LOCAL_SOURCE,
};

describe('activity log', () => {
  it('exports the shipped activities byte for byte as data/activities.csv', async () => {
    const rows = await run<ActivityRecord>(conn, allActivitiesQuery());
    expect(activitiesToCsv(rows)).toBe(readFileSync('data/activities.csv', 'utf8'));
  });

  it('adds, edits and deletes records, and the queries see it at once', async () => {
    const police2018 = async () =>
      Object.fromEntries(
        (await run<ActivityByTypeRow>(conn, activitiesByTypeQuery({ kommunkod: '1493', from: 2018, to: 2018, actors: ['polis'], venues: [] }))).map((r) => [r.activity_type, r.total]),
      );
    await applyChanges(conn, { [added.activity_id]: added });
    expect((await police2018())['riktad insats']).toBe(6 + 2);
    await applyChanges(conn, { [added.activity_id]: { ...added, count: 5 } });
    expect((await police2018())['riktad insats']).toBe(6 + 5);
    const csv = activitiesToCsv(await run<ActivityRecord>(conn, allActivitiesQuery()));
    expect(csv).toContain('lokal-20261123-1,mariestad-2018,1493,2018,2,5,2018-05-30,polis,riktad insats,elvarket,ungdomar,5,,"Insats vid Elvärket, ""helg""",lokalt registrerad\n');
    await applyChanges(conn, { [added.activity_id]: null, '2018-r01': null });
    const after = await run<ActivityRecord>(conn, allActivitiesQuery());
    expect(after.some((r) => r.activity_id === added.activity_id || r.activity_id === '2018-r01')).toBe(false);
  });

  it('leaves the table untouched when a change fails', async () => {
    const before = await run<ActivityRecord>(conn, allActivitiesQuery());
    const broken = { ...added, activity_id: 'lokal-x', date: 'inte ett datum' };
    await expect(applyChanges(conn, { 'lokal-ok': { ...added, activity_id: 'lokal-ok' }, 'lokal-x': broken })).rejects.toThrow();
    expect(await run<ActivityRecord>(conn, allActivitiesQuery())).toEqual(before);
  });
});
