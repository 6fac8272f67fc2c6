/**
 * Survey indicators as proportions: "x of n respondents" with a Wilson or Clopper–Pearson
 * interval, optionally with a design effect (weighting, clustering) that shrinks n to the
 * effective n = n / deff while the share x / n is kept.
 */
import { betaQuantile } from './special';
import { tQuantile } from './quasi';
import { assertLevel } from './validate';

export type ProportionMethod = 'wilson' | 'clopper-pearson';

export interface ProportionOptions {
  /** Confidence level in (0, 1), default 0.95. */
  level?: number;
  /** Default 'wilson' (R: prop.test(x, n, correct = FALSE)). */
  method?: ProportionMethod;
  /** Design effect ≥ 1 (default 1): the interval is computed for x / deff of n / deff. */
  deff?: number;
}

export interface ProportionCI {
  /** x / n. */
  share: number;
  low: number;
  high: number;
  /** The n the interval was computed with: n / deff. */
  effectiveN: number;
  method: ProportionMethod;
}

/** Throws unless x of n is a possible survey result: n > 0 respondents, 0 ≤ x ≤ n. */
export function assertProportion(x: number, n: number, name = ''): void {
  const at = name ? `${name}: ` : '';
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${at}n must be a finite number > 0, got ${String(n)}`);
  if (!Number.isFinite(x) || x < 0 || x > n) throw new RangeError(`${at}x must be a number in [0, n], got ${String(x)} of ${String(n)}`);
}

export function assertDeff(deff: number): void {
  if (!Number.isFinite(deff) || deff < 1) throw new RangeError(`deff must be a finite number >= 1, got ${String(deff)}`);
}

/** Quantile of Beta(a, b): R's qbeta(p, a, b) (see ./special-beta). */
export function betaQ(p: number, a: number, b: number): number {
  return betaQuantile(p, a, b);
}

/** Wilson score interval for x of n (x, n may be non-integer effective counts). */
function wilson(x: number, n: number, level: number): [number, number] {
  const z = tQuantile((1 + level) / 2);
  const p = x / n;
  const z2n = (z * z) / n;
  const centre = p + z2n / 2;
  const half = z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  const denom = 1 + z2n;
  return [Math.max(0, (centre - half) / denom), Math.min(1, (centre + half) / denom)];
}

/** Clopper–Pearson: the beta quantiles behind binom.test's interval. */
function clopperPearson(x: number, n: number, level: number): [number, number] {
  const alpha = (1 - level) / 2;
  const low = x === 0 ? 0 : betaQ(alpha, x, n - x + 1);
  const high = x === n ? 1 : betaQ(1 - alpha, x + 1, n - x);
  return [low, high];
}

/**
 * The share x / n with its confidence interval.
 *
 * - 'wilson' matches R's `prop.test(x, n, correct = FALSE)$conf.int`.
 * - 'clopper-pearson' matches R's `binom.test(x, n)$conf.int`, i.e.
 *   `qbeta(alpha / 2, x, n − x + 1)` and `qbeta(1 − alpha / 2, x + 1, n − x)`.
 * - With a design effect the interval is that of x / deff of n / deff (the Kish effective
 *   sample size); the share is unchanged. Effective counts need not be whole numbers.
 */
export function proportionCI(x: number, n: number, options: ProportionOptions = {}): ProportionCI {
  const { level = 0.95, method = 'wilson', deff = 1 } = options;
  assertLevel(level);
  assertProportion(x, n);
  assertDeff(deff);
  const xe = x / deff;
  const ne = n / deff;
  const [low, high] = method === 'wilson' ? wilson(xe, ne, level) : clopperPearson(xe, ne, level);
  return { share: x / n, low, high, effectiveN: ne, method };
}
