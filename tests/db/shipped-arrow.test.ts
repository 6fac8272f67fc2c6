/**
 * The shipped tables' Arrow path end to end: data/*.csv made Arrow IPC streams the way the build
 * makes them (`shippedArrow`, called by scripts/shipped-data.ts), loaded as the browser loads
 * them (`loadTables`: registered buffers, typed tables, inserted), compared row for row with the
 * same CSV files read by DuckDB's CSV reader with the explicit types.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Coordinator } from '../../src/lib/data/coordinator';
import { createTableSql, csvFileName, emptyTableSql, loadTables, reloadShipped, reloadShippedAtomically, shippedFileName } from '../../src/lib/db/load';
import { csvReader, openNodeDb, openNodeDbWithData, shippedArrow } from '../../src/lib/db/node';
import { TABLES } from '../../src/lib/db/schema';
import type { Connector, Row } from '../../src/lib/db/types';

const DATA = path.resolve(process.cwd(), 'data');

let files: Map<string, Uint8Array>;
let fromArrow: Connector;
let fromCsv: Connector;

const all = (conn: Connector, table: string) => conn.query({ sql: `SELECT * FROM ${table} ORDER BY ALL`, params: [] });
const countOf = async (conn: Connector, sql: string) => (await conn.query({ sql, params: [] }))[0]?.n;
const types = (conn: Connector, table: string) => conn.query({ sql: `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position`, params: [table] });

beforeAll(async () => {
  files = await shippedArrow(csvReader(DATA));
  fromArrow = await openNodeDb();
  await loadTables(fromArrow, async (spec) => files.get(spec.name)!.slice());
  fromCsv = await openNodeDb();
  for (const spec of TABLES) {
    await fromCsv.registerText(csvFileName(spec), await readFile(path.join(DATA, `${spec.name}.csv`), 'utf8'));
    await fromCsv.exec(createTableSql(spec));
  }
}, 60000);

describe('shipped tables as Arrow IPC', () => {
  it('writes one Arrow IPC stream per shipped table', () => {
    expect([...files.keys()].sort()).toEqual(TABLES.map((t) => t.name).sort());
    // An Arrow IPC stream opens with the continuation marker 0xFFFFFFFF.
    for (const bytes of files.values()) expect([...bytes.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it.each(TABLES.map((t) => [t.name]))('%s: the same rows and column types as the CSV read with explicit types', async (table) => {
    const arrowRows = await all(fromArrow, table);
    const csvRows = await all(fromCsv, table);
    expect(arrowRows.length).toBe(csvRows.length);
    expect(arrowRows).toEqual(csvRows);
    expect(await types(fromArrow, table)).toEqual(await types(fromCsv, table));
  });

  it('has the shipped data in it (not two empty tables agreeing)', async () => {
    const csvLines = (await readFile(path.join(DATA, 'crimes.csv'), 'utf8')).trim().split('\n').length - 1;
    expect(csvLines).toBeGreaterThan(100);
    expect(await countOf(fromArrow, 'SELECT count(*) AS n FROM crimes')).toBe(csvLines);
  });

  it.each(TABLES.filter((t) => t.order).map((t) => [t.name, t.order!]))('%s is stored sorted by %j', async (table, order) => {
    // Rows in storage order (no ORDER BY), checked pairwise here rather than by DuckDB.
    const rows = await fromArrow.query({ sql: `SELECT ${order.join(', ')} FROM ${table}`, params: [] });
    const before = (a: Row, b: Row) => {
      for (const c of order) {
        const x = a[c] ?? null;
        const y = b[c] ?? null;
        if (x === y) continue;
        if (x === null) return false; // DuckDB sorts NULLS LAST
        if (y === null) return true;
        return x < y;
      }
      return true;
    };
    const unsorted = rows.findIndex((r, i) => i > 0 && !before(rows[i - 1]!, r));
    expect(unsorted).toBe(-1);
  });

  it('a reload whose file fails leaves the table as it was (one transaction), and a good one replaces it', async () => {
    const conn = await openNodeDbWithData();
    const spec = TABLES.find((t) => t.name === 'activities')!;
    const count = 'SELECT count(*)::INTEGER AS n FROM activities';
    const shipped = await countOf(conn, count);
    await conn.exec("DELETE FROM activities WHERE year < 2019");
    const edited = await countOf(conn, count);
    expect(Number(edited)).toBeLessThan(Number(shipped));
    const good = await conn.readBuffer!(shippedFileName(spec));
    // The registered copy replaced by the municipalities file: the append fails on its columns.
    await conn.registerBuffer!(shippedFileName(spec), files.get('municipalities')!.slice());
    await expect(reloadShippedAtomically(conn, spec)).rejects.toThrow();
    expect(await countOf(conn, count)).toBe(edited);
    await conn.registerBuffer!(shippedFileName(spec), good);
    await reloadShippedAtomically(conn, spec);
    expect(await countOf(conn, count)).toBe(shipped);
  });

  it('refuses a file whose columns do not fit the table, naming a column', async () => {
    const conn = await openNodeDb();
    // The municipalities file given as crimes: its text columns cannot be crimes' year.
    await expect(loadTables(conn, async (spec) => files.get(spec.name === 'crimes' ? 'municipalities' : spec.name)!.slice())).rejects.toThrow(/kommunkod|year|column/i);
  });

  it('keeps the files registered inside mbl-filer/ and reloads a changed table from them', async () => {
    const spec = TABLES.find((t) => t.name === 'crimes')!;
    expect(shippedFileName(spec)).toMatch(/^mbl-filer\//);
    await fromArrow.exec("DELETE FROM crimes WHERE kommunkod = '1493'");
    await reloadShipped(fromArrow, spec);
    expect(await all(fromArrow, 'crimes')).toEqual(await all(fromCsv, 'crimes'));
    await expect(fromArrow.registerBuffer!('elsewhere.arrow', new Uint8Array([1]))).rejects.toThrow(/utanför mbl-filer/);
  });

  it('through the coordinator: the writer reloads a shipped table, and readers see it (no stale cache)', async () => {
    const c = await Coordinator.open(await openNodeDbWithData());
    const spec = TABLES.find((t) => t.name === 'population')!;
    const count = 'SELECT count(*) AS n FROM population';
    const shipped = await countOf(c, count);
    expect(shipped).toBeGreaterThan(0);
    await c.writer.exec(emptyTableSql(spec));
    expect(await countOf(c, count)).toBe(0);
    // insertArrow alone (no statement after it) must make the readers ask again.
    await c.writer.insertArrow(spec.name, files.get('population')!.slice());
    expect(await countOf(c, count)).toBe(shipped);
    await c.writer.exec('DELETE FROM population');
    await reloadShipped(c.writer, spec);
    expect(await all(c, 'population')).toEqual(await all(fromCsv, 'population'));
  });

  it('the coordinator itself forwards the Arrow methods: insertArrow through it also drops the cache', async () => {
    const c = await Coordinator.open(await openNodeDbWithData());
    const spec = TABLES.find((t) => t.name === 'population')!;
    const count = 'SELECT count(*) AS n FROM population';
    const shipped = await countOf(c, count);
    await c.exec(emptyTableSql(spec));
    expect(await countOf(c, count)).toBe(0);
    await c.insertArrow(spec.name, files.get('population')!.slice());
    expect(await countOf(c, count)).toBe(shipped);
    // The registered copy reads back as the bytes that were registered.
    const bytes = files.get('population')!.slice();
    await c.registerBuffer('mbl-filer/kopia.arrow', bytes.slice());
    expect([...(await c.readBuffer('mbl-filer/kopia.arrow'))]).toEqual([...bytes]);
    await c.exec('DELETE FROM population');
    await reloadShipped(c, spec);
    expect(await all(c, 'population')).toEqual(await all(fromCsv, 'population'));
  });
});
