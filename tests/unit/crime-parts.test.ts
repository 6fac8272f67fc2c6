import { afterEach, describe, expect, it } from 'vitest';
import { columnsFromRows } from '../../src/lib/db/columns';
import type { Row } from '../../src/lib/db/types';
import { crimeSeriesFromParts, partsOf, rowCountOfParts, rowsOfParts } from '../../src/lib/shape/crime-parts';
import { memoOn } from '../../src/lib/shape/memo';
import { setLocale } from '../../src/lib/i18n/locale';

const NAMES: Record<string, string> = { '1493': 'Mariestad', '00': 'Riket', '1494': 'Lidköping' };

/** One municipality's answer to the crime series query: counts 100, 110, … on 20 000 inhabitants. */
function part(kod: string, categories: readonly string[], years: readonly number[], population = 20000): ReturnType<typeof columnsFromRows> {
  const rows: Row[] = [];
  for (const category_id of categories) {
    years.forEach((year, i) => {
      rows.push({ year, kommunkod: kod, municipality: NAMES[kod] ?? kod, category_id, category: category_id, count: 100 + 10 * i, population, preliminary: false, source: 'BRÅ', population_source: 'SCB' });
    });
  }
  return columnsFromRows(rows);
}

afterEach(() => setLocale('sv'));

describe('crime series asked municipality by municipality', () => {
  const years = [2020, 2021, 2022];
  const mariestad = part('1493', ['totalt', 'stold'], years);
  const riket = part('00', ['totalt', 'stold'], years, 10_000_000);
  const lidkoping = part('1494', ['totalt', 'stold'], years, 40000);

  it('gives one series per municipality asked for, in the order asked, with rates per 100 000', () => {
    const parts = new Map([
      ['1493', mariestad],
      ['00', riket],
    ]);
    const series = crimeSeriesFromParts(parts, 'totalt', 'rate', ['1493', '00']);
    expect(series.map((s) => s.label)).toEqual(['Mariestad', 'Riket']);
    // 100 crimes on 20 000 inhabitants = 500 per 100 000; 120 on 10 000 000 = 1.2.
    expect(series[0]?.points.map((p) => p.y)).toEqual([500, 550, 600]);
    expect(series[1]?.points[2]?.y).toBeCloseTo(1.2, 10);
    // A municipality without a part is left out, not drawn empty.
    expect(crimeSeriesFromParts(parts, 'totalt', 'rate', ['1493', '1494']).map((s) => s.id)).toEqual(['1493']);
  });

  it('computes a series once per part: a new comparison leaves the others as the same objects', () => {
    const before = crimeSeriesFromParts(new Map([['1493', mariestad], ['00', riket]]), 'stold', 'count', ['1493', '00']);
    const after = crimeSeriesFromParts(new Map([['1493', mariestad], ['00', riket], ['1494', lidkoping]]), 'stold', 'count', ['1493', '00', '1494']);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]?.points.map((p) => p.y)).toEqual([100, 110, 120]);
    // Another measure, category or first year is another series.
    expect(crimeSeriesFromParts(new Map([['1493', mariestad]]), 'stold', 'rate', ['1493'])[0]).not.toBe(before[0]);
    expect(crimeSeriesFromParts(new Map([['1493', mariestad]]), 'stold', 'count', ['1493'], 2021)[0]?.points.map((p) => p.x)).toEqual([2021, 2022]);
  });

  it('keeps what it computed per language, since labels are text', () => {
    const parts = new Map([['00', riket]]);
    const sv = crimeSeriesFromParts(parts, 'totalt', 'rate', ['00'])[0];
    setLocale('en');
    const en = crimeSeriesFromParts(parts, 'totalt', 'rate', ['00'])[0];
    expect(sv?.label).toBe('Riket');
    expect(en?.label).toBe('Sweden');
    let built = 0;
    const box = {};
    memoOn(box, 'k', () => ++built);
    memoOn(box, 'k', () => ++built);
    setLocale('sv');
    memoOn(box, 'k', () => ++built);
    expect(built).toBe(2);
  });

  it('reads one combined answer (the snapshot) as parts of every municipality', () => {
    const both = columnsFromRows([...rowsOfParts(new Map([['1493', mariestad]]), ['1493'], ['totalt']), ...rowsOfParts(new Map([['1494', lidkoping]]), ['1494'], ['totalt'])]);
    const series = crimeSeriesFromParts(partsOf(both, ['1493', '1494']), 'totalt', 'rate', ['1494', '1493']);
    expect(series.map((s) => s.label)).toEqual(['Lidköping', 'Mariestad']);
    expect(series[0]?.points.map((p) => p.y)).toEqual([250, 275, 300]);
  });

  it('builds the rows for tables and exports in the single query’s order, only of the municipalities shown', () => {
    const parts = new Map([
      ['1494', lidkoping],
      ['00', riket],
      ['1493', mariestad],
    ]);
    const rows = rowsOfParts(parts, ['1494', '1493'], ['totalt', 'stold']);
    expect(rows.map((r) => `${r.category_id} ${r.kommunkod} ${r.year}`)).toEqual([
      'totalt 1493 2020',
      'totalt 1493 2021',
      'totalt 1493 2022',
      'totalt 1494 2020',
      'totalt 1494 2021',
      'totalt 1494 2022',
      'stold 1493 2020',
      'stold 1493 2021',
      'stold 1493 2022',
      'stold 1494 2020',
      'stold 1494 2021',
      'stold 1494 2022',
    ]);
    expect(rowCountOfParts(parts, ['1494', '1493'])).toBe(12);
    expect(rowCountOfParts(parts, ['1494', '1493', '00'])).toBe(18);
    // One combined answer shared by several municipalities is read once, not once per municipality.
    const both = columnsFromRows(rows);
    expect(rowsOfParts(partsOf(both, ['1493', '1494']), ['1493', '1494'], ['totalt', 'stold'])).toHaveLength(12);
    expect(rowCountOfParts(partsOf(both, ['1493', '1494']), ['1493'])).toBe(6);
  });
});
