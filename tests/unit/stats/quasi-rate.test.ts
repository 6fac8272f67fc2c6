import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quasiRateCI, rateCI } from '../../../src/lib/stats';
import { expectClose, type JsonNum } from './helpers';

interface Ref {
  quasiRateCI: { count: number; population: number; phi: number; rate: JsonNum; low: JsonNum; high: JsonNum }[];
}
/** Written by scripts/quasi-reference.R (poisson.test's exact interval, widened by √φ on the log scale). */
const ref = JSON.parse(readFileSync(new URL('../../fixtures/quasi-reference.json', import.meta.url), 'utf8')) as Ref;

describe('quasiRateCI matches R', () => {
  it.each(ref.quasiRateCI.map((c) => [c.count, c.population, c.phi, c] as const))('count %d, population %d, phi %d', (_, __, ___, c) => {
    const ci = quasiRateCI(c.count, c.population, c.phi);
    expectClose(ci.rate, c.rate, 'rate');
    expectClose(ci.low, c.low, 'low');
    expectClose(ci.high, c.high, 'high');
  });

  it('is the exact interval at phi 1, wider above it, and refuses phi below 1', () => {
    expect(quasiRateCI(195, 24250, 1)).toEqual(rateCI(195, 24250));
    const exact = rateCI(195, 24250);
    const wide = quasiRateCI(195, 24250, 3);
    expect(wide.low).toBeLessThan(exact.low);
    expect(wide.high).toBeGreaterThan(exact.high);
    expect(() => quasiRateCI(195, 24250, 0.5)).toThrow(RangeError);
  });
});
