import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatRate, isSuppressed, SMALL_COUNT_MAX } from '../../src/lib/format/number';
import { crimeSeriesFor, pointText } from '../../src/lib/shape/crime-series';
import { seriesTable } from '../../src/lib/shape/tables';
import { allRows } from '../../src/lib/shape/table-source';
import type { CrimeRow } from '../../src/lib/queries/crimes';

describe('formatCount and isSuppressed', () => {
  it('hides 1 and 2 by default', () => {
    expect(SMALL_COUNT_MAX).toBe(2);
  });
  it.each([
    { n: 0, max: undefined, text: '0', suppressed: false },
    { n: 1, max: undefined, text: '<3', suppressed: true },
    { n: 2, max: undefined, text: '<3', suppressed: true },
    { n: 3, max: undefined, text: '3', suppressed: false },
    { n: 1234, max: undefined, text: '1\u00a0234', suppressed: false },
    { n: null, max: undefined, text: '–', suppressed: false },
    { n: undefined, max: undefined, text: '–', suppressed: false },
    { n: 4, max: 4, text: '<5', suppressed: true },
    { n: 5, max: 4, text: '5', suppressed: false },
    { n: 0, max: 4, text: '0', suppressed: false },
  ])('$n (max $max) → $text', ({ n, max, text, suppressed }) => {
    expect(formatCount(n, max)).toBe(text);
    expect(isSuppressed(n, max)).toBe(suppressed);
  });
});

const row = (year: number, count: number | null, population: number | null = 24000): CrimeRow => ({
  year, kommunkod: '1493', municipality: 'Mariestad', category_id: 'misshandel', category: 'Misshandel',
  count, population, preliminary: false, source: 'BRÅ', population_source: 'Kolada/SCB',
});

describe('suppressed points in crime series', () => {
  const rows = [row(2018, 0), row(2019, 1), row(2020, 2), row(2021, 3), row(2022, null)];

  it.each(['rate', 'count'] as const)('%s: counts of 1–2 are gaps that keep their true count and population', (measure) => {
    const points = crimeSeriesFor(rows, 'misshandel', measure, ['1493'])[0]?.points ?? [];
    expect(points.map((p) => [p.x, p.suppressed, p.y === null, p.low === null, p.high === null])).toEqual([
      [2018, false, false, false, false],
      [2019, true, true, true, true],
      [2020, true, true, true, true],
      [2021, false, false, false, false],
      [2022, false, true, true, true],
    ]);
    expect(points.map((p) => [p.count, p.population])).toEqual(rows.map((r) => [r.count, r.population]));
  });

  it.each([
    { measure: 'rate' as const, format: formatRate, expected: ['0,0', '<3 fall', '<3 fall', '12,5', '–'] },
    { measure: 'count' as const, format: (v: number | null) => formatNumber(v), expected: ['0', '<3', '<3', '3', '–'] },
  ])('$measure: tooltips and tables read $expected', ({ measure, format, expected }) => {
    const series = crimeSeriesFor(rows, 'misshandel', measure, ['1493']);
    expect(series[0]?.points.map((p) => pointText(p, measure, format))).toEqual(expected);
    const table = seriesTable(series, format, false);
    expect(allRows(table).map((r) => r['1493'])).toEqual(expected);
  });

  it('gives no interval and keeps the marks for a suppressed cell', () => {
    const example = { ...row(2019, 2), source: 'exempeldata', preliminary: true };
    const table = seriesTable(crimeSeriesFor([example], 'misshandel', 'rate', ['1493']), formatRate, true);
    expect(allRows(table)).toEqual([{ year: '2019', '1493': '<3 fall prel. *' }]);
  });
});
