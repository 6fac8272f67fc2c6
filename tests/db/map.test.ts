/** The map's query and "which municipalities have data" against real DuckDB on the shipped data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { mapRatesQuery, type MapRateRow } from '../../src/lib/queries/map';
import { defaultFilters, loadMeta, openingYear, withCrimes } from '../../src/lib/state/meta';
import { comparisonGroup } from '../../src/lib/decision/group';

let conn: Connector;
beforeAll(async () => {
  conn = await openNodeDbWithData();
});

/** data/<name>.csv read as plain text (these two files have no quoted fields). */
function csv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(process.cwd(), 'data', `${name}.csv`), 'utf8').trim().split('\n');
  const cols = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

describe('map rates', () => {
  it('gives every municipality with crime data, its count, population and rate per 100 000, from the files', async () => {
    const rows = await run<MapRateRow>(conn, mapRatesQuery({ categoryId: 'skadegorelse', year: 2016 }));
    const crimes = csv('crimes').filter((r) => r.year === '2016' && r.category_id === 'skadegorelse' && r.kommunkod !== '00');
    const pop = new Map(csv('population').filter((r) => r.year === '2016').map((r) => [r.kommunkod, r]));
    expect(rows).toHaveLength(9);
    expect(rows.map((r) => r.kommunkod).sort()).toEqual(crimes.map((r) => r.kommunkod).sort());
    for (const c of crimes) {
      const row = rows.find((r) => r.kommunkod === c.kommunkod)!;
      const p = pop.get(c.kommunkod)!;
      expect(row.count).toBe(Number(c.count));
      expect(row.population).toBe(Number(p.population));
      expect(row.rate).toBeCloseTo((Number(c.count) / Number(p.population)) * 100000, 9);
      // Example crimes over a real Kolada population: still example data.
      expect(row.example).toBe(true);
      expect(row.population_source).toBe('Kolada/SCB');
    }
    // Sorted by name (Götene before Hjo), never Riket.
    expect(rows[0]!.name).toBe('Gullspång');
    expect(rows.some((r) => r.kommunkod === '00')).toBe(false);
  });
});

describe('municipalities with data', () => {
  it('marks the nine shipped municipalities as having crime data and none of them as real', async () => {
    const meta = await loadMeta(conn);
    expect(meta.municipalities).toHaveLength(291);
    expect(withCrimes(meta).map((m) => m.kommunkod).sort()).toEqual(['1446', '1447', '1471', '1472', '1473', '1493', '1494', '1496', '1497']);
    expect(meta.municipalities.find((m) => m.kommunkod === '2582')).toMatchObject({ name: 'Boden', has_crimes: false, latest_real_year: null });
    // Riket has real BRÅ figures up to 2016.
    expect(meta.municipalities.find((m) => m.kommunkod === '00')?.latest_real_year).toBe(2016);
    expect(openingYear(meta, '1493')).toBe(2024);
    expect(defaultFilters(meta).to).toBe(2024);
    // Comparison groups only over municipalities with data: Mariestad's län group is the other eight.
    expect(comparisonGroup(meta.municipalities, '1493', 'lan', []).picked).toHaveLength(8);
    expect(comparisonGroup(meta.municipalities, '1493', 'grannar', []).picked).toHaveLength(8);
  });

  it('after real figures for Boden arrive: Boden has data, opens on its latest real year, is in groups and on the map', async () => {
    await conn.exec(`INSERT INTO crimes VALUES (2015, '2582', 'skadegorelse', 150, false, 'BRÅ (import: test)'), (2016, '2582', 'skadegorelse', 170, false, 'BRÅ (import: test)')`);
    try {
      const meta = await loadMeta(conn);
      expect(meta.municipalities.find((m) => m.kommunkod === '2582')).toMatchObject({ has_crimes: true, latest_real_year: 2016 });
      expect(openingYear(meta, '2582')).toBe(2016);
      // Boden (B5, Norrbotten) has no other municipality with data in its group or län.
      expect(comparisonGroup(meta.municipalities, '2582', 'kommungrupp', []).picked).toEqual([]);
      expect(comparisonGroup(meta.municipalities, '2582', 'lan', []).picked).toEqual([]);
      // Grannar are the municipalities with data in the same county: Boden is not Mariestad's,
      // and Boden, alone in Norrbotten, is compared with the others in the data, said as such.
      expect(comparisonGroup(meta.municipalities, '1493', 'grannar', []).picked).not.toContain('2582');
      const boden = comparisonGroup(meta.municipalities, '2582', 'grannar', []);
      expect(boden.picked).toHaveLength(9);
      expect(boden.label).toBe('de andra kommunerna i datan');
      expect(boden.description).toMatch(/inga grannkommuner i Norrbottens län finns i datan$/);
      const rows = await run<MapRateRow>(conn, mapRatesQuery({ categoryId: 'skadegorelse', year: 2016 }));
      // Kolada: Boden 2016 = 28 042 inhabitants; 170 / 28 042 × 100 000 = 606,2.
      expect(rows.find((r) => r.kommunkod === '2582')).toMatchObject({ count: 170, population: 28042, example: false });
      expect(rows.find((r) => r.kommunkod === '2582')?.rate).toBeCloseTo(606.233, 2);
    } finally {
      await conn.exec(`DELETE FROM crimes WHERE kommunkod = '2582'`);
    }
  });
});
