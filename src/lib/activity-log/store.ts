/** Local activity changes kept in the browser's IndexedDB, so they survive a reload. */
import type { ActivityChanges } from './changes';

const DB_NAME = 'medborgarlofte-aktivitetslogg';
const STORE = 'changes';
const KEY = 'activities';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB kunde inte öppnas'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-fel'));
    });
  } finally {
    db.close();
  }
}

export function isStorageAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export async function loadChanges(): Promise<ActivityChanges> {
  if (!isStorageAvailable()) return {};
  const value = await withStore<unknown>('readonly', (s) => s.get(KEY));
  return value && typeof value === 'object' ? (value as ActivityChanges) : {};
}

export async function saveChanges(changes: ActivityChanges): Promise<void> {
  await withStore('readwrite', (s) => s.put(changes, KEY));
}

export async function clearChanges(): Promise<void> {
  if (!isStorageAvailable()) return;
  await withStore('readwrite', (s) => s.delete(KEY));
}
