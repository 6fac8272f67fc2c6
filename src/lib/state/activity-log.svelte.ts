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

  async save(record: ActivityRecord): Promise<void> {
    await this.#change(record.activity_id, record);
  }

  async remove(activityId: string): Promise<void> {
    await this.#change(activityId, null);
  }

  async #change(id: string, record: ActivityRecord | null): Promise<void> {
    const next = { ...this.changes, [id]: record };
    await applyChanges(this.#conn, { [id]: record });
    await saveChanges(next);
    this.changes = next;
    await this.#afterChange();
  }

  /** Forgets every local change and reloads the shipped activities. */
  async discard(reloadActivities: () => Promise<void>): Promise<void> {
    await clearChanges();
    await reloadActivities();
    this.changes = {};
    await this.#afterChange();
  }
}
