/** Month and quarter series, and the year-so-far comparison (counts summed by hand below). */
import { describe, expect, it } from 'vitest';
import type { CrimePeriodRow } from '../../src/lib/queries/crime-periods';
import { periodKeys, periodKeysFromColumns, periodLabel, periodSeriesFor, periodSeriesFromColumns, periodTable, yearsWithoutPopulation } from '../../src/lib/shape/period-series';
import { monthsFromColumns, yearToDate, yearToDateText } from '../../src/lib/shape/year-to-date';
import { makeColumns, type Columns } from '../../src/lib/db/columns';
import { allRows } from '../../src/lib/shape/table-source';

function row(year: number, month: number, count: number | null, extra: Partial<CrimePeriodRow> = {}): CrimePeriodRow {
  return {
    period_key: `${year}-${String(month).padStart(2, '0')}`, year, month, quarter: Math.ceil(month / 3), kommunkod: '1493', municipality: 'Mariestad',
    category_id: 'totalt', category: 'Totalt antal brott', count, population: null, preliminary: false, source: 'BRÅ (import: x.csv)', population_source: null, ...extra,
  };
}

describe('periods', () => {
  it.each([['2026-08', 'aug 2026'], ['2026-01', 'jan 2026'], ['2026-K3', 'kv 3 2026'], ['2025', '2025']])('%s → %s', (k, label) => expect(periodLabel(k)).toBe(label));

  it('lists every month from the first to the last, a missing one included', () => {
    expect(periodKeys([{ period_key: '2025-11' }, { period_key: '2026-02' }])).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodKeys([{ period_key: '2025-K4' }, { period_key: '2026-K2' }])).toEqual(['2025-K4', '2026-K1', '2026-K2']);
  });

  it('places points at their period and names the period in the table', () => {
    const rows = [row(2025, 11, 40), row(2026, 2, 50, { preliminary: true })];
    const keys = periodKeys(rows);
    const [s] = periodSeriesFor(rows, keys, 'totalt', 'count', ['1493']);
    expect(s?.points.map((p) => [p.x, p.y])).toEqual([[0, 40], [3, 50]]);
    const t = periodTable(s ? [s] : [], keys, (v) => String(v));
    expect(allRows(t).map((r) => r.year)).toEqual(['nov 2025', 'feb 2026']);
    expect(allRows(t)[1]?.['1493']).toMatch(/^50 .*prel\./);
  });
});

describe('yearToDate', () => {
  const year = (y: number, counts: (number | null)[], extra: Partial<CrimePeriodRow> = {}) => counts.map((c, i) => row(y, i + 1, c, extra));

  it('compares January–August with the same months the year before', () => {
    const rows = [...year(2025, Array(12).fill(100)), ...year(2026, Array(8).fill(150), { preliminary: true })];
    const y = yearToDate(rows);
    expect(y).toMatchObject({ year: 2026, throughMonth: 8, count: 1200, previous: 800, perInhabitant: false, preliminary: true });
    expect(y?.ratio).toBeCloseTo(1.5, 10);
    expect(y?.verdict).toBe('fler');
    expect(yearToDateText(y!)).toMatch(/januari–augusti 2026: 1\s200 anmälda brott, samma månader 2025: 800\. Förändring \+50\s%.*Tydligt fler.*preliminära/);
  });

  it('says it cannot tell when the months vary as much as the change', () => {
    const wobbly = [130, 70, 140, 60, 150, 50, 120, 80, 135, 65, 125, 75];
    const rows = [...year(2025, wobbly), ...year(2026, wobbly.slice(0, 8).map((c) => c + 8))];
    const y = yearToDate(rows);
    expect(y?.count).toBe(800 + 64);
    expect(y?.previous).toBe(800);
    expect(y?.phi).toBeGreaterThan(5);
    expect(y?.verdict).toBe('oklart');
    expect(yearToDateText(y!)).toMatch(/Går inte att avgöra/);
  });

  it('stops at the first month missing in either year, and refuses below 10 crimes', () => {
    const rows = [...year(2025, [1, 1, 1, null, 1]), ...year(2026, [2, 2, 2, 2, 2])];
    expect(yearToDate(rows)).toMatchObject({ throughMonth: 3, count: 6, previous: 3, verdict: 'for-fa', ratio: null });
    expect(yearToDate(year(2026, [5, 5]))).toBeNull();
  });
});

