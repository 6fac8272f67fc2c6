/** Start-up: the imports kept in this browser are applied again on top of the shipped tables. */
import type { Connector } from '../db/types';
import { applyImport } from '../import/staging';
import { idbAvailable, idbStore } from './idb';
import { opfsAvailable, opfsStore } from './opfs';
import { memoryStore, type ImportStore, type StoredImport } from './store';

let chosen: ImportStore | null = null;

/** OPFS where the browser has it, else IndexedDB, else memory (nothing survives a reload). */
export function browserStore(): ImportStore {
  chosen ??= opfsAvailable() ? opfsStore() : idbAvailable() ? idbStore() : memoryStore();
  return chosen;
}

export interface Restored {
  restored: StoredImport[];
  /** Kept imports that could not be applied (their file names). */
  failed: string[];
}

export async function restoreImports(conn: Connector, store: ImportStore = browserStore()): Promise<Restored> {
  const result: Restored = { restored: [], failed: [] };
  let kept: StoredImport[];
  try {
    kept = await store.list();
  } catch {
    return result; // storage blocked (private window, policy): start with the shipped data
  }
  for (const meta of kept) {
    try {
      await applyImport(conn, meta.target, await store.read(meta.id));
      result.restored.push(meta);
    } catch {
      result.failed.push(meta.fileName);
    }
  }
  return result;
}
