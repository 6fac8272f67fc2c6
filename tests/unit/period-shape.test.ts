/** Month and quarter series, and the year-so-far comparison (counts summed by hand below). */
import { describe, expect, it } from 'vitest';
import type { CrimePeriodRow } from '../../src/lib/queries/crime-periods';
import { periodKeys, periodLabel, periodSeriesFor, periodTable } from '../../src/lib/shape/period-series';
import { yearToDate, yearToDateText } from '../../src/lib/shape/year-to-date';

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
    expect(t.rows.map((r) => r.year)).toEqual(['nov 2025', 'feb 2026']);
    expect(t.rows[1]?.['1493']).toMatch(/^50 .*prel\./);
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