/** The period query's columns as Arrow gives them: integers typed with a null mask, text as arrays. */
function periodColumns(lines: readonly { key: string; kod: string; category: string; count: number | null; population: number | null; preliminary?: boolean }[]): Columns {
  const n = lines.length;
  const ints = (get: (i: number) => number | null) => {
    const values = new Int32Array(n);
    const nulls = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = get(i);
      if (v === null) nulls[i] = 1;
      else values[i] = v;
    }
    return { values, nulls: nulls.some((v) => v === 1) ? nulls : null };
  };
  const month = (k: string) => (/^\d{4}-(\d{2})$/.exec(k) ? Number(k.slice(5)) : null);
  return makeColumns(n, [
    { name: 'period_key', kind: 'string', values: lines.map((l) => l.key) },
    { name: 'year', kind: 'int', ...ints((i) => Number(lines[i]!.key.slice(0, 4))) },
    { name: 'month', kind: 'int', ...ints((i) => month(lines[i]!.key)) },
    { name: 'quarter', kind: 'int', ...ints((i) => (/K(\d)$/.exec(lines[i]!.key) ? Number(lines[i]!.key.slice(-1)) : null)) },
    { name: 'kommunkod', kind: 'string', values: lines.map((l) => l.kod) },
    { name: 'municipality', kind: 'string', values: lines.map((l) => (l.kod === '1493' ? 'Mariestad' : 'Töreboda')) },
    { name: 'category_id', kind: 'string', values: lines.map((l) => l.category) },
    { name: 'category', kind: 'string', values: lines.map((l) => l.category) },
    { name: 'count', kind: 'int', ...ints((i) => lines[i]!.count) },
    { name: 'population', kind: 'int', ...ints((i) => lines[i]!.population) },
    { name: 'preliminary', kind: 'boolean', values: lines.map((l) => l.preliminary ?? false) },
    { name: 'source', kind: 'string', values: lines.map(() => 'BRÅ') },
    { name: 'population_source', kind: 'string', values: lines.map((l) => (l.population === null ? null : 'SCB')) },
  ]);
}

describe('periods from columns', () => {
  const cols = periodColumns([
    { key: '2025-11', kod: '1493', category: 'totalt', count: 40, population: 24000 },
    { key: '2026-02', kod: '1493', category: 'totalt', count: 50, population: null, preliminary: true },
    { key: '2025-12', kod: '1496', category: 'totalt', count: 7, population: 9000 },
    { key: '2026-01', kod: '1493', category: 'skadegorelse', count: 3, population: 24000 },
    { key: '2024-12', kod: '1493', category: 'skadegorelse', count: null, population: null },
  ]);
  it('lists every month between the first and the last key in the result', () => {
    expect(periodKeysFromColumns(cols)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodKeysFromColumns(periodColumns([]))).toEqual([]);
  });
  it('places each point at its period, per municipality and category', () => {
    const keys = ['2025-11', '2025-12', '2026-01', '2026-02'];
    const [own, other] = periodSeriesFromColumns(cols, keys, 'totalt', 'count', ['1493', '1496']);
    expect(own?.points.map((p) => [p.x, p.y, p.preliminary])).toEqual([[0, 40, false], [3, 50, true]]);
    expect(other?.label).toBe('Töreboda');
    expect(other?.points.map((p) => [p.x, p.y])).toEqual([[1, 7]]);
    // 2024-12 lies outside the keys: left out, not placed at 0.
    expect(periodSeriesFromColumns(cols, keys, 'skadegorelse', 'count', ['1493'])[0]?.points.map((p) => p.x)).toEqual([2]);
    // A rate: 40 per 24 000 inhabitants, and no rate without a population.
    const [rate] = periodSeriesFromColumns(cols, keys, 'totalt', 'rate', ['1493']);
    expect(rate?.points[0]?.y).toBeCloseTo(40 / 24000 * 100000, 9);
    expect(rate?.points[1]?.y).toBeNull();
  });
  it('names the years whose counts have no population', () => {
    expect(yearsWithoutPopulation(cols)).toEqual([2026]);
  });
  it('gives the year-so-far comparison the months of one municipality and category', () => {
    const months = (y: number, counts: number[], kod = '1493') => counts.map((count, i) => ({ key: `${y}-${String(i + 1).padStart(2, '0')}`, kod, category: 'totalt', count, population: null }));
    const c = periodColumns([...months(2025, Array(12).fill(100)), ...months(2026, Array(8).fill(150)), ...months(2026, Array(12).fill(1), '1496')]);
    expect(monthsFromColumns(c, '1493', 'totalt')).toHaveLength(20);
    expect(monthsFromColumns(c, '1493', 'totalt')[12]).toEqual({ year: 2026, month: 1, count: 150, population: null, preliminary: false });
    expect(yearToDate(monthsFromColumns(c, '1493', 'totalt'))).toMatchObject({ year: 2026, throughMonth: 8, count: 1200, previous: 800 });
    expect(monthsFromColumns(c, '1493', 'skadegorelse')).toEqual([]);
  });
});
