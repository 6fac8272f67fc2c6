/** The app once the database is up: the connection, what the data contain, and the filters. */
import type { Connector } from '../db/types';
import { FilterState } from './filters.svelte';
import { defaultFilters, knownValues, loadMeta, type Meta } from './meta';
import { dataChanged } from './query.svelte';

export interface ReadyApp {
  conn: Connector;
  meta: Meta;
  filters: FilterState;
}

export class AppState {
  ready = $state<ReadyApp | null>(null);
  error = $state<string | null>(null);

  constructor(db: Promise<Connector>, location: Location, history: History) {
    db.then(async (conn) => {
      const meta = await loadMeta(conn);
      const filters = new FilterState(knownValues(meta), defaultFilters(meta), location, history);
      this.ready = { conn, meta, filters };
    }).catch((e: unknown) => {
      this.error = e instanceof Error ? e.message : String(e);
    });
  }

  /**
   * Call after the tables changed (an import, an edit): reloads what the data contain, updates
   * the filters' known values and defaults, and makes every query run again.
   */
  async refresh(): Promise<void> {
    const ready = this.ready;
    if (!ready) return;
    const meta = await loadMeta(ready.conn);
    ready.filters.setData(knownValues(meta), defaultFilters(meta));
    this.ready = { ...ready, meta };
    dataChanged();
  }
}
