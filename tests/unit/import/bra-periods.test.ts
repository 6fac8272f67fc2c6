/** BRÅ's periods: reading Periodtyp/Periodnyckel, and years made only from complete months or quarters. */
import { describe, expect, it } from 'vitest';
import { deriveYears, monthNumber, readPeriod, type PartCount } from '../../../src/lib/import/bra-periods';

const cells = (type: string | null, key: string | null, year: string | null = null, month: string | null = null, quarter: string | null = null) => ({ type, key, year, month, quarter });

describe('readPeriod', () => {
  it.each([
    [cells('År', '2025'), { type: 'ar', year: 2025, month: null, quarter: null, key: '2025' }],
    [cells('Månad', '2026-08'), { type: 'manad', year: 2026, month: 8, quarter: 3, key: '2026-08' }],
    [cells('Månad', '202608'), { type: 'manad', year: 2026, month: 8, quarter: 3, key: '2026-08' }],
    [cells('Månad', '2026M08'), { type: 'manad', year: 2026, month: 8, quarter: 3, key: '2026-08' }],
    [cells('Månad', null, '2026', 'Aug'), { type: 'manad', year: 2026, month: 8, quarter: 3, key: '2026-08' }],
    [cells('månad', '', '2026', 'december'), { type: 'manad', year: 2026, month: 12, quarter: 4, key: '2026-12' }],
    [cells('Kvartal', '2026K3'), { type: 'kvartal', year: 2026, month: null, quarter: 3, key: '2026-K3' }],
    [cells('Kvartal', '2026Q1'), { type: 'kvartal', year: 2026, month: null, quarter: 1, key: '2026-K1' }],
    [cells('Kvartal', null, '2019', null, '3'), { type: 'kvartal', year: 2019, month: null, quarter: 3, key: '2019-K3' }],
  ])('%o → %o', (c, expected) => expect(readPeriod(c)).toEqual(expected));

  it.each([
    ['a month without its month', cells('Månad', '2026', '2026')],
    ['month 13', cells('Månad', '2026-13')],
    ['an unknown period type', cells('Vecka', '2026-08')],
    ['no year at all', cells('År', null)],
  ])('%s is not read', (_, c) => expect(readPeriod(c)).toBeNull());

  it.each([['8', 8], ['08', 8], ['Aug', 8], ['augusti', 8], ['Maj', 5], ['May', 5], ['Oct', 10], ['0', null], ['x', null]])('month %s → %s', (cell, n) => {
    expect(monthNumber(cell)).toBe(n);
  });
});

function months(year: number, counts: (number | null)[], prel: (m: number) => boolean = () => false): PartCount[] {
  return counts.map((count, i) => ({ series: 's', period: readPeriod(cells('Månad', `${year}-${String(i + 1).padStart(2, '0')}`))!, count, preliminary: prel(i + 1) }));
}

describe('deriveYears', () => {
  it('makes a year from all 12 months: 12 × 10 = 120, final', () => {
    expect(deriveYears(months(2025, Array(12).fill(10)))).toEqual([{ series: 's', year: 2025, count: 120, preliminary: false, from: 'manad' }]);
  });
  it('is preliminary when any month is', () => {
    expect(deriveYears(months(2025, Array(12).fill(10), (m) => m === 12))[0]?.preliminary).toBe(true);
  });
  it('makes no year from 11 months, or with a suppressed month', () => {
    expect(deriveYears(months(2026, Array(11).fill(10)))).toEqual([]);
    expect(deriveYears(months(2026, [...Array(11).fill(10), null]))).toEqual([]);
  });
  it('makes a year from 4 quarters: 30 + 40 + 50 + 60 = 180', () => {
    const q = [30, 40, 50, 60].map((count, i) => ({ series: 's', period: readPeriod(cells('Kvartal', `2024K${i + 1}`))!, count, preliminary: false }));
    expect(deriveYears(q)).toEqual([{ series: 's', year: 2024, count: 180, preliminary: false, from: 'kvartal' }]);
    expect(deriveYears(q.slice(0, 3))).toEqual([]);
  });
  it('keeps series and years apart', () => {
    const a = months(2025, Array(12).fill(1));
    const b = months(2025, Array(12).fill(2)).map((p) => ({ ...p, series: 't' }));
    const c = months(2024, Array(6).fill(3));
    expect(deriveYears([...a, ...b, ...c]).map((d) => [d.series, d.year, d.count])).toEqual([['s', 2025, 12], ['t', 2025, 24]]);
  });
});

describe('the scraped statistics database (periodicity, timepoint, period "År, 2000")', () => {
  const scraped = (type: string, timepoint: string | null, period: string | null = null) => readPeriod({ type, key: timepoint, year: period, month: null, quarter: null });
  it('reads a year from its first day or from its label', () => {
    expect(scraped('yearly', '2000-01-01')).toEqual({ type: 'ar', year: 2000, month: null, quarter: null, key: '2000' });
    expect(scraped('yearly', null, 'År, 2016 prel.')).toEqual({ type: 'ar', year: 2016, month: null, quarter: null, key: '2016' });
  });
  it('reads a month and a quarter from their first day', () => {
    expect(scraped('monthly', '2016-08-01')?.key).toBe('2016-08');
    expect(scraped('quarterly', '2016-07-01')?.key).toBe('2016-K3');
  });
  it('refuses a first day that does not start its period', () => {
    expect(scraped('yearly', '2016-07-01')).toBeNull();
    expect(scraped('quarterly', '2016-08-01')).toBeNull();
  });
});
