/** The SQL console against real DuckDB-WASM (Node) on the shipped data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { ConsoleConnection, Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { CONSOLE_ROW_LIMIT, ConsoleTimeoutError, ReadOnlyError, groupColumns, runReadOnly, schemaColumnsQuery, type SchemaColumnRow } from '../../src/lib/queries/sql-console';

let conn: Connector;
let cc: ConsoleConnection;

beforeAll(async () => {
  conn = await openNodeDbWithData();
  cc = await conn.openConsole();
});

describe('runReadOnly', () => {
  it('runs a SELECT and returns plain rows with the column names', async () => {
    const r = await runReadOnly(cc, "SELECT kommunkod, name FROM municipalities WHERE kommunkod = '1493';");
    expect(r.columns).toEqual(['kommunkod', 'name']);
    expect(r.rows).toEqual([{ kommunkod: '1493', name: 'Mariestad' }]);
    expect(r.total).toBe(1);
    expect(r.truncated).toBe(false);
  });

  it.each([
    ['WITH', 'WITH t AS (SELECT 41 AS n) SELECT n + 1 AS n FROM t', (rows: unknown[]) => expect(rows).toEqual([{ n: 42 }])],
    ['DESCRIBE', 'DESCRIBE venues', (rows: unknown[]) => expect(rows.length).toBeGreaterThan(2)],
    ['SHOW', 'SHOW TABLES', (rows: unknown[]) => expect(rows).toContainEqual({ name: 'venues' })],
    ['SUMMARIZE', 'SUMMARIZE venues', (rows: unknown[]) => expect(rows.length).toBeGreaterThan(2)],
    ['EXPLAIN', 'EXPLAIN SELECT * FROM venues', (rows: unknown[]) => expect(rows.length).toBeGreaterThan(0)],
  ])('runs %s', async (_, sql, check) => {
    check((await runReadOnly(cc, sql)).rows);
  });

  it(`keeps the first ${CONSOLE_ROW_LIMIT} rows for the screen and counts them all`, async () => {
    const r = await runReadOnly(cc, 'SELECT range AS i FROM range(2500)');
    expect(r.total).toBe(2500);
    expect(r.rows).toHaveLength(CONSOLE_ROW_LIMIT);
    expect(r.rows[0]).toEqual({ i: 0 });
    expect(r.all).toHaveLength(2500);
  });

  it('stops reading at the row limit and says the result was cut', async () => {
    const r = await runReadOnly(cc, 'SELECT range AS i FROM range(5000)', { maxRows: 2000 });
    expect(r.truncated).toBe(true);
    expect(r.all).toHaveLength(2000);
    expect(r.all[1999]).toEqual({ i: 1999 });
    // The connection is usable after a cut-off stream.
    expect((await runReadOnly(cc, 'SELECT 7 AS seven')).rows).toEqual([{ seven: 7 }]);
  });

  it('refuses a write before sending it, and the data stay as they were', async () => {
    const before = await conn.query({ sql: 'SELECT count(*) AS n FROM venues', params: [] });
    await expect(runReadOnly(cc, 'DELETE FROM venues')).rejects.toBeInstanceOf(ReadOnlyError);
    await expect(runReadOnly(cc, 'SELECT 1; DROP TABLE venues')).rejects.toThrow(/en fråga i taget/);
    expect(await conn.query({ sql: 'SELECT count(*) AS n FROM venues', params: [] })).toEqual(before);
  });

  it("passes DuckDB's own first line on, and the connection still works afterwards", async () => {
    await expect(runReadOnly(cc, 'SELECT no_such_column FROM venues')).rejects.toThrow(/^DuckDB: .*no_such_column/);
    await expect(runReadOnly(cc, 'SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    expect((await runReadOnly(cc, 'SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('says in Swedish when a sum outgrows its type', async () => {
    await expect(runReadOnly(cc, 'SELECT (2147483647 + range)::INTEGER AS n FROM range(2)')).rejects.toThrow(/för stort för kolumnens typ/);
  });

  it('rolls back whatever the statement did, even a write the check had missed', async () => {
    // A connection that writes as it runs the query: stands in for a statement that slipped through.
    const leaky: ConsoleConnection = {
      ...cc,
      read: async (sql, n) => {
        await cc.exec('CREATE TABLE console_probe AS SELECT 1 AS x');
        return cc.read(sql, n);
      },
    };
    expect((await runReadOnly(leaky, 'SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await expect(conn.query({ sql: 'SELECT * FROM console_probe', params: [] })).rejects.toThrow(/console_probe/);
  });

  it("runs on its own connection: an import's open transaction is neither joined nor seen", async () => {
    await conn.exec('BEGIN TRANSACTION');
    await conn.exec('CREATE TABLE import_probe AS SELECT 1 AS x');
    expect((await runReadOnly(cc, 'SELECT count(*)::INTEGER AS n FROM venues')).rows[0]?.n).toBeGreaterThan(0);
    await expect(runReadOnly(cc, 'SELECT x FROM import_probe')).rejects.toThrow(/import_probe/);
    expect(await conn.query({ sql: 'SELECT x FROM import_probe', params: [] })).toEqual([{ x: 1 }]);
    await conn.exec('ROLLBACK');
  });

  it('cancels a query that runs past the time limit and says so in Swedish', async () => {
    let cancelled = 0;
    const stuck: ConsoleConnection = { ...cc, read: () => new Promise(() => {}), cancel: async () => void cancelled++ };
    await expect(runReadOnly(stuck, 'SELECT 1', { timeoutMs: 20 })).rejects.toBeInstanceOf(ConsoleTimeoutError);
    await expect(runReadOnly(stuck, 'SELECT 1', { timeoutMs: 20 })).rejects.toThrow(/längre än 0 sekunder och avbröts/);
    expect(cancelled).toBe(2);
    expect((await runReadOnly(cc, 'SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
  });
});

describe('the database is locked down', () => {
  it.each([
    ['a URL', "SELECT * FROM read_csv('http://127.0.0.1:9/a.csv')", /inga filer eller webbadresser/],
    // Without the httpfs/parquet extensions a URL in FROM is no table at all.
    ['a URL as a table name', "SELECT * FROM 'https://example.org/data.parquet'", /does not exist/],
    ['a local file', "SELECT * FROM read_text('/etc/passwd')", /inga filer eller webbadresser/],
    ['a path out of the app folder', "SELECT * FROM read_csv('mbl-filer/../secret.csv')", /inga filer eller webbadresser/],
    ['glob', "SELECT * FROM glob('*')", /inga filer eller webbadresser/],
  ])('the console cannot read %s', async (_, sql, refusal) => {
    await expect(runReadOnly(cc, sql)).rejects.toThrow(refusal);
  });

  it('no statement can open the configuration again', async () => {
    await expect(conn.exec('SET enable_external_access = true')).rejects.toThrow(/locked/);
    await expect(cc.exec("SET allowed_directories = ['/']")).rejects.toThrow(/locked/);
    const [setting] = await conn.query({ sql: "SELECT value FROM duckdb_settings() WHERE name = 'enable_external_access'", params: [] });
    expect(setting?.value).toBe('false');
  });

  it('refuses to register a file outside the app folder', async () => {
    await expect(conn.registerText('elsewhere.csv', 'a\n1\n')).rejects.toThrow(/utanför mbl-filer/);
  });
});

describe('schema list', () => {
  it('lists the loaded tables with their columns in order', async () => {
    const tables = groupColumns(await run<SchemaColumnRow>(conn, schemaColumnsQuery()));
    const venues = tables.find((t) => t.name === 'venues');
    expect(venues?.columns.map((c) => c.name)).toEqual(['venue_id', 'name', 'type', 'kommunkod', 'description']);
    expect(tables.map((t) => t.name)).toContain('crimes');
  });
});
