import { describe, it, expect } from 'vitest';
import { rateCI, ratePer } from '../../../src/lib/stats';
import { expectClose, reference } from './helpers';

describe('rateCI matches R poisson.test(count, population / per)', () => {
  it('has at least 15 reference cases', () => {
    expect(reference.rateCI.length).toBeGreaterThanOrEqual(15);
  });
  it.each(reference.rateCI.map((c) => [`${c.count}/${c.population} per ${c.per} @${c.level}`, c] as const))(
    '%s',
    (label, c) => {
      const r = rateCI(c.count, c.population, { per: c.per, level: c.level });
      expectClose(r.rate, c.rate, `${label} rate`);
      expectClose(r.low, c.low, `${label} low`);
      expectClose(r.high, c.high, `${label} high`);
      expectClose(ratePer(c.count, c.population, c.per), c.rate, `${label} ratePer`);
    },
  );
});

describe('ratePer / rateCI basics', () => {
  it('defaults to per 100 000 and level 0.95', () => {
    expect(ratePer(37, 24372)).toBeCloseTo((37 / 24372) * 1e5, 10);
    const a = rateCI(37, 24372);
    const b = rateCI(37, 24372, { per: 100000, level: 0.95 });
    expect(a).toEqual(b);
  });
  it('count 0 gives rate 0 and low 0', () => {
    const r = rateCI(0, 24372);
    expect(r.rate).toBe(0);
    expect(r.low).toBe(0);
    expect(r.high).toBeGreaterThan(0);
  });
  it('a wider level gives a wider interval', () => {
    const r90 = rateCI(37, 24372, { level: 0.9 });
    const r99 = rateCI(37, 24372, { level: 0.99 });
    expect(r99.low).toBeLessThan(r90.low);
    expect(r99.high).toBeGreaterThan(r90.high);
  });
});
