/** Imports in IndexedDB, for browsers without OPFS: one record `{ meta, csv }` per import. */
import type { ImportStore, StoredImport } from './store';
import { t } from '../i18n/catalogue';
import '../i18n/messages/persist';

const DB = 'medborgarlofte';
const STORE = 'imports';

interface Item {
  meta: StoredImport;
  csv: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = work(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

export function idbAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export function idbStore(): ImportStore {
  return {
    async list() {
      const items = (await tx('readonly', (s) => s.getAll())) as Item[]; // only this module writes the store
      return items.map((i) => i.meta).sort((a, b) => a.loadedAt.localeCompare(b.loadedAt));
    },
    async read(id) {
      const item = (await tx('readonly', (s) => s.get(id))) as Item | undefined;
      if (!item) throw new Error(t('data.persist.notFound', { id }));
      return item.csv;
    },
    async save(meta, csv) {
      await tx('readwrite', (s) => s.put({ meta, csv } satisfies Item, meta.id));
    },
    async remove(id) {
      await tx('readwrite', (s) => s.delete(id));
    },
    async clear() {
      await tx('readwrite', (s) => s.clear());
    },
  };
}
