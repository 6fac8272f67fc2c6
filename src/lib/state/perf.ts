/** Performance marks and counters the benchmark and the browser tests read. */
import type { QueryStats } from '../data/coordinator';

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
  }
}

/** Makes the coordinator's counters readable from the page (tests, bench). */
export function exposeQueryStats(stats: QueryStats): void {
  if (typeof window !== 'undefined') window.__mblQueries = stats;
}
