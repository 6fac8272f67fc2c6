import { betaQuantile } from './special';
import { binomTwoSidedP } from './binom-test';
import { assertCount, assertLevel, assertPopulation } from './validate';

/** An event count with the population (or person-years) it arose from. */
export interface CountPopulation {
  /** Number of events, a non-negative integer. */
  count: number;
  /** Inhabitants or person-years at risk, > 0. */
  population: number;
}

/** Rate ratio of group a over group b with confidence interval and p-value. */
export interface RateRatio {
  /** (a.count / a.population) / (b.count / b.population); Infinity when only b.count is 0, NaN when both are 0. */
  ratio: number;
  /** Lower confidence limit (0 when a.count is 0). */
  low: number;
  /** Upper confidence limit (Infinity when b.count is 0). */
  high: number;
  /** Exact two-sided p-value for H0: ratio = 1. */
  p: number;
}

/** Options for {@link rateRatio}. */
export interface RateRatioOptions {
  /** Confidence level in (0, 1), default 0.95. */
  level?: number;
}

/**
 * Ratio of two Poisson rates, a over b, with the exact conditional interval
 * and exact two-sided p-value. Conditional on the total n = a.count + b.count,
 * a.count ~ Bin(n, pi) with pi = Ta / (Ta + Tb) under H0; the Clopper-Pearson
 * limits for pi (beta quantiles) are mapped to the ratio as pp / (1 - pp) * Tb / Ta.
 *
 * Matches R's
 * `poisson.test(c(a.count, b.count), c(a.population, b.population), conf.level = level)`:
 * `ratio` is `$estimate`, `[low, high]` is `$conf.int`, `p` is `$p.value`.
 * When both counts are 0 the result is, as in R, ratio NaN, [0, Infinity], p = 1.
 * Throws a `RangeError` on invalid counts, populations or level.
 */
export function rateRatio(a: CountPopulation, b: CountPopulation, options: RateRatioOptions = {}): RateRatio {
  const { level = 0.95 } = options;
  assertCount(a.count, 'a.count');
  assertCount(b.count, 'b.count');
  assertPopulation(a.population, 'a.population');
  assertPopulation(b.population, 'b.population');
  assertLevel(level);

  const x = a.count;
  const n = a.count + b.count;
  const ta = a.population;
  const tb = b.population;
  const alpha = (1 - level) / 2;
  const ppLow = x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1);
  const ppHigh = x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x);
  const toRatio = (pp: number): number => ((pp / (1 - pp)) * tb) / ta;

  return {
    ratio: x / ta / (b.count / tb),
    low: toRatio(ppLow),
    high: toRatio(ppHigh),
    p: binomTwoSidedP(x, n, ta / (ta + tb)),
  };
}
