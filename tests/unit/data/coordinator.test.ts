/** The coordinator against a fake connector that counts what reaches it and answers when told. */
import { describe, expect, it } from 'vitest';
import { Coordinator, queryKey } from '../../../src/lib/data/coordinator';
import type { ConsoleConnection, Connector, Query, Row } from '../../../src/lib/db/types';
import { columnsFromRows, type Columns } from '../../../src/lib/db/columns';

interface Call {
  sql: string;
  params: readonly unknown[];
  answer: (rows: Row[]) => void;
  fail: (e: Error) => void;
}

/** Every query waits until the test answers it, so order and overlap are under the test's control. */
class FakeConnector implements Connector {
  readonly calls: Call[] = [];
  readonly execs: string[] = [];
  autoAnswer: ((q: Query) => Row[]) | null = null;
  query(q: Query): Promise<Row[]> {
    return new Promise<Row[]>((answer, fail) => {
      if (this.autoAnswer) answer(this.autoAnswer(q));
      else this.calls.push({ sql: q.sql, params: q.params, answer, fail });
    });
  }
  /** The coordinator reads by column: the same call, its rows as columns. */
  queryColumns(q: Query): Promise<Columns> {
    return this.query(q).then((rows) => columnsFromRows(rows));
  }
  async exec(sql: string): Promise<void> {
    this.execs.push(sql);
  }
  async registerText(): Promise<void> {}
  openConsole(): Promise<ConsoleConnection> {
    return Promise.reject(new Error('not in the fake'));
  }
  openConnection(): Promise<Connector> {
    return Promise.resolve(new FakeConnector());
  }
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));
const crimes: Query = { sql: 'SELECT year, count FROM crimes WHERE kommunkod = ?', params: ['1493'] };
const activities: Query = { sql: 'SELECT year, count(*) AS n FROM activities GROUP BY year', params: [] };

function setup(maxInFlight = 2) {
  const read = new FakeConnector();
  const write = new FakeConnector();
  write.autoAnswer = () => [];
  const c = new Coordinator(read, read, write, { maxInFlight });
  return { read, write, c };
}

describe('Coordinator: cache and sharing', () => {
  it('sends a query once; the same SQL and parameters again come from the cache', async () => {
    const { read, c } = setup();
    const first = c.query(crimes);
    await tick();
    expect(read.calls).toHaveLength(1);
    read.calls[0]?.answer([{ year: 2020, count: 5 }]);
    expect(await first).toEqual([{ year: 2020, count: 5 }]);
    expect(await c.query({ ...crimes, params: ['1493'] })).toEqual([{ year: 2020, count: 5 }]);
    expect(read.calls).toHaveLength(1);
    expect(c.stats).toMatchObject({ sent: 1, cached: 1 });
  });

  it('different parameters are a different key', async () => {
    const { read, c } = setup();
    void c.query(crimes);
    void c.query({ ...crimes, params: ['1494'] });
    await tick();
    expect(read.calls.map((q) => q.params)).toEqual([['1493'], ['1494']]);
    expect(queryKey(crimes)).not.toBe(queryKey({ ...crimes, params: ['1494'] }));
  });

  it('two clients asking the same before the answer came share one query', async () => {
    const { read, c } = setup();
    const a = c.query(crimes);
    const b = c.query(crimes);
    await tick();
    expect(read.calls).toHaveLength(1);
    read.calls[0]?.answer([{ n: 1 }]);
    expect(await a).toEqual([{ n: 1 }]);
    expect(await b).toEqual([{ n: 1 }]);
    expect(c.stats).toMatchObject({ sent: 1, shared: 1 });
  });

  it('a failed query is not cached', async () => {
    const { read, c } = setup();
    const a = c.query(crimes);
    await tick();
    read.calls[0]?.fail(new Error('Binder Error'));
    await expect(a).rejects.toThrow('Binder Error');
    void c.query(crimes);
    await tick();
    expect(read.calls).toHaveLength(2);
  });
});

