/** The Node twin: real DuckDB-WASM (blocking build) for tests and scripts, on the shipped files. */
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { tableToRows } from './arrow';
import { loadTables } from './load';
import { SAFE_SETTINGS, type Connector, type Query } from './types';

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
  const conn = db.connect();
  const connector: Connector = {
    async query(q: Query) {
      const stmt = conn.prepare(q.sql);
      try {
        return tableToRows(stmt.query(...q.params));
      } finally {
        stmt.close();
      }
    },
    async exec(sql: string) {
      conn.query(sql);
    },
    async registerText(name: string, text: string) {
      db.registerFileText(name, text);
    },
  };
  for (const s of SAFE_SETTINGS) await connector.exec(s);
  return connector;
}

/** Opens DuckDB in Node with the shipped tables from `dataDir` (default: the repo's data/). */
export async function openNodeDbWithData(dataDir = path.resolve(process.cwd(), 'data')): Promise<Connector> {
  const conn = await openNodeDb();
  await loadTables(conn, (spec) => readFile(path.join(dataDir, `${spec.name}.csv`), 'utf8'));
  return conn;
}
