import { describe, it, expect } from 'vitest';
import { poissonTrend } from '../../../src/lib/stats';
import { expectClose, reference } from './helpers';

describe('poissonTrend matches R glm(count ~ year + offset(log(population)), poisson)', () => {
  it('has at least 6 reference cases', () => {
    expect(reference.poissonTrend.length).toBeGreaterThanOrEqual(6);
  });
  it.each(reference.poissonTrend.map((c) => [c.name, c] as const))('%s', (label, c) => {
    const r = poissonTrend(c.points, { level: c.level });
    expect(r).not.toBeNull();
    if (r === null) return;
    expectClose(r.slope, c.slope, `${label} slope`);
    expectClose(r.se, c.se, `${label} se`);
    expectClose(r.annualRatio, c.annualRatio, `${label} annualRatio`);
    expectClose(r.low, c.low, `${label} low`);
    expectClose(r.high, c.high, `${label} high`);
  });
});

describe('poissonTrend returns null when no finite estimate exists', () => {
  const pop = 24372;
  it('all-zero counts', () => {
    expect(poissonTrend([2020, 2021, 2022].map((year) => ({ year, count: 0, population: pop })))).toBeNull();
  });
  it('fewer than two distinct years', () => {
    expect(poissonTrend([])).toBeNull();
    expect(poissonTrend([{ year: 2020, count: 5, population: pop }])).toBeNull();
    expect(
      poissonTrend([
        { year: 2020, count: 5, population: pop },
        { year: 2020, count: 7, population: pop },
      ]),
    ).toBeNull();
  });
  it('all events in the first or only in the last year (infinite slope)', () => {
    const first = [5, 0, 0].map((count, i) => ({ year: 2020 + i, count, population: pop }));
    const last = [0, 0, 3].map((count, i) => ({ year: 2020 + i, count, population: pop }));
    expect(poissonTrend(first)).toBeNull();
    expect(poissonTrend(last)).toBeNull();
  });
  it('events only in a middle year still have a finite estimate', () => {
    const mid = [0, 4, 0].map((count, i) => ({ year: 2020 + i, count, population: pop }));
    const r = poissonTrend(mid);
    expect(r).not.toBeNull();
    expect(r?.slope ?? Number.NaN).toBeCloseTo(0, 8);
  });
});

describe('poissonTrend validation', () => {
  const ok = { year: 2020, count: 1, population: 100 };
  it('throws on negative count', () => {
    expect(() => poissonTrend([ok, { year: 2021, count: -1, population: 100 }])).toThrow(/count/);
  });
  it('throws on non-integer count', () => {
    expect(() => poissonTrend([ok, { year: 2021, count: 1.5, population: 100 }])).toThrow(/integer/);
  });
  it('throws on population <= 0', () => {
    expect(() => poissonTrend([ok, { year: 2021, count: 1, population: 0 }])).toThrow(/population/);
    expect(() => poissonTrend([ok, { year: 2021, count: 1, population: -5 }])).toThrow(/population/);
  });
  it('throws on non-finite year and bad level', () => {
    expect(() => poissonTrend([ok, { year: Number.NaN, count: 1, population: 100 }])).toThrow(/year/);
    expect(() => poissonTrend([ok], { level: 1 })).toThrow(/level/);
  });
});
