/**
 * The database starts once, behind one promise: the engine and the shipped CSV files are
 * fetched side by side, and progress is reported as each table lands. What happens after the
 * shipped tables are in (replaying the user's saved imports) is passed in by the caller, so the
 * engine does not import the folders built on it.
 */
import { t } from '../i18n/catalogue';
import { loadTables } from './load';
import { TABLES } from './schema';
import type { Connector } from './types';
import '../i18n/messages/shell';

export interface StartProgress {
  phase: 'engine' | 'tables' | 'ready';
  /** Steps finished: the engine counts as one, each table as one. */
  done: number;
  total: number;
  label: string;
}

// Every top-level data/*.csv, emitted by Vite as a hashed asset on this origin.
const DATA_URLS = import.meta.glob('../../../data/*.csv', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

function urlFor(table: string): string {
  const entry = Object.entries(DATA_URLS).find(([path]) => path.endsWith(`/${table}.csv`));
  if (!entry) throw new Error(t('db.missingFile', { table }));
  return entry[1];
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(t('db.fetchFailed', { url, status: String(res.status) }));
  return res.text();
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
    const texts = new Map(TABLES.map((t) => [t.name, fetchText(urlFor(t.name))]));
    texts.forEach((p) => p.catch(() => {})); // awaited below; avoid unhandled rejections meanwhile
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
      (spec) => texts.get(spec.name) ?? Promise.reject(new Error(t('db.unknownTable', { table: spec.name }))),
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