describe('Coordinator: per-table invalidation', () => {
  it('a write to crimes drops the cached crimes result and keeps the activities one', async () => {
    const { read, c } = setup();
    read.autoAnswer = (q) => [{ sql: q.sql }];
    await c.query(crimes);
    await c.query(activities);
    expect(c.stats.sent).toBe(2);
    await c.writer.exec("CREATE OR REPLACE TABLE crimes AS SELECT * FROM read_csv('mbl-filer/crimes.csv')");
    await c.query(crimes);
    await c.query(activities);
    expect(c.stats).toMatchObject({ sent: 3, cached: 1 });
  });

  it('inside a transaction, the tables written are invalidated at COMMIT, not before', async () => {
    const { read, c } = setup();
    read.autoAnswer = () => [];
    await c.query(activities);
    await c.writer.exec('BEGIN TRANSACTION');
    await c.writer.query({ sql: 'INSERT INTO activities VALUES (?, ?)', params: ['a', 1] });
    await c.query(activities);
    expect(c.stats.sent).toBe(1); // readers see the committed data, so the cache still holds
    await c.writer.exec('COMMIT');
    await c.query(activities);
    expect(c.stats.sent).toBe(2);
  });

  it('a ROLLBACK invalidates nothing', async () => {
    const { read, c } = setup();
    read.autoAnswer = () => [];
    await c.query(activities);
    await c.writer.exec('BEGIN TRANSACTION');
    await c.writer.exec('DELETE FROM activities WHERE true');
    await c.writer.exec('ROLLBACK');
    await c.query(activities);
    expect(c.stats.sent).toBe(1);
  });

  it('an answer that left before a write to its table is delivered but not cached', async () => {
    const { read, c } = setup();
    const before = c.query(crimes);
    await tick();
    await c.writer.exec('DELETE FROM crimes WHERE year = 2000');
    read.calls[0]?.answer([{ old: true }]);
    expect(await before).toEqual([{ old: true }]);
    void c.query(crimes);
    await tick();
    expect(read.calls).toHaveLength(2);
  });

  it('a catalog query is invalidated by a write to any table', async () => {
    const { read, c } = setup();
    read.autoAnswer = () => [];
    const schema: Query = { sql: 'SELECT table_name FROM information_schema.columns', params: [] };
    await c.query(schema);
    await c.writer.exec('CREATE TABLE survey_results (x INTEGER)');
    await c.query(schema);
    expect(c.stats.sent).toBe(2);
  });

  it('writes sent through query() run on the writing connection, never on the reading one', async () => {
    const { read, write, c } = setup();
    const seen: string[] = [];
    write.autoAnswer = (q) => (seen.push(q.sql), []);
    await c.query({ sql: 'INSERT INTO activities VALUES (?)', params: [1] });
    expect(seen).toEqual(['INSERT INTO activities VALUES (?)']);
    expect(read.calls).toHaveLength(0);
    expect(c.stats.writes).toBe(1);
  });
});

describe('Coordinator: superseded queries', () => {
  it('a queued query whose only caller gave up is never sent', async () => {
    const { read, c } = setup(1);
    const busy = c.query(activities); // occupies the one slot
    const stale = new AbortController();
    const old = c.query(crimes, { signal: stale.signal });
    await tick();
    stale.abort();
    const fresh = c.query({ ...crimes, params: ['1494'] });
    await expect(old).rejects.toThrow(/behövs inte längre/);
    read.calls[0]?.answer([]);
    await busy;
    await tick();
    expect(read.calls.map((q) => q.params)).toEqual([[], ['1494']]);
    read.calls[1]?.answer([{ n: 2 }]);
    expect(await fresh).toEqual([{ n: 2 }]);
    expect(c.stats).toMatchObject({ sent: 2, skipped: 1 });
  });

  it('a query shared by two callers is still sent when only one gives up', async () => {
    const { read, c } = setup(1);
    void c.query(activities);
    const stale = new AbortController();
    const a = c.query(crimes, { signal: stale.signal });
    const b = c.query(crimes);
    stale.abort();
    await expect(a).rejects.toThrow();
    read.calls[0]?.answer([]);
    await tick();
    await tick();
    expect(read.calls).toHaveLength(2);
    read.calls[1]?.answer([{ kept: 1 }]);
    expect(await b).toEqual([{ kept: 1 }]);
  });

  it('keeps at most maxInFlight queries at the connector', async () => {
    const { read, c } = setup(2);
    for (let i = 0; i < 5; i++) void c.query({ sql: 'SELECT ? AS v FROM crimes', params: [i] });
    await tick();
    expect(read.calls).toHaveLength(2);
    read.calls[0]?.answer([]);
    await tick();
    await tick();
    expect(read.calls).toHaveLength(3);
  });
});
