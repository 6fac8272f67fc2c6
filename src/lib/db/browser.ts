/**
 * The browser twin: DuckDB-WASM in a worker. Bundles, workers and wasm are served from this
 * site (Vite `?url` imports), never from a CDN.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { t } from '../i18n/catalogue';
import { tableToColumns, tableToRows } from './arrow';
import { StatementCache } from './statements';
import { checkRegisteredName, SAFE_SETTINGS, type Connector, type Query, type Row } from './types';
import '../i18n/messages/shell';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export class DuckDbUnavailableError extends Error {}

const START_TIMEOUT_MS = 120_000;

export async function openBrowserDb(): Promise<Connector> {
  if (typeof WebAssembly !== 'object') {
    throw new DuckDbUnavailableError(t('db.noWasm'));
  }
  if (typeof Worker !== 'function') {
    throw new DuckDbUnavailableError(t('db.noWorkers'));
  }
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new DuckDbUnavailableError(t('db.noWorker'));
  let worker: Worker;
  try {
    worker = new Worker(bundle.mainWorker, { type: 'classic' });
  } catch (e) {
    throw new DuckDbUnavailableError(t('db.workerFailed', { error: String(e) }));
  }
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // A worker that is blocked or fails to load would leave instantiate() waiting for ever.
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new DuckDbUnavailableError(t('db.workerLoad', { error: e.message ?? '' }))), { once: true });
  });
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new DuckDbUnavailableError(t('db.timeout', { seconds: String(START_TIMEOUT_MS / 1000) }))), START_TIMEOUT_MS);
  });
  const instantiated = db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  instantiated.catch(() => {}); // when the worker fails, its rejection is reported through workerFailed
  await Promise.race([instantiated, workerFailed, timeout]);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connector = connectorFor(db, await db.connect());
  for (const s of SAFE_SETTINGS) await connector.exec(s);
  return connector;
}

/** One connection as a Connector; its prepared statements are kept for reuse. */
function connectorFor(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): Connector {
  const statements = new StatementCache((sql) => conn.prepare(sql));
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
      await conn.query(sql);
      statements.clear(); // it may have changed a table a kept statement reads
    },
    async registerText(name: string, text: string) {
      checkRegisteredName(name);
      await db.registerFileText(name, text);
    },
    // The buffers are transferred to the worker (DuckDB-WASM posts them as transferables).
    async registerBuffer(name: string, bytes: Uint8Array) {
      checkRegisteredName(name);
      await db.registerFileBuffer(name, bytes);
    },
    async readBuffer(name: string) {
      checkRegisteredName(name);
      return db.copyFileToBuffer(name);
    },
    async insertArrow(table: string, bytes: Uint8Array) {
      await conn.insertArrowFromIPCStream(bytes, { name: table, create: false });
      statements.clear(); // the table changed
    },
    async openConnection() {
      return connectorFor(db, await db.connect());
    },
    async openConsole() {
      const c = await db.connect();
      return {
        async exec(sql: string) {
          await c.query(sql);
        },
        async read(sql: string, maxRows: number) {
          // Streamed (polled by the worker), so cancelSent() can stop it between polls.
          const reader = await c.send(sql, true);
          const rows: Row[] = [];
          for await (const batch of reader) {
            for (const row of tableToRows(batch)) {
              if (rows.length >= maxRows) {
                await c.cancelSent();
                return { rows, truncated: true };
              }
              rows.push(row);
            }
          }
          return { rows, truncated: false };
        },
        async cancel() {
          await c.cancelSent();
        },
      };
    },
  };
}
