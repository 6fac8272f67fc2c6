import { normalQuantile } from './special';
import type { CountPopulation } from './rate-ratio';
import { changeIsSignificant } from './significance';
import { assertCount, assertLevel, assertPopulation } from './validate';

/** Baseline and follow-up period for one area. */
export interface BeforeAfter {
  baseline: CountPopulation;
  period: CountPopulation;
}

/** Ratio of rate ratios with its Wald interval. */
export interface DifferenceInDifferences {
  /** (target period / baseline rate ratio) / (comparison period / baseline rate ratio). */
  ratio: number;
  /** Lower Wald limit. */
  low: number;
  /** Upper Wald limit. */
  high: number;
  /** Standard error of log(ratio): sqrt(1/a1 + 1/a0 + 1/c1 + 1/c0). */
  se: number;
  /** True when the interval excludes 1 (see {@link changeIsSignificant}). */
  excludesOne: boolean;
}

/** Options for {@link differenceInDifferences}. */
export interface DifferenceInDifferencesOptions {
  /** Confidence level in (0, 1), default 0.95. */
  level?: number;
}

/**
 * Difference-in-differences on the ratio scale: the target area's rate ratio
 * (period / baseline) divided by the comparison area's rate ratio, i.e. how
 * much more (> 1) or less (< 1) the target changed than the comparison.
 *
 * The interval is a Wald interval on the log scale from the four counts,
 * se = sqrt(1/a1 + 1/a0 + 1/c1 + 1/c0), exp(log(ratio) ± z * se). It equals
 * the interaction term of the saturated Poisson model in R:
 * `glm(count ~ target * period + offset(log(population)), family = poisson)`
 * with `exp(confint.default(fit, "target:period"))`.
 *
 * Returns `null` when any of the four counts is 0 (the Wald se is then
 * undefined). Throws a `RangeError` on invalid counts, populations or level.
 */
export function differenceInDifferences(
  target: BeforeAfter,
  comparison: BeforeAfter,
  options: DifferenceInDifferencesOptions = {},
): DifferenceInDifferences | null {
  const { level = 0.95 } = options;
  assertLevel(level);
  const cells: [string, CountPopulation][] = [
    ['target.baseline', target.baseline],
    ['target.period', target.period],
    ['comparison.baseline', comparison.baseline],
    ['comparison.period', comparison.period],
  ];
  for (const [name, cell] of cells) {
    assertCount(cell.count, `${name}.count`);
    assertPopulation(cell.population, `${name}.population`);
  }
  if (cells.some(([, cell]) => cell.count === 0)) return null;

  const logRate = (c: CountPopulation): number => Math.log(c.count) - Math.log(c.population);
  const logRatio =
    logRate(target.period) - logRate(target.baseline) - (logRate(comparison.period) - logRate(comparison.baseline));
  const se = Math.sqrt(cells.reduce((s, [, cell]) => s + 1 / cell.count, 0));
  const z = normalQuantile((1 + level) / 2, 0, 1);
  const low = Math.exp(logRatio - z * se);
  const high = Math.exp(logRatio + z * se);
  return { ratio: Math.exp(logRatio), low, high, se, excludesOne: changeIsSignificant(low, high) };
}
