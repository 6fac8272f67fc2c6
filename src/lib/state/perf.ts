/** Performance marks and counters the benchmark and the browser tests read. */
import type { QueryStats } from '../data/coordinator';
import type { Connector, QueryParam, Row } from '../db/types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/state';

let marked = false;

export function markFirstChart(): void {
  if (marked || typeof performance === 'undefined') return;
  marked = true;
  // After the browser has painted the frame that holds the chart.
  requestAnimationFrame(() => performance.mark('first-chart'));
}

declare global {
  interface Window {
    /** The coordinator's counters (queries sent, cached, shared, skipped, writes). */
    __mblQueries?: QueryStats;
    /** A read on DuckDB's own connection, past the coordinator: the bench's raw baseline. */
    __mblRawQuery?: (sql: string, params: QueryParam[]) => Promise<Row[]>;
  }
}

/** Makes the coordinator's counters readable from the page (tests, bench). */
export function exposeQueryStats(stats: QueryStats): void {
  if (typeof window !== 'undefined') window.__mblQueries = stats;
}

/** Lets the bench time a query on the engine itself (reads only: the SQL must start with SELECT). */
export function exposeRawQuery(engine: Connector): void {
  if (typeof window === 'undefined') return;
  window.__mblRawQuery = (sql, params) => {
    if (!/^\s*SELECT\b/i.test(sql)) return Promise.reject(new Error(t('state.onlySelect')));
    return engine.query({ sql, params });
  };
}
