import { rateCI, type RateCI } from './rate';
import { rateRatio, type RateRatio } from './rate-ratio';
import type { YearPoint } from './poisson-trend';
import { assertCount, assertPopulation, assertYear } from './validate';

/** Inclusive year range `[from, to]`. */
export type YearRange = readonly [from: number, to: number];

/** Totals and rate for one period of a {@link comparePeriods} call. */
export interface PeriodSummary extends RateCI {
  /** First and last year of the requested range. */
  from: number;
  to: number;
  /** Number of series rows that fell inside the range. */
  rows: number;
  /** Sum of counts over the period. */
  count: number;
  /** Sum of yearly populations over the period (person-years). */
  population: number;
}

/** Result of {@link comparePeriods}. */
export interface PeriodComparison {
  baseline: PeriodSummary;
  period: PeriodSummary;
  /** Rate ratio period / baseline (> 1 means the rate went up). */
  ratio: RateRatio;
}

/** Options for {@link comparePeriods}. */
export interface ComparePeriodsOptions {
  /** Rate denominator, default 100000. */
  per?: number;
  /** Confidence level in (0, 1), default 0.95. */
  level?: number;
}

function summarise(series: readonly YearPoint[], range: YearRange, name: string, per: number, level: number): PeriodSummary {
  const [from, to] = range;
  assertYear(from, `${name}[0]`);
  assertYear(to, `${name}[1]`);
  if (from > to) throw new RangeError(`${name}: from (${from}) is after to (${to})`);
  const inside = series.filter((pt) => pt.year >= from && pt.year <= to);
  if (inside.length === 0) throw new RangeError(`${name}: no data for ${from}–${to}`);
  const count = inside.reduce((s, pt) => s + pt.count, 0);
  const population = inside.reduce((s, pt) => s + pt.population, 0);
  return { from, to, rows: inside.length, count, population, ...rateCI(count, population, { per, level }) };
}

/**
 * Compares a period with a baseline period. Counts and yearly populations
 * are summed over each inclusive year range (populations summed = person-
 * years), giving for each period the rate per `per` person-years with its
 * exact Poisson interval ({@link rateCI}) and the exact rate ratio
 * period / baseline ({@link rateRatio}).
 *
 * Matches in R, with (x0, T0) and (x1, T1) the baseline and period sums:
 * `poisson.test(x0, T0 / per)`, `poisson.test(x1, T1 / per)` and
 * `poisson.test(c(x1, x0), c(T1, T0))`.
 * Throws a `RangeError` on invalid points, a range with from > to, a range
 * with no data, or overlapping ranges (the periods must be disjoint).
 */
export function comparePeriods(
  series: readonly YearPoint[],
  baselineYears: YearRange,
  periodYears: YearRange,
  options: ComparePeriodsOptions = {},
): PeriodComparison {
  const { per = 100000, level = 0.95 } = options;
  series.forEach((pt, i) => {
    assertYear(pt.year, `series[${i}].year`);
    assertCount(pt.count, `series[${i}].count`);
    assertPopulation(pt.population, `series[${i}].population`);
  });
  if (baselineYears[0] <= periodYears[1] && periodYears[0] <= baselineYears[1]) {
    throw new RangeError('baselineYears and periodYears overlap');
  }
  const baseline = summarise(series, baselineYears, 'baselineYears', per, level);
  const period = summarise(series, periodYears, 'periodYears', per, level);
  return { baseline, period, ratio: rateRatio(period, baseline, { level }) };
}
