import { normalQuantile } from './special';
import { assertCount, assertLevel, assertPopulation, assertYear } from './validate';

/** One year of a series: event count and population (inhabitants) that year. */
export interface YearPoint {
  year: number;
  count: number;
  population: number;
}

/** Fitted log-linear trend: yearly multiplicative change in the rate. */
export interface PoissonTrend {
  /** exp(slope): the rate is multiplied by this each year (1.03 = +3 % per year). */
  annualRatio: number;
  /** Lower Wald limit of annualRatio, exp(slope + qnorm((1 - level) / 2) * se). */
  low: number;
  /** Upper Wald limit of annualRatio, exp(slope + qnorm((1 + level) / 2) * se). */
  high: number;
  /** Year coefficient on the log scale. */
  slope: number;
  /** Standard error of the slope (from the Fisher information). */
  se: number;
}

/** Options for {@link poissonTrend}. */
export interface PoissonTrendOptions {
  /** Confidence level in (0, 1), default 0.95. */
  level?: number;
}

const MAX_ITER = 100;
const TOL = 1e-13;

/**
 * Log-linear Poisson regression of count on year with log(population) as
 * offset, fitted by iteratively reweighted least squares (year centred for
 * numerical stability; the slope and its se do not depend on the centring).
 *
 * Matches R's
 * `fit <- glm(count ~ year + offset(log(population)), family = poisson)`:
 * `slope` = `coef(fit)["year"]`, `se` = `sqrt(vcov(fit)["year", "year"])`,
 * `[low, high]` = `exp(confint.default(fit, "year", level = level))`.
 *
 * Returns `null` when no finite estimate exists: all counts 0, fewer than two
 * distinct years, or all events in the first year only / the last year only
 * (the maximum-likelihood slope is then -/+ infinite; R would report a huge
 * slope with a convergence warning), or if IRLS fails to converge.
 * Throws a `RangeError` on a negative or non-integer count, a population
 * <= 0, a non-finite year, or a level outside (0, 1).
 */
export function poissonTrend(points: readonly YearPoint[], options: PoissonTrendOptions = {}): PoissonTrend | null {
  const { level = 0.95 } = options;
  assertLevel(level);
  const fit = poissonTrendFit(points);
  return fit ? trendFromSlope(fit.slope, fit.se, level) : null;
}

/** The maximum-likelihood fit behind {@link poissonTrend}: slope, its model se, and the fitted counts (same order as `points`). */
export interface PoissonTrendFit {
  slope: number;
  se: number;
  fitted: number[];
}

/** Fits the log-linear Poisson trend (see {@link poissonTrend}); null when no finite estimate exists. */
export function poissonTrendFit(points: readonly YearPoint[]): PoissonTrendFit | null {
  points.forEach((pt, i) => {
    assertYear(pt.year, `points[${i}].year`);
    assertCount(pt.count, `points[${i}].count`);
    assertPopulation(pt.population, `points[${i}].population`);
  });

  const years = points.map((pt) => pt.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  if (points.length < 2 || minYear === maxYear) return null;
  const withEvents = points.filter((pt) => pt.count > 0);
  if (withEvents.length === 0) return null;
  if (withEvents.every((pt) => pt.year === minYear) || withEvents.every((pt) => pt.year === maxYear)) return null;

  const meanYear = years.reduce((s, y) => s + y, 0) / years.length;
  const x = years.map((y) => y - meanYear);
  const y = points.map((pt) => pt.count);
  const offset = points.map((pt) => Math.log(pt.population));
  const at = (arr: readonly number[], i: number): number => arr[i] ?? Number.NaN;

  // R's poisson()$initialize: mu = y + 0.1.
  let mu = y.map((v) => v + 0.1);
  let eta = mu.map(Math.log);
  let b0 = Number.NaN;
  let b1 = Number.NaN;
  let converged = false;
  for (let iter = 0; iter < MAX_ITER && !converged; iter++) {
    // Working response (without offset) and weights for the log link.
    const z = eta.map((e, i) => e - at(offset, i) + (at(y, i) - at(mu, i)) / at(mu, i));
    const { intercept, slope } = weightedLine(x, z, mu);
    converged = Math.abs(slope - b1) <= TOL * (1 + Math.abs(slope)) && Math.abs(intercept - b0) <= TOL * (1 + Math.abs(intercept));
    b0 = intercept;
    b1 = slope;
    eta = x.map((xi, i) => at(offset, i) + b0 + b1 * xi);
    mu = eta.map(Math.exp);
  }
  if (!converged || !Number.isFinite(b1)) return null;

  // Var(slope) = 1 / sum(w (x - xw)^2) with w = mu at the estimate.
  const { sxx } = weightedMoments(x, mu);
  return { slope: b1, se: Math.sqrt(1 / sxx), fitted: mu };
}

/** Wald interval of exp(slope) with the given standard error. */
export function trendFromSlope(slope: number, se: number, level: number): PoissonTrend {
  const zLow = normalQuantile((1 - level) / 2, 0, 1);
  const zHigh = normalQuantile((1 + level) / 2, 0, 1);
  return { annualRatio: Math.exp(slope), low: Math.exp(slope + zLow * se), high: Math.exp(slope + zHigh * se), slope, se };
}

/** Weighted mean of x and weighted sum of squares around it. */
function weightedMoments(x: readonly number[], w: readonly number[]): { xw: number; sxx: number } {
  let sw = 0;
  let swx = 0;
  x.forEach((xi, i) => {
    const wi = w[i] ?? 0;
    sw += wi;
    swx += wi * xi;
  });
  const xw = swx / sw;
  let sxx = 0;
  x.forEach((xi, i) => {
    sxx += (w[i] ?? 0) * (xi - xw) ** 2;
  });
  return { xw, sxx };
}

/** Weighted least-squares line z ~ intercept + slope * x. */
function weightedLine(x: readonly number[], z: readonly number[], w: readonly number[]): { intercept: number; slope: number } {
  const { xw, sxx } = weightedMoments(x, w);
  let sw = 0;
  let swz = 0;
  z.forEach((zi, i) => {
    const wi = w[i] ?? 0;
    sw += wi;
    swz += wi * zi;
  });
  const zw = swz / sw;
  let sxz = 0;
  x.forEach((xi, i) => {
    sxz += (w[i] ?? 0) * (xi - xw) * ((z[i] ?? 0) - zw);
  });
  const slope = sxz / sxx;
  return { intercept: zw - slope * xw, slope };
}
