import { describe, it, expect } from 'vitest';
import { binomTwoSidedP, rateRatio } from '../../../src/lib/stats';
import { expectClose, reference } from './helpers';

describe('rateRatio matches R poisson.test(c(a, b), c(Ta, Tb))', () => {
  it('has at least 15 reference cases', () => {
    expect(reference.rateRatio.length).toBeGreaterThanOrEqual(15);
  });
  it.each(
    reference.rateRatio.map(
      (c) => [`${c.a.count}/${c.a.population} vs ${c.b.count}/${c.b.population} @${c.level}`, c] as const,
    ),
  )('%s', (label, c) => {
    const r = rateRatio(c.a, c.b, { level: c.level });
    expectClose(r.ratio, c.ratio, `${label} ratio`);
    expectClose(r.low, c.low, `${label} low`);
    expectClose(r.high, c.high, `${label} high`);
    expectClose(r.p, c.p, `${label} p`);
  });
});

describe('rateRatio edge cases', () => {
  it('b.count = 0 gives ratio and high Infinity', () => {
    const r = rateRatio({ count: 5, population: 24372 }, { count: 0, population: 24372 });
    expect(r.ratio).toBe(Number.POSITIVE_INFINITY);
    expect(r.high).toBe(Number.POSITIVE_INFINITY);
    expect(r.low).toBeGreaterThan(0);
  });
  it('a.count = 0 gives ratio 0 and low 0', () => {
    const r = rateRatio({ count: 0, population: 24372 }, { count: 5, population: 24372 });
    expect(r.ratio).toBe(0);
    expect(r.low).toBe(0);
    expect(Number.isFinite(r.high)).toBe(true);
  });
  it('both counts 0: ratio NaN, interval [0, Infinity], p = 1 (as R)', () => {
    const r = rateRatio({ count: 0, population: 100 }, { count: 0, population: 200 });
    expect(Number.isNaN(r.ratio)).toBe(true);
    expect(r.low).toBe(0);
    expect(r.high).toBe(Number.POSITIVE_INFINITY);
    expect(r.p).toBe(1);
  });
});

describe('binomTwoSidedP (R binom.test two-sided p)', () => {
  // Values from R: binom.test(x, n, p)$p.value
  it('symmetric case: binom.test(2, 10, 0.5) = 0.109375', () => {
    expect(binomTwoSidedP(2, 10, 0.5)).toBeCloseTo(0.109375, 12);
    expect(binomTwoSidedP(8, 10, 0.5)).toBeCloseTo(0.109375, 12);
  });
  it('x equal to the mean gives 1', () => {
    expect(binomTwoSidedP(5, 10, 0.5)).toBe(1);
  });
  it('p = 0 and p = 1 are degenerate', () => {
    expect(binomTwoSidedP(0, 10, 0)).toBe(1);
    expect(binomTwoSidedP(1, 10, 0)).toBe(0);
    expect(binomTwoSidedP(10, 10, 1)).toBe(1);
  });
});
