/** The app once the database is up: the connection, what the data contain, and the filters. */
import type { Connector } from '../db/types';
import { FilterState } from './filters.svelte';
import { defaultFilters, knownValues, loadMeta, type Meta } from './meta';
import { dataChanged } from './query.svelte';
import { ActivityLogState } from './activity-log.svelte';
import { TABLES } from '../db/schema';
import { reloadShippedAtomically } from '../db/load';
import { Coordinator } from '../data/coordinator';
import { exposeQueryStats, exposeRawQuery } from './perf';

export interface ReadyApp {
  /** Reads for the views: cached, de-duplicated, invalidated per table (the coordinator). */
  conn: Connector;
  /** The writing connection, for imports and edits (their reads see their own transaction). */
  writer: Connector;
  meta: Meta;
  filters: FilterState;
  log: ActivityLogState;
}

export class AppState {
  ready = $state<ReadyApp | null>(null);
  error = $state<string | null>(null);

  constructor(db: Promise<Connector>, location: Location, history: History) {
    db.then(async (engine) => {
      const conn = await Coordinator.open(engine);
      exposeQueryStats(conn.stats);
      exposeRawQuery(engine);
      const writer = conn.writer;
      const log = new ActivityLogState(writer, () => this.refresh(), { reloadShipped: () => this.reloadShippedActivities() });
      await log.restore();
      const meta = await loadMeta(conn);
      const filters = new FilterState(knownValues(meta), defaultFilters(meta), location, history);
      this.ready = { conn, writer, meta, filters, log };
    }).catch((e: unknown) => {
      this.error = e instanceof Error ? e.message : String(e);
    });
  }

  /**
   * Call after the tables changed (an import, an edit): reloads what the data contain, updates
   * the filters' known values and defaults, and makes every query run again.
   */
  /** Reloads the shipped activities file into its table (after local changes are discarded). */
  async reloadShippedActivities(): Promise<void> {
    const spec = TABLES.find((t) => t.name === 'activities');
    if (this.ready && spec) await reloadShippedAtomically(this.ready.writer, spec);
  }

  async refresh(): Promise<void> {
    const ready = this.ready;
    if (!ready) return;
    const meta = await loadMeta(ready.conn);
    ready.filters.setData(knownValues(meta), defaultFilters(meta));
    this.ready = { ...ready, meta };
    dataChanged();
  }
}
