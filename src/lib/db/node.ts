/**
 * The Node twin: real DuckDB-WASM (blocking build) for tests and scripts, on the shipped files,
 * loaded the way the browser loads them: data/*.csv made Arrow IPC streams (`shippedArrow`, what
 * the build ships, see scripts/shipped-data.ts), then registered and inserted by `loadTables`.
 */
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tableToColumns, tableToRows } from './arrow';
import { createTableSql, loadTables, sortedSelectSql } from './load';
import { TABLES, type TableSpec } from './schema';
import { StatementCache } from './statements';
import { checkRegisteredName, registeredFile, SAFE_SETTINGS, type Connector, type Query, type Row } from './types';

const require = createRequire(import.meta.url);
// DuckDB's blocking build returns tables of the CommonJS apache-arrow; its writer must be the same copy.
const arrow = require('apache-arrow') as typeof import('apache-arrow');

async function nodeBindings(): Promise<duckdb.DuckDBBindings> {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/blocking'));
  const bundles: duckdb.DuckDBBundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  return db;
}

async function safeConnector(db: duckdb.DuckDBBindings): Promise<Connector> {
  const connector = connectorFor(db, db.connect());
  for (const s of SAFE_SETTINGS) await connector.exec(s);
  return connector;
}

export async function openNodeDb(): Promise<Connector> {
  return safeConnector(await nodeBindings());
}

/**
 * One shipped table's CSV text as the Arrow IPC stream the app loads: read with the spec's
 * explicit types (createTableSql, as an import is read), its columns in the spec's order, its rows
 * sorted by the spec's `order`. Uses a scratch table and file it drops again.
 */
function arrowFromCsv(db: duckdb.DuckDBBindings, conn: duckdb.DuckDBConnection, spec: TableSpec, csv: string): Uint8Array {
  const file = registeredFile(`bygg-${spec.name}.csv`);
  const scratch = `mbl_bygg_${spec.name}`;
  db.registerFileText(file, csv);
  try {
    conn.query(createTableSql(spec, file, scratch));
    return arrow.tableToIPC(compact(conn.query(sortedSelectSql(spec, scratch)), spec), 'stream');
  } finally {
    conn.query(`DROP TABLE IF EXISTS ${scratch}`);
    db.dropFile(file);
  }
}

/**
 * DuckDB's answer (record batches of 2 048 rows, text as plain UTF-8) as one record batch whose
 * text columns are dictionary-encoded: a kommunkod, category or source is stored once per file,
 * each row keeps a 32-bit index. Half the bytes at a million rows, and one batch to insert.
 */
function compact(table: import('apache-arrow').Table, spec: TableSpec): import('apache-arrow').Table {
  const type = (t: TableSpec['columns'][number]['type'], values: unknown[]) => {
    // A column of nulls only gets no dictionary; DuckDB then misses it in the stream.
    if (t === 'VARCHAR') return values.some((v) => v !== null) ? new arrow.Dictionary(new arrow.Utf8(), new arrow.Int32()) : new arrow.Utf8();
    if (t === 'INTEGER') return new arrow.Int32();
    if (t === 'DOUBLE') return new arrow.Float64();
    if (t === 'BOOLEAN') return new arrow.Bool();
    return new arrow.DateDay();
  };
  const columns = Object.fromEntries(
    spec.columns.map((c) => {
      const values: unknown[] = [...(table.getChild(c.name) ?? [])];
      return [c.name, arrow.vectorFromArray(values, type(c.type, values))];
    }),
  );
  return new arrow.Table(columns);
}

/**
 * Every shipped table as the Arrow IPC stream the app fetches, from each table's CSV text: what
 * the build writes (scripts/shipped-data.ts) and the scale bench serves (scripts/bench-data.mjs).
 */
export async function shippedArrow(readCsv: (spec: TableSpec) => Promise<string>): Promise<Map<string, Uint8Array>> {
  return arrowFiles(await nodeBindings(), readCsv);
}

async function arrowFiles(db: duckdb.DuckDBBindings, readCsv: (spec: TableSpec) => Promise<string>): Promise<Map<string, Uint8Array>> {
  const conn = db.connect();
  const files = new Map<string, Uint8Array>();
  try {
    for (const spec of TABLES) files.set(spec.name, arrowFromCsv(db, conn, spec, await readCsv(spec)));
  } finally {
    conn.close();
  }
  return files;
}

/** Reads `<dataDir>/<table>.csv` (the repo's data/ by default). */
export function csvReader(dataDir = path.resolve(process.cwd(), 'data')): (spec: TableSpec) => Promise<string> {
  return (spec) => readFile(path.join(dataDir, `${spec.name}.csv`), 'utf8');
}

/** One connection as a Connector; its prepared statements are kept for reuse. */
function connectorFor(db: duckdb.DuckDBBindings, conn: duckdb.DuckDBConnection): Connector {
  const statements = new StatementCache(async (sql) => conn.prepare(sql));
  return {
    async query(q: Query) {
      return tableToRows(await statements.run(q.sql, q.params));
    },
    async queryColumns(q: Query) {
      return tableToColumns(await statements.run(q.sql, q.params));
    },
    forgetStatements() {
      statements.clear();
    },
    async exec(sql: string) {
      conn.query(sql);
      statements.clear(); // it may have changed a table a kept statement reads
    },
    async registerText(name: string, text: string) {
      checkRegisteredName(name);
      db.registerFileText(name, text);
    },
    async registerBuffer(name: string, bytes: Uint8Array) {
      checkRegisteredName(name);
      db.registerFileBuffer(name, bytes);
    },
    async readBuffer(name: string) {
      checkRegisteredName(name);
      return db.copyFileToBuffer(name);
    },
    async insertArrow(table: string, bytes: Uint8Array) {
      conn.insertArrowFromIPCStream(bytes, { name: table, create: false });
      statements.clear(); // the table changed
    },
    async openConnection() {
      return connectorFor(db, db.connect());
    },
    async openConsole() {
      const c = db.connect();
      return {
        async exec(sql: string) {
          c.query(sql);
        },
        async read(sql: string, maxRows: number) {
          const reader = await c.send(sql, true);
          const rows: Row[] = [];
          for (const batch of reader) {
            for (const row of tableToRows(batch)) {
              if (rows.length >= maxRows) {
                c.cancelSent();
                return { rows, truncated: true };
              }
              rows.push(row);
            }
          }
          return { rows, truncated: false };
        },
        // The blocking build runs a statement to its end before anything else can happen.
        async cancel() {},
      };
    },
  };
}

/** Opens DuckDB in Node with the shipped tables from `dataDir` (default: the repo's data/), loaded as the browser loads them. */
export async function openNodeDbWithData(dataDir = path.resolve(process.cwd(), 'data')): Promise<Connector> {
  const db = await nodeBindings();
  const files = await arrowFiles(db, csvReader(dataDir));
  const conn = await safeConnector(db);
  await loadTables(conn, async (spec) => files.get(spec.name) ?? Promise.reject(new Error(`Internt fel: ${spec.name} byggdes inte.`)));
  return conn;
}
