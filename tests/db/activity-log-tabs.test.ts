/**
 * Two tabs on one browser profile, modelled as two real DuckDB databases sharing one change
 * store and one message bus: both tabs' edits survive, each tab sees the other's, and an edit
 * over a change made elsewhere is held as a conflict instead of overwriting it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { activityByIdQuery } from '../../src/lib/activity-log/queries';
import { LOCAL_SOURCE, newActivityId, type ActivityRecord } from '../../src/lib/activity-log/record';
import { memoryChangeStore, type ChangeStore } from '../../src/lib/activity-log/store';
import type { ChangeChannel, ChangeMessage } from '../../src/lib/activity-log/channel';
import { ActivityLogState } from '../../src/lib/state/activity-log.svelte';

/** A BroadcastChannel stand-in: a message reaches every other subscriber, later. */
function bus() {
  const listeners = new Set<(m: ChangeMessage) => void>();
  return (): ChangeChannel => {
    let mine: ((m: ChangeMessage) => void) | null = null;
    return {
      post: (m) => listeners.forEach((l) => l !== mine && setTimeout(() => l(structuredClone(m)), 0)),
      listen(l) {
        mine = l;
        listeners.add(l);
        return () => listeners.delete(l);
      },
    };
  };
}

const record = (id: string, count: number): ActivityRecord => ({
  activity_id: id, promise_id: null, kommunkod: '1493', year: 2016, quarter: null, month: null, date: null, actor: 'polis',
  activity_type: 'riktad insats', venue_id: null, target_group: null, count, participants: null, description: null, source: LOCAL_SOURCE,
});

let db1: Connector;
let db2: Connector;
beforeAll(async () => {
  [db1, db2] = await Promise.all([openNodeDbWithData(), openNodeDbWithData()]);
});

async function countIn(conn: Connector, id: string): Promise<number | null | undefined> {
  const [row] = await run<ActivityRecord>(conn, activityByIdQuery(id));
  return row === undefined ? undefined : row.count;
}

async function tabs(store: ChangeStore = memoryChangeStore()) {
  const channel = bus();
  const refreshed = [0, 0];
  const tab1 = new ActivityLogState(db1, async () => void refreshed[0]!++, { store, channel: channel() });
  const tab2 = new ActivityLogState(db2, async () => void refreshed[1]!++, { store, channel: channel() });
  await tab1.restore();
  await tab2.restore();
  return { tab1, tab2, store, refreshed };
}

describe('two tabs', () => {
  it("keep both tabs' new records, and each tab shows the other's at once", async () => {
    const { tab1, tab2, store } = await tabs();
    expect(await tab1.save(record('lokal-a', 1))).toBe(true);
    expect(await tab2.save(record('lokal-b', 2))).toBe(true);
    expect((await store.load()).map((s) => s.id).sort()).toEqual(['lokal-a', 'lokal-b']);
    await expect.poll(() => countIn(db2, 'lokal-a')).toBe(1);
    await expect.poll(() => countIn(db1, 'lokal-b')).toBe(2);
    expect(tab1.count).toBe(2);
    // A third tab (a reload) replays both.
    const db3 = await openNodeDbWithData();
    const tab3 = new ActivityLogState(db3, async () => {}, { store, channel: bus()() });
    await tab3.restore();
    expect([await countIn(db3, 'lokal-a'), await countIn(db3, 'lokal-b')]).toEqual([1, 2]);
  });

  it('an edit begun before another tab saved the same record becomes a conflict, and the answer decides', async () => {
    const { tab1, tab2, store } = await tabs();
    await tab1.save(record('lokal-x', 10));
    await expect.poll(() => tab2.versionOf('lokal-x')).toBe(1);
    const base = tab2.versionOf('lokal-x'); // tab 2 opens the edit form
    expect(await tab1.save(record('lokal-x', 11))).toBe(true);
    expect(await tab2.save(record('lokal-x', 12), base)).toBe(false);
    expect(tab2.conflict?.theirs).toEqual({ id: 'lokal-x', record: record('lokal-x', 11), version: 2 });
    expect(await countIn(db2, 'lokal-x')).toBe(11); // tab 2 now shows what tab 1 saved
    expect((await store.get('lokal-x'))?.record?.count).toBe(11);

    expect(await tab2.resolve(true)).toBe(true);
    expect(await store.get('lokal-x')).toEqual({ id: 'lokal-x', record: record('lokal-x', 12), version: 3 });
    await expect.poll(() => countIn(db1, 'lokal-x')).toBe(12);

    // Keeping the other tab's change saves nothing.
    const base2 = tab1.versionOf('lokal-x');
    await tab2.remove('lokal-x');
    expect(await tab1.save(record('lokal-x', 99), base2)).toBe(false);
    expect(await tab1.resolve(false)).toBe(false);
    expect((await store.get('lokal-x'))?.record).toBeNull();
    expect(await countIn(db1, 'lokal-x')).toBeUndefined();
  });

  it('two new records that drew the same id in the same second both survive', async () => {
    const { tab1, tab2, store } = await tabs();
    const now = new Date('2026-12-01T10:00:00Z');
    const id = newActivityId(now, new Set());
    const a = await tab1.saveNew(record(id, 1), (taken) => newActivityId(now, taken));
    const b = await tab2.saveNew(record(id, 2), (taken) => newActivityId(now, taken));
    expect(a?.activity_id).toBe('lokal-20261201100000-1');
    expect(b?.activity_id).toBe('lokal-20261201100000-2');
    expect(tab2.conflict).toBeNull();
    expect((await store.load()).map((s) => [s.id, s.record?.count])).toEqual([[a?.activity_id, 1], [b?.activity_id, 2]]);
  });

  it('a discard in one tab clears the other', async () => {
    const { tab1, tab2, refreshed } = await tabs();
    await tab1.save(record('lokal-d', 5));
    await expect.poll(() => tab2.count).toBeGreaterThan(0);
    const before = refreshed[1];
    await tab1.discard(async () => {});
    await expect.poll(() => tab2.count).toBe(0);
    expect(refreshed[1]).toBeGreaterThan(before ?? 0);
  });
});
