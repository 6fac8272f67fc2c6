/**
 * The database starts once, behind one promise: the engine and the shipped tables (Arrow IPC
 * files the build wrote from data/*.csv, scripts/shipped-data.ts) are fetched side by side, and
 * progress is reported as each table lands. What happens after the shipped tables are in
 * (replaying the user's saved imports) is passed in by the caller, so the engine does not import
 * the folders built on it.
 */
import { t } from '../i18n/catalogue';
import { loadTables } from './load';
import { TABLES } from './schema';
import SHIPPED_URLS from 'virtual:shipped-data';
import type { Connector } from './types';
import '../i18n/messages/shell';

export interface StartProgress {
  phase: 'engine' | 'tables' | 'ready';
  /** Steps finished: the engine counts as one, each table as one. */
  done: number;
  total: number;
  label: string;
}

function urlFor(table: string): string {
  const url = SHIPPED_URLS[table];
  if (!url) throw new Error(t('db.missingFile', { table }));
  return url;
}

/** A shipped file's bytes: handed to the worker as they are, never decoded to a string here. */
async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(t('db.fetchFailed', { url, status: String(res.status) }));
  return new Uint8Array(await res.arrayBuffer());
}

let started: Promise<Connector> | null = null;

export function startDatabase(
  onProgress: (p: StartProgress) => void = () => {},
  restore: (conn: Connector) => Promise<unknown> = async () => {},
): Promise<Connector> {
  if (started) return started;
  started = (async () => {
    const total = TABLES.length + 1;
    let done = 0;
    onProgress({ phase: 'engine', done, total, label: t('db.engine') });
    // Fetch the files while the engine instantiates.
    const files = new Map(TABLES.map((t) => [t.name, fetchBytes(urlFor(t.name))]));
    files.forEach((p) => p.catch(() => {})); // awaited below; avoid unhandled rejections meanwhile
    performance.mark('duckdb-start');
    // The engine's JavaScript (DuckDB-WASM's API and apache-arrow) is a chunk of its own: the first
    // view draws from the build-time snapshot without it, so it need not hold up the first paint.
    const { openBrowserDb } = await import('./browser');
    const conn = await openBrowserDb();
    await conn.query({ sql: 'SELECT 1 AS one', params: [] });
    performance.measure('duckdb-ready', 'duckdb-start');
    done += 1;
    onProgress({ phase: 'tables', done, total, label: t('db.reading') });
    await loadTables(
      conn,
      (spec) => files.get(spec.name) ?? Promise.reject(new Error(t('db.unknownTable', { table: spec.name }))),
      (spec) => {
        done += 1;
        onProgress({ phase: 'tables', done, total, label: t('db.readTable', { table: spec.name }) });
      },
    );
    onProgress({ phase: 'tables', done, total, label: t('db.restoring') });
    await restore(conn);
    performance.mark('data-ready');
    onProgress({ phase: 'ready', done: total, total, label: t('db.done') });
    return conn;
  })();
  return started;
}
