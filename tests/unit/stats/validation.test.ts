import { describe, it, expect } from 'vitest';
import { rateCI, ratePer, rateRatio } from '../../../src/lib/stats';

const ok = { count: 3, population: 1000 };

describe('input validation', () => {
  it('rejects negative and non-integer counts', () => {
    expect(() => ratePer(-1, 1000)).toThrow(RangeError);
    expect(() => ratePer(1.5, 1000)).toThrow(/non-negative integer/);
    expect(() => rateCI(-2, 1000)).toThrow(/count/);
    expect(() => rateCI(Number.NaN, 1000)).toThrow(/count/);
    expect(() => rateRatio({ count: 0.5, population: 10 }, ok)).toThrow(/a\.count/);
    expect(() => rateRatio(ok, { count: -1, population: 10 })).toThrow(/b\.count/);
  });

  it('rejects non-positive or non-finite populations', () => {
    expect(() => ratePer(1, 0)).toThrow(/population/);
    expect(() => rateCI(1, -100)).toThrow(/population/);
    expect(() => rateCI(1, Number.POSITIVE_INFINITY)).toThrow(/population/);
    expect(() => rateRatio({ count: 1, population: 0 }, ok)).toThrow(/a\.population/);
    expect(() => rateRatio(ok, { count: 1, population: -1 })).toThrow(/b\.population/);
  });

  it('rejects levels outside (0, 1) and non-positive per', () => {
    for (const level of [0, 1, -0.5, 1.5, Number.NaN]) {
      expect(() => rateCI(1, 1000, { level })).toThrow(/level/);
      expect(() => rateRatio(ok, ok, { level })).toThrow(/level/);
    }
    expect(() => rateCI(1, 1000, { per: 0 })).toThrow(/per/);
    expect(() => ratePer(1, 1000, -1)).toThrow(/per/);
  });

  it('accepts count 0', () => {
    expect(ratePer(0, 1000)).toBe(0);
    expect(() => rateRatio({ count: 0, population: 10 }, ok)).not.toThrow();
  });
});
