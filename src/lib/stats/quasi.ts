import { betainc, erfc, studentTQuantile } from './special';
import { poissonTrendFit, trendFromSlope, type PoissonTrend, type YearPoint } from './poisson-trend';
import type { CountPopulation } from './rate-ratio';
import type { BeforeAfter } from './difference-in-differences';
import { assertCount, assertLevel, assertPopulation } from './validate';

/** A ratio with its Wald interval on the log scale, its se and the two-sided p-value. */
export interface QuasiRatio {
  ratio: number;
  low: number;
  high: number;
  /** Standard error of log(ratio), already scaled by the dispersion. */
  se: number;
  /** Two-sided p-value of the test of ratio = 1: 2 * pt(-|log(ratio)| / se, df). */
  p: number;
  /** Degrees of freedom of the reference distribution (Infinity: normal). */
  df: number;
}

export interface QuasiOptions {
  /** Confidence level in (0, 1), default 0.95. */
  level?: number;
  /**
   * Degrees of freedom of the estimated dispersion: intervals and p-values then use Student's t
   * (as R's summary.glm does for quasi families). Default Infinity: the dispersion is taken as
   * known and the normal distribution is used. For the ratio of rate ratios: `[dfTarget, dfComparison]`.
   */
  df?: number;
}

function assertPhi(phi: number, name: string): void {
  if (!Number.isFinite(phi) || phi <= 0) throw new RangeError(`${name} must be a finite number > 0, got ${String(phi)}`);
}

/** 2 * P(X > |z|) for X standard normal (df = Infinity) or Student t with df degrees of freedom: R's 2 * pt(-|z|, df). */
export function twoSidedP(z: number, df = Number.POSITIVE_INFINITY): number {
  if (!Number.isFinite(df)) return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  return Math.min(1, betainc(df / (df + z * z), df / 2, 0.5));
}

/** Quantile of the standard normal (df = Infinity) or Student's t: R's qnorm(p) / qt(p, df). */
export function tQuantile(p: number, df = Number.POSITIVE_INFINITY): number {
  return studentTQuantile(p, df);
}

function wald(logRatio: number, se: number, level: number, df: number): QuasiRatio {
  const z = tQuantile((1 + level) / 2, df);
  return { ratio: Math.exp(logRatio), low: Math.exp(logRatio - z * se), high: Math.exp(logRatio + z * se), se, p: twoSidedP(logRatio / se, df), df };
}

/**
 * Rate ratio a / b under a quasi-Poisson model: Wald interval on the log
 * scale with se = sqrt(phi * (1/a.count + 1/b.count)).
 *
 * Matches R's `glm(count ~ group + offset(log(population)), family = quasipoisson)`
 * read with `summary(fit, dispersion = phi)`: the group coefficient, its se, and
 * est ± qnorm((1 + level) / 2) * se (with `df`: qt and pt). Returns null when either count is 0.
 */
export function quasiRateRatio(a: CountPopulation, b: CountPopulation, phi: number, options: QuasiOptions = {}): QuasiRatio | null {
  const { level = 0.95, df = Number.POSITIVE_INFINITY } = options;
  assertLevel(level);
  assertPhi(phi, 'phi');
  for (const [n, c] of [['a', a], ['b', b]] as const) {
    assertCount(c.count, `${n}.count`);
    assertPopulation(c.population, `${n}.population`);
  }
  if (a.count === 0 || b.count === 0) return null;
  const logRatio = Math.log(a.count / a.population) - Math.log(b.count / b.population);
  return wald(logRatio, Math.sqrt(phi * (1 / a.count + 1 / b.count)), level, df);
}

/**
 * Ratio of rate ratios (target's period / baseline over the comparison's)
 * with each area's own dispersion:
 * se = sqrt(phiTarget * (1/t0 + 1/t1) + phiComparison * (1/c0 + 1/c1)).
 *
 * Matches R's saturated `glm(count ~ target * period + offset(log(population)),
 * family = quasipoisson, weights = 1 / phi)` read with `summary(fit, dispersion = 1)`
 * (prior weights 1/phi give each cell the variance phi * mu). With `df`, Student's t with the
 * Welch–Satterthwaite degrees of freedom of the two variance terms. Null when a count is 0.
 */
export function quasiDifferenceInDifferences(
  target: BeforeAfter,
  comparison: BeforeAfter,
  phiTarget: number,
  phiComparison: number,
  options: { level?: number; df?: readonly [dfTarget: number, dfComparison: number] } = {},
): QuasiRatio | null {
  const { level = 0.95, df = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY] } = options;
  assertLevel(level);
  assertPhi(phiTarget, 'phiTarget');
  assertPhi(phiComparison, 'phiComparison');
  const t = quasiRateRatio(target.period, target.baseline, 1);
  const c = quasiRateRatio(comparison.period, comparison.baseline, 1);
  if (!t || !c) return null;
  const vt = phiTarget * t.se ** 2;
  const vc = phiComparison * c.se ** 2;
  // Welch–Satterthwaite: the degrees of freedom of a sum of two estimated variances.
  const dfSum = (vt + vc) ** 2 / (vt ** 2 / df[0] + vc ** 2 / df[1]);
  return wald(Math.log(t.ratio) - Math.log(c.ratio), Math.sqrt(vt + vc), level, dfSum);
}

/**
 * The log-linear trend of {@link poissonTrend} with the slope's se scaled by
 * sqrt(phi): R's `glm(count ~ year + offset(log(population)), family = quasipoisson)`
 * with `summary(fit, dispersion = phi)` and a normal (`confint.default`) interval.
 */
export function quasiPoissonTrend(points: readonly YearPoint[], phi: number, options: QuasiOptions = {}): PoissonTrend | null {
  const { level = 0.95 } = options;
  assertLevel(level);
  assertPhi(phi, 'phi');
  const fit = poissonTrendFit(points);
  return fit ? trendFromSlope(fit.slope, fit.se * Math.sqrt(phi), level) : null;
}

/** The smallest decrease and increase (as fractions: 0.2 = 20 %) a test with this se would detect. */
export interface DetectableChange {
  decrease: number;
  increase: number;
}

/**
 * Minimum detectable change of a two-sided Wald test at `level` with
 * probability `power`: on the log scale k = qnorm((1 + level) / 2) + qnorm(power)
 * standard errors (with `df`: qt instead of qnorm), so the smallest decrease is
 * 1 − exp(−k se) and the smallest increase exp(k se) − 1. Defaults: level 0.95, power 0.8.
 */
export function detectableChange(se: number, options: { level?: number; power?: number; df?: number } = {}): DetectableChange {
  const { level = 0.95, power = 0.8, df = Number.POSITIVE_INFINITY } = options;
  assertLevel(level);
  assertLevel(power);
  if (!Number.isFinite(se) || se < 0) throw new RangeError(`se must be a finite number >= 0, got ${String(se)}`);
  const k = tQuantile((1 + level) / 2, df) + tQuantile(power, df);
  return { decrease: 1 - Math.exp(-k * se), increase: Math.exp(k * se) - 1 };
}
