/**
 * The activity log's state: local changes (kept in IndexedDB, one versioned entry per record)
 * applied to the `activities` table, so every chart and the report read the edited data through
 * DuckDB at once. Other open tabs are told of each change and take it over; an edit of a record
 * that another tab changed in the meantime is not saved over it but held as a conflict to decide.
 */
import type { Connector } from '../db/types';
import { applyChanges, type ActivityChanges } from '../activity-log/changes';
import { broadcastChannel, type ChangeChannel, type ChangeMessage } from '../activity-log/channel';
import { idbChangeStore, toChanges, type ChangeStore, type StoredChange } from '../activity-log/store';
import type { ActivityRecord } from '../activity-log/record';
import { t } from '../i18n/catalogue';
import '../i18n/messages/activitylog-store';

export interface Conflict {
  id: string;
  /** What this tab tried to save. */
  mine: ActivityRecord | null;
  /** What another tab saved in the meantime (already shown here). */
  theirs: StoredChange;
}

export interface ActivityLogDeps {
  store?: ChangeStore;
  channel?: ChangeChannel;
  /** Reloads the shipped activities into their table (after every local change is dropped). */
  reloadShipped?: () => Promise<void>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class ActivityLogState {
  changes = $state<ActivityChanges>({});
  versions = $state<Record<string, number>>({});
  error = $state<string | null>(null);
  conflict = $state<Conflict | null>(null);
  readonly #conn: Connector;
  readonly #afterChange: () => Promise<void>;
  readonly #store: ChangeStore;
  readonly #channel: ChangeChannel;
  readonly #reloadShipped: () => Promise<void>;

  constructor(conn: Connector, afterChange: () => Promise<void>, deps: ActivityLogDeps = {}) {
    this.#conn = conn;
    this.#afterChange = afterChange;
    this.#store = deps.store ?? idbChangeStore();
    this.#channel = deps.channel ?? broadcastChannel();
    this.#reloadShipped = deps.reloadShipped ?? (async () => {});
  }

  get count(): number {
    return Object.keys(this.changes).length;
  }

  /** The version of a record this tab last saw (0: never changed here or elsewhere). */
  versionOf(id: string): number {
    return this.versions[id] ?? 0;
  }

  /** Replays the stored changes over freshly loaded tables (at start-up), then listens to the other tabs. */
  async restore(): Promise<void> {
    try {
      const stored = await this.#store.load();
      await applyChanges(this.#conn, toChanges(stored));
      this.#take(stored);
    } catch (e) {
      this.error = t('activitylog.store.read', { error: message(e) });
    }
    this.#channel.listen((m) => void this.#onRemote(m));
  }

  #take(stored: readonly StoredChange[]): void {
    this.changes = { ...$state.snapshot(this.changes), ...toChanges(stored) };
    this.versions = { ...this.versions, ...Object.fromEntries(stored.map((s) => [s.id, s.version])) };
  }

  async #onRemote(m: ChangeMessage): Promise<void> {
    try {
      if (m.kind === 'cleared') {
        await this.#reloadShipped();
        this.changes = {};
        this.versions = {};
      } else {
        const stored = await this.#store.get(m.id);
        if (!stored) return;
        await applyChanges(this.#conn, { [m.id]: stored.record });
        this.#take([stored]);
      }
      await this.#afterChange();
    } catch (e) {
      this.error = t('activitylog.store.otherTab', { error: message(e) });
    }
  }

  /**
   * Stores and applies one record, from the version the edit started at (default: the one this
   * tab knows). False, with `error` or `conflict` set, when it was not saved.
   */
  save(record: ActivityRecord, baseVersion = this.versionOf(record.activity_id)): Promise<boolean> {
    return this.#change(record.activity_id, record, baseVersion);
  }

  /**
   * Saves a new record; when another tab took the same id in the same second, the next free id
   * (from `nextId`) is used instead of raising a conflict over a record nobody edited.
   */
  async saveNew(record: ActivityRecord, nextId: (taken: ReadonlySet<string>) => string): Promise<ActivityRecord | null> {
    let candidate = record;
    const taken = new Set<string>();
    for (let attempt = 0; attempt < 5; attempt++) {
      if (await this.#change(candidate.activity_id, candidate, 0)) return candidate;
      if (!this.conflict) return null;
      this.conflict = null;
      taken.add(candidate.activity_id);
      candidate = { ...candidate, activity_id: nextId(taken) };
    }
    return null;
  }

  remove(activityId: string, baseVersion = this.versionOf(activityId)): Promise<boolean> {
    return this.#change(activityId, null, baseVersion);
  }

  /** The user's answer to a conflict: save this tab's version over the other's, or keep the other's. */
  async resolve(overwrite: boolean): Promise<boolean> {
    const c = this.conflict;
    this.conflict = null;
    if (!c || !overwrite) return false;
    return this.#change(c.id, c.mine, c.theirs.version);
  }

  async #change(id: string, record: ActivityRecord | null, base: number): Promise<boolean> {
    // IndexedDB stores plain objects, not Svelte's state proxies.
    const plain = record ? ({ ...$state.snapshot(record) } as ActivityRecord) : null;
    this.error = null;
    let saved: Awaited<ReturnType<ChangeStore['save']>>;
    try {
      saved = await this.#store.save(id, plain, base);
    } catch (e) {
      this.error = t('activitylog.store.save', { error: message(e) });
      return false;
    }
    if (!saved.ok) {
      // Show what the other tab saved, and let the user decide.
      await applyChanges(this.#conn, { [id]: saved.current.record }).catch(() => {});
      this.#take([saved.current]);
      this.conflict = { id, mine: plain, theirs: saved.current };
      await this.#afterChange();
      return false;
    }
    try {
      await applyChanges(this.#conn, { [id]: plain });
    } catch (e) {
      const previous = ($state.snapshot(this.changes) as ActivityChanges)[id];
      await (previous === undefined ? this.#store.remove(id) : this.#store.save(id, previous, saved.version)).catch(() => {});
      this.error = t('activitylog.store.apply', { error: message(e) });
      return false;
    }
    this.#take([{ id, record: plain, version: saved.version }]);
    this.#channel.post({ kind: 'saved', id });
    await this.#afterChange();
    return true;
  }

  /** Forgets every local change, in every tab, and reloads the shipped activities. */
  async discard(reloadActivities: () => Promise<void> = this.#reloadShipped): Promise<void> {
    await this.#store.clear();
    await reloadActivities();
    this.changes = {};
    this.versions = {};
    this.#channel.post({ kind: 'cleared' });
    await this.#afterChange();
  }
}
