/** The Node twin: real DuckDB-WASM (blocking build) for tests and scripts, on the shipped files. */
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tableToColumns, tableToRows } from './arrow';
import { loadTables } from './load';
import { StatementCache } from './statements';
import { checkRegisteredName, SAFE_SETTINGS, type Connector, type Query, type Row } from './types';

export async function openNodeDb(): Promise<Connector> {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/blocking'));
  const bundles: duckdb.DuckDBBundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connector = connectorFor(db, db.connect());
  for (const s of SAFE_SETTINGS) await connector.exec(s);
  return connector;
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

/** Opens DuckDB in Node with the shipped tables from `dataDir` (default: the repo's data/). */
export async function openNodeDbWithData(dataDir = path.resolve(process.cwd(), 'data')): Promise<Connector> {
  const conn = await openNodeDb();
  await loadTables(conn, (spec) => readFile(path.join(dataDir, `${spec.name}.csv`), 'utf8'));
  return conn;
}
