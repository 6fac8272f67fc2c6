import { gammaQuantile } from './gamma-quantile';
import { assertCount, assertLevel, assertPer, assertPopulation } from './validate';

/** A rate per `per` inhabitants with its confidence interval. */
export interface RateCI {
  /** Point estimate, count / population * per. */
  rate: number;
  /** Lower confidence limit (0 when count is 0). */
  low: number;
  /** Upper confidence limit. */
  high: number;
}

/** Options for {@link rateCI}. */
export interface RateCIOptions {
  /** Rate denominator, default 100000 (events per 100 000 inhabitants). */
  per?: number;
  /** Confidence level in (0, 1), default 0.95. */
  level?: number;
}

/**
 * Plain rate: `count / population * per` (default per 100 000 inhabitants).
 *
 * Matches R's `count / population * per` (the `$estimate` of
 * `poisson.test(count, population / per)`). Throws a `RangeError` on a
 * negative or non-integer count, a non-positive population or per.
 */
export function ratePer(count: number, population: number, per = 100000): number {
  assertCount(count);
  assertPopulation(population);
  assertPer(per);
  return (count / population) * per;
}

/**
 * Rate per `per` inhabitants with the exact Poisson (Garwood) confidence
 * interval: with alpha = (1 - level) / 2 and T = population / per,
 * low = qgamma(alpha, count) / T (0 when count is 0) and
 * high = qgamma(1 - alpha, count + 1) / T.
 *
 * Matches R's `poisson.test(count, population / per, conf.level = level)`:
 * `rate` is `$estimate`, `[low, high]` is `$conf.int`.
 * Throws a `RangeError` on invalid input (see {@link ratePer}; level must be
 * in (0, 1)).
 */
export function rateCI(count: number, population: number, options: RateCIOptions = {}): RateCI {
  const { per = 100000, level = 0.95 } = options;
  assertCount(count);
  assertPopulation(population);
  assertPer(per);
  assertLevel(level);
  const time = population / per;
  const alpha = (1 - level) / 2;
  const low = count === 0 ? 0 : gammaQuantile(alpha, count) / time;
  const high = gammaQuantile(1 - alpha, count + 1) / time;
  return { rate: count / time, low, high };
}
