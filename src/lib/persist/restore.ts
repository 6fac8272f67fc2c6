/** Start-up: the imports kept in this browser are applied again on top of the shipped tables. */
import { duckDbMessage } from '../db/errors';
import type { Connector } from '../db/types';
import { applyImport } from '../import/staging';
import { idbAvailable, idbStore } from './idb';
import { opfsAvailable, opfsStore } from './opfs';
import { CorruptIndexError, memoryStore, type ImportStore, type StoredImport } from './store';
import { t } from '../i18n/catalogue';
import '../i18n/messages/persist';

let chosen: ImportStore | null = null;

/** OPFS where the browser has it, else IndexedDB, else memory (nothing survives a reload). */
export function browserStore(): ImportStore {
  chosen ??= opfsAvailable() ? opfsStore() : idbAvailable() ? idbStore() : memoryStore();
  return chosen;
}

export interface Unrestored {
  meta: StoredImport;
  /** Why it could not be applied, in Swedish. */
  reason: string;
}

export interface Restored {
  restored: StoredImport[];
  /** Kept imports that could not be applied: listed to the user with Retry and Remove. */
  failed: Unrestored[];
  /** The list of kept imports could not be read; null when it could (or storage is blocked). */
  indexError: string | null;
}

const reasonOf = (e: unknown) => duckDbMessage(e).replace(/^DuckDB: /, '');

/** Applies one kept import again (start-up, or the user's "Försök igen"). */
export async function applyKept(conn: Connector, store: ImportStore, meta: StoredImport): Promise<void> {
  let csv: string;
  try {
    csv = await store.read(meta.id);
  } catch {
    throw new Error(t('data.persist.gone'));
  }
  await applyImport(conn, meta.target, csv);
}

export async function restoreImports(conn: Connector, store: ImportStore = browserStore()): Promise<Restored> {
  const result: Restored = { restored: [], failed: [], indexError: null };
  let kept: StoredImport[];
  try {
    kept = await store.list();
  } catch (e) {
    // A blocked storage (private window, policy) means nothing is kept; a broken list is reported.
    if (e instanceof CorruptIndexError) result.indexError = e.message;
    return result;
  }
  for (const meta of kept) {
    try {
      await applyKept(conn, store, meta);
      result.restored.push(meta);
    } catch (e) {
      result.failed.push({ meta, reason: reasonOf(e) });
    }
  }
  return result;
}
