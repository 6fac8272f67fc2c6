import { describe, it, expect } from 'vitest';
import { changeIsSignificant, comparePeriods, differenceInDifferences } from '../../../src/lib/stats';
import { expectClose, reference } from './helpers';

// The 14-year Mariestad-size series used for the trend reference.
const series = reference.poissonTrend.find((c) => c.name === 'Mariestad-size 14 years')?.points ?? [];

describe('comparePeriods matches R poisson.test on period sums', () => {
  it.each(reference.comparePeriods.map((c) => [`${c.baselineYears.join('-')} vs ${c.periodYears.join('-')}`, c] as const))(
    '%s',
    (label, c) => {
      const r = comparePeriods(series, c.baselineYears, c.periodYears, { per: c.per, level: c.level });
      for (const key of ['baseline', 'period'] as const) {
        expect(r[key].count).toBe(c[key].count);
        expect(r[key].population).toBe(c[key].population);
        expectClose(r[key].rate, c[key].rate, `${label} ${key} rate`);
        expectClose(r[key].low, c[key].low, `${label} ${key} low`);
        expectClose(r[key].high, c[key].high, `${label} ${key} high`);
      }
      expectClose(r.ratio.ratio, c.ratio.ratio, `${label} ratio`);
      expectClose(r.ratio.low, c.ratio.low, `${label} ratio low`);
      expectClose(r.ratio.high, c.ratio.high, `${label} ratio high`);
      expectClose(r.ratio.p, c.ratio.p, `${label} ratio p`);
    },
  );

  it('reports the years and number of rows used', () => {
    const r = comparePeriods(series, [2015, 2017], [2022, 2024]);
    expect([r.baseline.from, r.baseline.to, r.baseline.rows]).toEqual([2015, 2017, 3]);
    expect([r.period.from, r.period.to, r.period.rows]).toEqual([2022, 2024, 3]);
  });

  it('throws on empty, reversed or overlapping ranges', () => {
    expect(() => comparePeriods(series, [2000, 2005], [2022, 2024])).toThrow(/no data/);
    expect(() => comparePeriods(series, [2017, 2015], [2022, 2024])).toThrow(/after/);
    expect(() => comparePeriods(series, [2015, 2020], [2020, 2024])).toThrow(/overlap/);
  });

  it('throws on invalid points in the series', () => {
    const bad = [...series, { year: 2025, count: -3, population: 24000 }];
    expect(() => comparePeriods(bad, [2015, 2017], [2022, 2024])).toThrow(/count/);
  });
});

describe('differenceInDifferences matches the interaction of a saturated Poisson glm (Wald)', () => {
  it.each(reference.differenceInDifferences.map((c, i) => [`case ${i + 1}`, c] as const))('%s', (label, c) => {
    const r = differenceInDifferences(c.target, c.comparison);
    expect(r).not.toBeNull();
    if (r === null) return;
    expectClose(r.ratio, c.ratio, `${label} ratio`);
    expectClose(r.low, c.low, `${label} low`);
    expectClose(r.high, c.high, `${label} high`);
    expect(r.excludesOne).toBe(c.excludesOne);
  });

  it('returns null when any count is 0', () => {
    const cell = { count: 10, population: 1000 };
    const zero = { count: 0, population: 1000 };
    expect(differenceInDifferences({ baseline: zero, period: cell }, { baseline: cell, period: cell })).toBeNull();
    expect(differenceInDifferences({ baseline: cell, period: cell }, { baseline: cell, period: zero })).toBeNull();
  });

  it('throws on invalid input', () => {
    const cell = { count: 10, population: 1000 };
    expect(() =>
      differenceInDifferences({ baseline: cell, period: { count: 2.5, population: 1000 } }, { baseline: cell, period: cell }),
    ).toThrow(/integer/);
    expect(() =>
      differenceInDifferences({ baseline: cell, period: cell }, { baseline: { count: 1, population: 0 }, period: cell }),
    ).toThrow(/population/);
  });
});

describe('changeIsSignificant', () => {
  it('is true only when the interval excludes 1', () => {
    expect(changeIsSignificant(1.1, 2)).toBe(true);
    expect(changeIsSignificant(0.5, 0.9)).toBe(true);
    expect(changeIsSignificant(0.8, 1.2)).toBe(false);
    expect(changeIsSignificant(1, 1.5)).toBe(false);
    expect(changeIsSignificant(0.5, 1)).toBe(false);
    expect(changeIsSignificant(0, Number.POSITIVE_INFINITY)).toBe(false);
    expect(changeIsSignificant(1.2, Number.POSITIVE_INFINITY)).toBe(true);
    expect(changeIsSignificant(Number.NaN, Number.NaN)).toBe(false);
  });

  it('agrees with the R reference rate ratios (one crosses 1, one excludes 1)', () => {
    const verdicts = reference.rateRatio.map((c) => {
      const low = typeof c.low === 'number' ? c.low : Number.NaN;
      const high = c.high === 'Infinity' ? Number.POSITIVE_INFINITY : typeof c.high === 'number' ? c.high : Number.NaN;
      return changeIsSignificant(low, high);
    });
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  });
});
