/** Import, remove and reset: the tables and the kept copies change together. */
import type { Connector } from '../db/types';
import { convertOffMainThread, type ConvertOptions } from '../import/convert-off-main';
import type { Converted, Prepared } from '../import/convert-prepared';
import { applyImport, rebuild } from '../import/staging';
import { findRevisions, type Revisions } from '../import/revisions';
import type { ImportContext, Mapping } from '../import/types';
import type { ImportStore, StoredImport } from './store';
import { t } from '../i18n/catalogue';
import '../i18n/messages/persist';

export interface ImportDone {
  stored: StoredImport;
  notes: string[];
  /** Values this import replaced with different ones (old → new); example data not counted. */
  revisions: Revisions;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

async function withCsv(store: ImportStore, metas: readonly StoredImport[]) {
  return Promise.all(metas.map(async (m) => ({ target: m.target, csv: await store.read(m.id) })));
}

/**
 * Validates, writes (all or nothing) and keeps the import. The same file imported again
 * replaces its earlier import. `converted`: the rows the user confirmed in the preview; without
 * them the file is converted here (in a worker in the browser).
 */
export async function importPrepared(
  conn: Connector,
  store: ImportStore,
  p: Prepared,
  mapping: Mapping,
  ctx: ImportContext,
  converted?: Converted,
  opts: ConvertOptions = {},
): Promise<ImportDone> {
  const c = converted ?? (await convertOffMainThread(p, mapping, ctx, opts));
  const revisions = c.target === 'crimes' ? await findRevisions(conn, c.target, c.csv) : { list: [], total: 0 };
  const kept = await store.list().catch(() => [] as StoredImport[]);
  const same = kept.filter((m) => m.source === c.source && m.target === c.target);
  if (same.length > 0) {
    const others = kept.filter((m) => !same.includes(m));
    await rebuild(conn, [...(await withCsv(store, others)), { target: c.target, csv: c.csv }]);
  } else {
    await applyImport(conn, c.target, c.csv);
  }
  const stored: StoredImport = {
    id: newId(),
    fileName: p.fileName,
    target: c.target,
    source: c.source,
    rows: c.rows,
    years: c.years,
    municipalities: c.municipalities,
    loadedAt: new Date().toISOString(),
    ...(revisions.total > 0 ? { revisions } : {}),
  };
  const notes = [...c.notes];
  try {
    await store.save(stored, c.csv);
    for (const m of same) await store.remove(m.id);
  } catch {
    notes.push(t('data.persist.notSaved'));
  }
  return { stored, notes, revisions };
}

/** Removes one import: the shipped rows it replaced come back, later imports stay. */
export async function removeImport(conn: Connector, store: ImportStore, id: string): Promise<void> {
  const rest = (await store.list()).filter((m) => m.id !== id);
  await rebuild(conn, await withCsv(store, rest));
  await store.remove(id);
}

/** Back to the shipped data: every import is dropped, here and in the browser's storage. */
export async function resetImports(conn: Connector, store: ImportStore): Promise<void> {
  await rebuild(conn, []);
  await store.clear();
}
