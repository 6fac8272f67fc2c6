/**
 * The activity log's state: local changes (kept in IndexedDB) applied to the `activities` table,
 * so every chart and the report read the edited data through DuckDB at once.
 */
import type { Connector } from '../db/types';
import { applyChanges, type ActivityChanges } from '../activity-log/changes';
import { clearChanges, loadChanges, saveChanges } from '../activity-log/store';
import type { ActivityRecord } from '../activity-log/record';

export class ActivityLogState {
  changes = $state<ActivityChanges>({});
  error = $state<string | null>(null);
  readonly #conn: Connector;
  readonly #afterChange: () => Promise<void>;

  constructor(conn: Connector, afterChange: () => Promise<void>) {
    this.#conn = conn;
    this.#afterChange = afterChange;
  }

  get count(): number {
    return Object.keys(this.changes).length;
  }

  /** Replays the stored changes over freshly loaded tables (at start-up). */
  async restore(): Promise<void> {
    try {
      const stored = await loadChanges();
      await applyChanges(this.#conn, stored);
      this.changes = stored;
    } catch (e) {
      this.error = `Lokala ändringar kunde inte läsas in: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  /** Stores and applies one record; false (with `error` set) when it could not be done. */
  save(record: ActivityRecord): Promise<boolean> {
    return this.#change(record.activity_id, record);
  }

  remove(activityId: string): Promise<boolean> {
    return this.#change(activityId, null);
  }

  async #change(id: string, record: ActivityRecord | null): Promise<boolean> {
    // IndexedDB stores plain objects, not Svelte's state proxies.
    const previous = $state.snapshot(this.changes) as ActivityChanges;
    const next: ActivityChanges = { ...previous, [id]: record ? { ...record } : null };
    this.error = null;
    try {
      await saveChanges(next);
    } catch (e) {
      this.error = `Ändringen kunde inte sparas i webbläsaren: ${e instanceof Error ? e.message : String(e)}`;
      return false;
    }
    try {
      await applyChanges(this.#conn, { [id]: next[id] ?? null });
    } catch (e) {
      await saveChanges(previous);
      this.error = `Ändringen kunde inte göras: ${e instanceof Error ? e.message : String(e)}`;
      return false;
    }
    this.changes = next;
    await this.#afterChange();
    return true;
  }

  /** Forgets every local change and reloads the shipped activities. */
  async discard(reloadActivities: () => Promise<void>): Promise<void> {
    await clearChanges();
    await reloadActivities();
    this.changes = {};
    await this.#afterChange();
  }
}
