/** A rate's interval under extra-Poisson variation. */
import { rateCI, type RateCI, type RateCIOptions } from './rate';

/**
 * The exact Poisson (Garwood) interval of count / population, widened on the log scale by √φ:
 * each end moves away from the estimate by the factor √φ in log terms, so φ = 1 gives the exact
 * interval and a φ estimated from the years before the promise gives one as wide as the
 * year-to-year variation. With count 0 the upper end is the exact one times √φ.
 * Reference: scripts/quasi-reference.R (poisson.test(count, T = population)$conf.int, widened).
 */
export function quasiRateCI(count: number, population: number, phi: number, options: RateCIOptions = {}): RateCI {
  if (!Number.isFinite(phi) || phi < 1) throw new RangeError(`phi must be a number ≥ 1, got ${phi}`);
  const exact = rateCI(count, population, options);
  if (phi === 1) return exact;
  const k = Math.sqrt(phi);
  if (exact.rate === 0) return { rate: 0, low: 0, high: exact.high * k };
  const widen = (end: number) => (end > 0 ? exact.rate * (end / exact.rate) ** k : 0);
  return { rate: exact.rate, low: widen(exact.low), high: widen(exact.high) };
}
