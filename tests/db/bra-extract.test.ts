/**
 * BRÅ statistics-database extracts in the real column layout, into real DuckDB: mixed levels and
 * period types for several municipalities, years made from 12 months only, BRÅ's own categories
 * kept with level and parent, and a re-import that lists the values it revised.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { importPrepared, removeImport } from '../../src/lib/persist/imports';
import { memoryStore } from '../../src/lib/persist/store';
import { extract, MONTHLY, YEARLY, type Cell } from '../fixtures/import/bra-extract';
import { input, utf8 } from '../fixtures/import/files';

let conn: Connector;
const store = memoryStore();
beforeAll(async () => {
  conn = await openNodeDbWithData();
});

async function importText(name: string, text: string) {
  const ctx = await loadContext(conn);
  const p = await prepareImport(conn, input(name, utf8(text)), ctx);
  return importPrepared(conn, store, p, p.mapping, ctx);
}
const q = (sql: string) => conn.query({ sql, params: [] });

const PLACES = [
  { place: 'Mariestad', regionId: 1071, kod: '1493' },
  { place: 'Skövde', regionId: 1074, kod: '1496' },
  { place: 'Lidköping', regionId: 1069, kod: '1494' },
  { place: 'Hjo', regionId: 1066, kod: '1497' },
];
// 2025: all 12 months; 2026: January–August, preliminary. Counts: 100 + 10 × month + place index.
const monthCount = (month: number, p: number) => 100 + 10 * month + p;

function mixedExtract(): Cell[] {
  const cells: Cell[] = [];
  PLACES.forEach(({ place, regionId }, p) => {
    for (const crime of Object.values(YEARLY)) cells.push({ year: 2024, place, regionId, crime, count: 1000 + p });
    for (const year of [2025, 2026]) {
      for (let month = 1; month <= (year === 2025 ? 12 : 8); month++) {
        for (const crime of Object.values(MONTHLY)) cells.push({ year, month, place, regionId, crime, count: monthCount(month, p), preliminary: year === 2026 });
      }
    }
  });
  return cells;
}

describe('a mixed BRÅ extract (levels 1–4, years and months, four municipalities)', () => {
  let notes = '';
  beforeAll(async () => {
    notes = (await importText('bra-extrakt-skaraborg.csv', extract(mixedExtract()))).notes.join(' ');
  });

  it('stores yearly rows as years, under the focus categories by name whatever the table id', async () => {
    const rows = await q("SELECT kommunkod, count FROM crimes WHERE year = 2024 AND category_id = 'totalt' AND kommunkod IN ('1493', '1497') ORDER BY kommunkod");
    expect(rows).toEqual([{ kommunkod: '1493', count: 1000 }, { kommunkod: '1497', count: 1003 }]);
    const sk = await q("SELECT count FROM crimes WHERE year = 2024 AND category_id = 'skadegorelse' AND kommunkod = '1496'");
    expect(sk).toEqual([{ count: 1001 }]);
  });

  it('keeps months as months and makes 2025 from its 12 months (sum 100·12 + 10·78 + 12·index)', async () => {
    const months = await q("SELECT count(*)::INTEGER AS n FROM crimes_period WHERE period_type = 'manad' AND kommunkod = '1493' AND category_id = 'misshandel'");
    expect(months).toEqual([{ n: 20 }]);
    const y2025 = await q("SELECT count, preliminary FROM crimes WHERE year = 2025 AND category_id = 'misshandel' AND kommunkod IN ('1493', '1494') ORDER BY kommunkod");
    expect(y2025).toEqual([{ count: 1980, preliminary: false }, { count: 2004, preliminary: false }]);
    expect(notes).toMatch(/helår räknades ihop av alla 12 månader/);
  });

  it('never stores January–August 2026 as the year 2026', async () => {
    expect(await q("SELECT count(*)::INTEGER AS n FROM crimes WHERE year = 2026")).toEqual([{ n: 0 }]);
    const aug = await q("SELECT count, preliminary, month, quarter, year FROM crimes_period WHERE period_key = '2026-08' AND kommunkod = '1493' AND category_id = 'totalt'");
    expect(aug).toEqual([{ count: 180, preliminary: true, month: 8, quarter: 3, year: 2026 }]);
  });

  it('keeps BRÅ categories that are not focus categories, with level, BRÅ parent and parent', async () => {
    const cats = await q("SELECT name, bra_id, bra_level, bra_parent_id, parent_id FROM crime_categories WHERE category_id LIKE 'bra-%' ORDER BY bra_level");
    expect(cats).toEqual([
      { name: 'Brott mot brottsbalken, 3 kap. Brott mot liv och hälsa', bra_id: 5040, bra_level: 2, bra_parent_id: 5036, parent_id: 'totalt' },
      { name: '…därav mot kvinna 18 år eller äldre', bra_id: 5047, bra_level: 4, bra_parent_id: 5046, parent_id: 'misshandel' },
    ]);
    // The monthly table's ids (5040 + 8156) name the same categories: one category each, with both tables' rows.
    const kap3 = await q("SELECT count(*)::INTEGER AS n FROM crimes c JOIN crime_categories cc USING (category_id) WHERE cc.bra_id = 5040 AND c.kommunkod = '1493'");
    expect(kap3).toEqual([{ n: 2 }]); // 2024 (yearly row) and 2025 (from its months)
  });
});

describe('a re-import of the same periods', () => {
  it('replaces them and lists each revised value, old → new', async () => {
    const cells: Cell[] = [
      { year: 2026, month: 8, place: 'Mariestad', regionId: 1071, crime: MONTHLY.totalt!, count: 175, preliminary: true },
      { year: 2026, month: 7, place: 'Mariestad', regionId: 1071, crime: MONTHLY.totalt!, count: 170, preliminary: true },
      { year: 2024, place: 'Skövde', regionId: 1074, crime: YEARLY.totalt!, count: 1201 },
    ];
    const done = await importText('bra-extrakt-revision.csv', extract(cells));
    expect(done.revisions.total).toBe(2);
    expect(done.revisions.list.map((r) => [r.period, r.municipality, r.category, r.old, r.new]).sort()).toEqual([
      ['2024', 'Skövde', 'Totalt antal brott', 1001, 1201],
      ['2026-08', 'Mariestad', 'Totalt antal brott', 180, 175],
    ]);
    const aug = await q("SELECT count FROM crimes_period WHERE period_key = '2026-08' AND kommunkod = '1493' AND category_id = 'totalt'");
    expect(aug).toEqual([{ count: 175 }]);
    // Removing that import brings the first import's values back.
    await removeImport(conn, store, done.stored.id);
    expect(await q("SELECT count FROM crimes_period WHERE period_key = '2026-08' AND kommunkod = '1493' AND category_id = 'totalt'")).toEqual([{ count: 180 }]);
  });
});

describe('incomplete and preliminary years', () => {
  it('makes no year from 11 months, and a preliminary year when one month is preliminary', async () => {
    const cells: Cell[] = [];
    for (let month = 1; month <= 12; month++) {
      if (month !== 5) cells.push({ year: 2023, month, place: 'Töreboda', regionId: 1068, crime: MONTHLY.skadegorelse!, count: 10 });
      cells.push({ year: 2022, month, place: 'Töreboda', regionId: 1068, crime: MONTHLY.skadegorelse!, count: 10, preliminary: month === 12 });
    }
    await importText('bra-extrakt-toreboda.csv', extract(cells));
    const before = await q("SELECT count, source FROM crimes WHERE year = 2023 AND kommunkod = '1473' AND category_id = 'skadegorelse'");
    expect(before[0]?.source).toBe('exempeldata'); // the shipped example year stays; 11 months are not a year
    expect(await q("SELECT count, preliminary FROM crimes WHERE year = 2022 AND kommunkod = '1473' AND category_id = 'skadegorelse'")).toEqual([{ count: 120, preliminary: true }]);
  });
});

describe('the generated national extract (scripts/national-extract.mjs) for twelve municipalities', () => {
  // GENERATED data in BRÅ's layout: 1 112 categories over 5 levels, 2025 yearly, months Jan 2025 – Aug 2026.
  const names = ['Mariestad', 'Skövde', 'Hjo', 'Tibro', 'Boden', 'Luleå', 'Kiruna', 'Malung-Sälen', 'Ale', 'Borås', 'Umeå', 'Stockholm'];
  let notes = '';
  let generated = 0;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mbl-national-test-'));
    const file = path.join(dir, 'riket.csv');
    generated = JSON.parse(execFileSync('node', ['scripts/national-extract.mjs', file, '7', names.join(',')], { encoding: 'utf8' })).categories;
    const ctx = await loadContext(conn);
    const p = await prepareImport(conn, input('bra-riket-genererad.csv', new Uint8Array(readFileSync(file))), ctx);
    notes = (await importPrepared(conn, store, p, p.mapping, ctx)).notes.join(' ');
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('keeps every level: 20 − 4 chapters, 120 − 1, 480 and the rest at level 5 as BRÅ categories', async () => {
    const levels = await q(`SELECT cc.bra_level, count(DISTINCT cc.category_id)::INTEGER AS n FROM crimes c JOIN crime_categories cc USING (category_id)
      WHERE c.source LIKE '%bra-riket%' AND cc.category_id LIKE 'bra-%' GROUP BY 1 ORDER BY 1`);
    expect(generated).toBeGreaterThan(1000);
    expect(levels.map((l) => l.bra_level)).toEqual([2, 3, 4, 5]);
    expect(levels.slice(0, 3).map((l) => l.n)).toEqual([16, 119, 480]);
    expect(levels.reduce((s, l) => s + Number(l.n), 0)).toBe(generated - 1 - 4 - 1); // minus totalt, the four chapters and misshandel (focus categories)
    // Every real municipality can receive data: none of the twelve is skipped.
    expect(notes).not.toMatch(/hoppades över/);
  });

  it('adds up: the chapters make the total, and 2025’s months make 2025, for each held municipality', async () => {
    const rows = await q(`
      SELECT c.kommunkod,
             max(c.count) FILTER (WHERE c.category_id = 'totalt') AS total,
             sum(c.count) FILTER (WHERE c.category_id IN ('sexualbrott', 'stold_ran_haleri', 'skadegorelse', 'narkotikabrott') OR cc.bra_level = 2)::INTEGER AS chapters,
             (SELECT sum(p.count)::INTEGER FROM crimes_period p WHERE p.kommunkod = c.kommunkod AND p.category_id = 'totalt' AND p.year = 2025) AS months
      FROM crimes c JOIN crime_categories cc USING (category_id)
      WHERE c.year = 2025 AND c.source LIKE 'BRÅ (import: bra-riket%' GROUP BY c.kommunkod ORDER BY c.kommunkod`);
    // Stockholm, Ale, Tibro, Borås, Mariestad, Skövde, Hjo, Malung-Sälen, Umeå, Luleå, Boden, Kiruna (SCB's kommunkoder).
    expect(rows.map((r) => r.kommunkod)).toEqual(['0180', '1440', '1472', '1490', '1493', '1496', '1497', '2023', '2480', '2580', '2582', '2584']);
    for (const r of rows) {
      expect(r.chapters).toBe(r.total);
      expect(r.months).toBe(r.total);
    }
    // 2026 has eight preliminary months and no year.
    expect(await q("SELECT count(*)::INTEGER AS n FROM crimes WHERE year = 2026")).toEqual([{ n: 0 }]);
    expect(await q("SELECT count(DISTINCT period_key)::INTEGER AS n, bool_and(preliminary) AS prel FROM crimes_period WHERE year = 2026 AND source LIKE '%bra-riket%'")).toEqual([{ n: 8, prel: true }]);
  });
});
