/**
 * A re-import's revised values are kept with the import, so the Data view lists them after a
 * reload: the same file imported again with a changed August, then a fresh database restored
 * from the kept imports (their index round-tripped through JSON, as OPFS keeps it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { keptRevisions } from '../../src/lib/import/revisions';
import { importPrepared, removeImport } from '../../src/lib/persist/imports';
import { restoreImports } from '../../src/lib/persist/restore';
import type { ImportStore, StoredImport } from '../../src/lib/persist/store';
import { extract, MONTHLY, YEARLY, type Cell } from '../fixtures/import/bra-extract';
import { input, utf8 } from '../fixtures/import/files';

/** A store that keeps its index as JSON text, like `opfs.ts` (`index.json`). */
function jsonStore(): ImportStore {
  let index = '[]';
  const csvs = new Map<string, string>();
  const list = () => JSON.parse(index) as StoredImport[];
  return {
    list: async () => list(),
    read: async (id) => csvs.get(id) ?? Promise.reject(new Error(id)),
    save: async (meta, csv) => {
      csvs.set(meta.id, csv);
      index = JSON.stringify([...list().filter((m) => m.id !== meta.id), meta]);
    },
    remove: async (id) => {
      csvs.delete(id);
      index = JSON.stringify(list().filter((m) => m.id !== id));
    },
    clear: async () => {
      csvs.clear();
      index = '[]';
    },
  };
}

const store = jsonStore();
let conn: Connector;
async function importText(c: Connector, name: string, text: string) {
  const ctx = await loadContext(c);
  const p = await prepareImport(c, input(name, utf8(text)), ctx);
  return importPrepared(c, store, p, p.mapping, ctx);
}
const aug = (c: Connector) => c.query({ sql: "SELECT count FROM crimes_period WHERE period_key = '2026-08' AND kommunkod = '1493' AND category_id = 'totalt'", params: [] });

// Mariestad: August 2026 (preliminary) 180, and the year 2024 1 000; then the same file again with 175 and 1 000.
const first: Cell[] = [
  { year: 2026, month: 8, place: 'Mariestad', regionId: 1071, crime: MONTHLY.totalt!, count: 180, preliminary: true },
  { year: 2024, place: 'Mariestad', regionId: 1071, crime: YEARLY.totalt!, count: 1000 },
];
const second: Cell[] = [{ ...first[0]!, count: 175 }, first[1]!];

describe('revisions kept with the import', () => {
  beforeAll(async () => {
    conn = await openNodeDbWithData();
  });

  it('keeps nothing for a first import over example data, and old → new for the re-import of the same file', async () => {
    const a = await importText(conn, 'bra-augusti.csv', extract(first));
    expect(a.stored.revisions).toBeUndefined(); // 2024 replaced example data: not a revision
    const b = await importText(conn, 'bra-augusti.csv', extract(second));
    const kept = await store.list();
    expect(kept.map((k) => k.id)).toEqual([b.stored.id]); // the same file replaced its earlier import
    const r = keptRevisions(kept[0]!.revisions);
    expect(r?.total).toBe(1);
    expect(r?.list).toEqual([{ period: '2026-08', municipality: 'Mariestad', category: 'Totalt antal brott', old: 180, new: 175, oldSource: 'BRÅ (import: bra-augusti.csv)' }]);
  });

  it('reads them back after a reload (a fresh database restored from the kept imports)', async () => {
    const fresh = await openNodeDbWithData();
    const restored = await restoreImports(fresh, store);
    expect(restored.failed).toEqual([]);
    expect(await aug(fresh)).toEqual([{ count: 175 }]);
    const r = keptRevisions((await store.list())[0]!.revisions);
    expect(r?.list.map((x) => [x.period, x.old, x.new])).toEqual([['2026-08', 180, 175]]);
  });

  it('goes with the import when it is removed', async () => {
    const [k] = await store.list();
    await removeImport(conn, store, k!.id);
    expect(await store.list()).toEqual([]);
  });
});

describe('keptRevisions', () => {
  it('refuses what this module did not write', () => {
    expect(keptRevisions(undefined)).toBeNull();
    expect(keptRevisions({ list: [], total: 0 })).toBeNull();
    expect(keptRevisions({ list: [{ period: '2025' }], total: 1 })).toBeNull();
    expect(keptRevisions({ list: [], total: 'x' })).toBeNull();
    const ok = { list: [{ period: '2025', municipality: 'Hjo', category: 'Totalt antal brott', old: null, new: 4, oldSource: 'BRÅ' }], total: 3 };
    expect(keptRevisions(ok)).toEqual(ok);
  });
});
