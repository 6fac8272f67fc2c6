import { describe, expect, it } from 'vitest';
import { assessIndicator, holmAdjust, verdictFor, type YearPoint } from '../../../src/lib/stats';

const POP = 25000;
/** Flat series 2010–2016 with a small Poisson-like wiggle, then `last` crimes in 2017. */
function series(level: number, last: number, pop = POP): YearPoint[] {
  const wiggle = [0, 3, -2, 1, -3, 2, -1];
  return [...wiggle.map((w, i) => ({ year: 2010 + i, count: Math.round(level + (w * Math.sqrt(level)) / 2), population: pop })), { year: 2017, count: last, population: pop }];
}
const ranges = { baseline: [2014, 2016] as const, period: [2017, 2017] as const, dispersionYears: [2010, 2016] as const };

describe('assessIndicator verdicts', () => {
  it.each([
    { name: 'a clear fall against a flat group', own: series(200, 120), group: series(2000, 2000, 250000), verdict: 'improved', basis: 'relative' },
    { name: 'a clear rise against a flat group', own: series(200, 290), group: series(2000, 2000, 250000), verdict: 'worsened', basis: 'relative' },
    { name: 'a fall the whole group shares', own: series(200, 150), group: series(2000, 1500, 250000), verdict: 'cannot-tell', basis: 'relative' },
    { name: 'a small wiggle', own: series(200, 210), group: series(2000, 2000, 250000), verdict: 'cannot-tell', basis: 'relative' },
    { name: 'a clear fall, no group', own: series(200, 120), group: null, verdict: 'improved', basis: 'own' },
    { name: 'fewer than 10 crimes in the period', own: series(20, 9), group: series(2000, 2000, 250000), verdict: 'too-few', basis: 'relative' },
  ])('$name → $verdict', ({ own, group, verdict, basis }) => {
    const a = assessIndicator({ own, group, ...ranges });
    expect(a.verdict).toBe(verdict);
    expect(a.basis).toBe(basis);
    if (verdict === 'too-few') {
      expect(a.detectable).toBeNull();
    } else {
      expect(a.detectable?.decrease ?? 0).toBeGreaterThan(0);
      expect(a.dispersion.own.phi).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives a larger detectable change when the years vary more', () => {
    const calm = assessIndicator({ own: series(200, 200), group: null, ...ranges });
    const noisy = series(200, 200).map((p, i) => ({ ...p, count: p.count + (i % 2 === 0 ? 40 : -40) }));
    const rough = assessIndicator({ own: noisy, group: null, ...ranges });
    expect(rough.dispersion.own.raw).toBeGreaterThan(calm.dispersion.own.raw);
    expect(rough.detectable?.decrease ?? 0).toBeGreaterThan(calm.detectable?.decrease ?? 1);
  });
});

describe('verdictFor', () => {
  it.each([
    { ratio: 0.7, p: 0.01, tooFew: false, expected: 'improved' },
    { ratio: 1.3, p: 0.01, tooFew: false, expected: 'worsened' },
    { ratio: 0.7, p: 0.05, tooFew: false, expected: 'cannot-tell' },
    { ratio: 0.7, p: 0.01, tooFew: true, expected: 'too-few' },
    { ratio: Number.NaN, p: Number.NaN, tooFew: false, expected: 'cannot-tell' },
  ])('ratio $ratio, p $p, too few $tooFew → $expected', ({ ratio, p, tooFew, expected }) => {
    expect(verdictFor(ratio, p, 0.95, tooFew)).toBe(expected);
  });
  it('a secondary indicator significant alone can lose it after Holm', () => {
    const adjusted = holmAdjust([0.03, 0.2, 0.5]);
    expect(verdictFor(0.8, 0.03, 0.95, false)).toBe('improved');
    expect(verdictFor(0.8, adjusted[0] ?? 1, 0.95, false)).toBe('cannot-tell');
  });
});
