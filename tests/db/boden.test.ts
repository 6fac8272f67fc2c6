/** A municipality shipped without crime data (Boden 2582) receives a BRÅ file and has data everywhere. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { importPrepared } from '../../src/lib/persist/imports';
import { memoryStore } from '../../src/lib/persist/store';
import { loadMeta, openingYear } from '../../src/lib/state/meta';
import { mapRatesQuery, type MapRateRow } from '../../src/lib/queries/map';
import { BODEN_NAME, bodenBraScrape, input, utf8 } from '../fixtures/import/files';

let conn: Connector;
beforeAll(async () => {
  conn = await openNodeDbWithData();
});

describe('Boden', () => {
  it('imports a BRÅ statistics-database file for Boden: every row stored, none skipped', async () => {
    const ctx = await loadContext(conn);
    const p = await prepareImport(conn, input(BODEN_NAME, utf8(bodenBraScrape())), ctx);
    const done = await importPrepared(conn, memoryStore(), p, p.mapping, ctx);
    expect(done.stored.rows).toBe(7 * 5);
    expect(done.notes.join(' ')).not.toMatch(/hoppades över/);
    const rows = await conn.query({ sql: "SELECT year, count, preliminary, source FROM crimes WHERE kommunkod = '2582' AND category_id = 'skadegorelse' ORDER BY year", params: [] });
    // The fixture's skadegörelse row: 402, 377, 391, 356, 371 (2016 "prel.").
    expect(rows.map((r) => r.count)).toEqual([402, 377, 391, 356, 371]);
    expect(rows.map((r) => r.preliminary)).toEqual([false, false, false, false, true]);
    expect(rows[0]?.source).toBe(`BRÅ (import: ${BODEN_NAME})`);

    const meta = await loadMeta(conn);
    expect(meta.municipalities.find((m) => m.kommunkod === '2582')).toMatchObject({ has_crimes: true, latest_real_year: 2016 });
    expect(openingYear(meta, '2582')).toBe(2016);
    const map = await run<MapRateRow>(conn, mapRatesQuery({ categoryId: 'skadegorelse', year: 2016 }));
    // 371 / 28 042 (Kolada, Boden 2016) × 100 000 = 1 323,0.
    expect(map.find((r) => r.kommunkod === '2582')?.rate).toBeCloseTo(1323.015, 2);
    expect(map).toHaveLength(10);
  });
});
