/**
 * Where imports are kept between visits: the browser's origin private file system (OPFS), or
 * IndexedDB where OPFS is missing, or memory (Node tests, private windows without storage).
 * What is kept is the validated CSV, so a restore never parses a file again.
 */
import type { Revisions } from '../import/revisions';
import type { Target } from '../import/types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/persist';

export interface StoredImport {
  id: string;
  fileName: string;
  target: Target;
  /** The rows' `source`, e.g. `BRÅ (import: fil.csv)`. */
  source: string;
  rows: number;
  years: [number, number] | null;
  municipalities: number;
  /** ISO timestamp. */
  loadedAt: string;
  /** Values this import replaced with different ones, kept so the Data view lists them after a reload. */
  revisions?: Revisions;
}

/** The list of kept imports exists but cannot be read: reported, never taken as "no imports". */
export class CorruptIndexError extends Error {}

export interface ImportStore {
  /** In the order they were imported. */
  list(): Promise<StoredImport[]>;
  read(id: string): Promise<string>;
  save(meta: StoredImport, csv: string): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

export function memoryStore(): ImportStore {
  const items = new Map<string, { meta: StoredImport; csv: string }>();
  return {
    list: async () => [...items.values()].map((i) => i.meta),
    read: async (id) => {
      const item = items.get(id);
      if (!item) throw new Error(t('data.persist.notFound', { id }));
      return item.csv;
    },
    save: async (meta, csv) => void items.set(meta.id, { meta, csv }),
    remove: async (id) => void items.delete(id),
    clear: async () => items.clear(),
  };
}
