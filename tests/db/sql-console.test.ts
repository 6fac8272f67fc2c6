/** The SQL console against real DuckDB-WASM (Node) on the shipped data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { CONSOLE_ROW_LIMIT, ReadOnlyError, groupColumns, runReadOnly, schemaColumnsQuery, type SchemaColumnRow } from '../../src/lib/queries/sql-console';

let conn: Connector;

beforeAll(async () => {
  conn = await openNodeDbWithData();
});

describe('runReadOnly', () => {
  it('runs a SELECT and returns plain rows with the column names', async () => {
    const r = await runReadOnly(conn, "SELECT kommunkod, name FROM municipalities WHERE kommunkod = '1493';");
    expect(r.columns).toEqual(['kommunkod', 'name']);
    expect(r.rows).toEqual([{ kommunkod: '1493', name: 'Mariestad' }]);
    expect(r.total).toBe(1);
  });

  it.each([
    ['WITH', 'WITH t AS (SELECT 41 AS n) SELECT n + 1 AS n FROM t', (rows: unknown[]) => expect(rows).toEqual([{ n: 42 }])],
    ['DESCRIBE', 'DESCRIBE venues', (rows: unknown[]) => expect(rows.length).toBeGreaterThan(2)],
    ['SHOW', 'SHOW TABLES', (rows: unknown[]) => expect(rows).toContainEqual({ name: 'venues' })],
    ['SUMMARIZE', 'SUMMARIZE venues', (rows: unknown[]) => expect(rows.length).toBeGreaterThan(2)],
    ['EXPLAIN', 'EXPLAIN SELECT * FROM venues', (rows: unknown[]) => expect(rows.length).toBeGreaterThan(0)],
  ])('runs %s', async (_, sql, check) => {
    check((await runReadOnly(conn, sql)).rows);
  });

  it(`keeps the first ${CONSOLE_ROW_LIMIT} rows and counts them all`, async () => {
    const r = await runReadOnly(conn, 'SELECT range AS i FROM range(2500)');
    expect(r.total).toBe(2500);
    expect(r.rows).toHaveLength(CONSOLE_ROW_LIMIT);
    expect(r.rows[0]).toEqual({ i: 0 });
    expect(r.all).toHaveLength(2500);
  });

  it('refuses a write before sending it, and the data stay as they were', async () => {
    const before = await conn.query({ sql: 'SELECT count(*) AS n FROM venues', params: [] });
    await expect(runReadOnly(conn, 'DELETE FROM venues')).rejects.toBeInstanceOf(ReadOnlyError);
    await expect(runReadOnly(conn, 'SELECT 1; DROP TABLE venues')).rejects.toThrow(/en fråga i taget/);
    expect(await conn.query({ sql: 'SELECT count(*) AS n FROM venues', params: [] })).toEqual(before);
  });

  it("passes DuckDB's own error on, and the connection still works afterwards", async () => {
    await expect(runReadOnly(conn, 'SELECT no_such_column FROM venues')).rejects.toThrow(/no_such_column/);
    await expect(runReadOnly(conn, 'SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    expect((await runReadOnly(conn, 'SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('rolls back whatever the statement did, even a write the check had missed', async () => {
    // A connector that writes as it runs the query: stands in for a statement that slipped through.
    const leaky: Connector = {
      ...conn,
      query: async (q) => {
        if (q.sql === 'SELECT 1 AS one') await conn.exec('CREATE TABLE console_probe AS SELECT 1 AS x');
        return conn.query(q);
      },
    };
    expect((await runReadOnly(leaky, 'SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await expect(conn.query({ sql: 'SELECT * FROM console_probe', params: [] })).rejects.toThrow(/console_probe/);
  });

  it('still answers when the transaction was ended by someone else meanwhile', async () => {
    const interrupted: Connector = {
      ...conn,
      query: async (q) => {
        const rows = await conn.query(q);
        if (q.sql === 'SELECT 2 AS two') await conn.exec('ROLLBACK');
        return rows;
      },
    };
    expect((await runReadOnly(interrupted, 'SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
    expect((await runReadOnly(conn, 'SELECT 3 AS three')).rows).toEqual([{ three: 3 }]);
  });

  it('refuses to run, and rolls nothing back, while another transaction is open', async () => {
    await conn.exec('BEGIN TRANSACTION');
    await conn.exec('CREATE TABLE import_probe AS SELECT 1 AS x');
    await expect(runReadOnly(conn, 'SELECT 1')).rejects.toThrow(/upptagen/);
    expect(await conn.query({ sql: 'SELECT x FROM import_probe', params: [] })).toEqual([{ x: 1 }]);
    await conn.exec('ROLLBACK');
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
