/**
 * Local activity changes kept in the browser's IndexedDB, one entry per activity id with a
 * version, so two tabs never overwrite each other's edits: a save names the version it started
 * from, and is refused (with what is stored now) when another tab saved in between. IndexedDB
 * runs readwrite transactions on one store one at a time, which makes the check-and-put atomic.
 */
import type { ActivityChanges } from './changes';
import type { ActivityRecord } from './record';
import { t } from '../i18n/catalogue';
import '../i18n/messages/activitylog-store';

export interface StoredChange {
  id: string;
  /** The record as it is now, or null when it was deleted. */
  record: ActivityRecord | null;
  /** 1 for the first save of this id, one more for each save after it. */
  version: number;
}

export type SaveResult = { ok: true; version: number } | { ok: false; current: StoredChange };

export interface ChangeStore {
  load(): Promise<StoredChange[]>;
  get(id: string): Promise<StoredChange | null>;
  /** Saves when the stored version is `expected` (0: nothing stored yet). */
  save(id: string, record: ActivityRecord | null, expected: number): Promise<SaveResult>;
  /** Drops the entry of one id (a save undone because the table could not take it). */
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

export function toChanges(stored: readonly StoredChange[]): ActivityChanges {
  return Object.fromEntries(stored.map((s) => [s.id, s.record]));
}

const DB_NAME = 'medborgarlofte-aktivitetslogg';
const OLD_STORE = 'changes'; // version 1: the whole change set under one key (last writer won)
const STORE = 'records';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      const records = db.createObjectStore(STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(OLD_STORE)) return;
      // Carry version 1's change set over, one entry per id.
      const old = req.transaction?.objectStore(OLD_STORE).get('activities');
      if (old) {
        old.onsuccess = () => {
          const changes = (old.result ?? {}) as ActivityChanges;
          for (const [id, record] of Object.entries(changes)) records.put({ id, record, version: 1 } satisfies StoredChange);
          db.deleteObjectStore(OLD_STORE);
        };
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(t('activitylog.store.open')));
  });
}

async function transaction<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore, done: (value: T) => void) => void): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      let result: T;
      work(tx.objectStore(STORE), (v) => (result = v));
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-fel'));
      tx.onabort = () => reject(tx.error ?? new Error(t('activitylog.store.aborted')));
    });
  } finally {
    db.close();
  }
}

export function isStorageAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export function idbChangeStore(): ChangeStore {
  return {
    load: () => (isStorageAvailable() ? transaction<StoredChange[]>('readonly', (s, done) => {
      const req = s.getAll();
      req.onsuccess = () => done(req.result as StoredChange[]); // written only by this module
    }) : Promise.resolve([])),
    get: (id) => transaction<StoredChange | null>('readonly', (s, done) => {
      const req = s.get(id);
      req.onsuccess = () => done((req.result as StoredChange | undefined) ?? null);
    }),
    save: (id, record, expected) => transaction<SaveResult>('readwrite', (s, done) => {
      const req = s.get(id);
      req.onsuccess = () => {
        const current = (req.result as StoredChange | undefined) ?? null;
        if ((current?.version ?? 0) !== expected && current) return done({ ok: false, current });
        const next: StoredChange = { id, record, version: expected + 1 };
        s.put(next);
        done({ ok: true, version: next.version });
      };
    }),
    remove: (id) => transaction<void>('readwrite', (s) => void s.delete(id)),
    clear: () => (isStorageAvailable() ? transaction<void>('readwrite', (s) => void s.clear()) : Promise.resolve()),
  };
}

/** The same contract in memory, for tests and browsers without IndexedDB. */
export function memoryChangeStore(): ChangeStore {
  const items = new Map<string, StoredChange>();
  return {
    load: async () => [...items.values()].map((i) => ({ ...i })),
    get: async (id) => (items.has(id) ? { ...items.get(id)! } : null),
    save: async (id, record, expected) => {
      const current = items.get(id);
      if (current && current.version !== expected) return { ok: false, current: { ...current } };
      items.set(id, { id, record, version: expected + 1 });
      return { ok: true, version: expected + 1 };
    },
    remove: async (id) => void items.delete(id),
    clear: async () => items.clear(),
  };
}
