import type { YearRange } from './compare';
import { pearsonDispersion, type Dispersion } from './dispersion';
import type { YearPoint } from './poisson-trend';
import { detectableChange, quasiDifferenceInDifferences, quasiRateRatio, type DetectableChange, type QuasiRatio } from './quasi';
import type { CountPopulation } from './rate-ratio';

/** What the data say about one indicator: lower crime is an improvement. */
export type Verdict = 'improved' | 'worsened' | 'cannot-tell' | 'too-few';

export interface AssessInput {
  /** The municipality's yearly counts and populations. */
  own: readonly YearPoint[];
  /** The comparison group summed per year, or null when there is none. */
  group: readonly YearPoint[] | null;
  baseline: YearRange;
  period: YearRange;
  /** Years the dispersion is estimated from: those before the first promise. */
  dispersionYears: YearRange;
  /** Confidence level, default 0.95 (a change is called at p < 1 − level). */
  level?: number;
  /** Power for the detectable change, default 0.8. */
  power?: number;
  /** Fewer crimes than this in the baseline or the period: too few, default 10. */
  minCount?: number;
}

export interface Assessment {
  verdict: Verdict;
  /** What the verdict rests on: the change relative to the group, or (no group) the own change. */
  basis: 'relative' | 'own';
  /** Summed counts of the municipality; for the too-few rule only, never for display. */
  counts: { baseline: number; period: number };
  dispersion: { own: Dispersion; group: Dispersion | null };
  /** The municipality's period / baseline rate ratio (quasi-Poisson). */
  change: QuasiRatio | null;
  /** The group's period / baseline rate ratio (quasi-Poisson). */
  groupChange: QuasiRatio | null;
  /** The municipality's rate ratio over the group's. */
  relative: QuasiRatio | null;
  /** Smallest change of the basis the data could detect (null when too few). */
  detectable: DetectableChange | null;
  /** Two-sided p-value of the basis (NaN when too few). */
  p: number;
  level: number;
}

const inRange = ([from, to]: YearRange) => (pt: YearPoint) => pt.year >= from && pt.year <= to;

function total(points: readonly YearPoint[], range: YearRange): CountPopulation | null {
  const inside = points.filter(inRange(range));
  if (inside.length === 0) return null;
  return { count: inside.reduce((s, p) => s + p.count, 0), population: inside.reduce((s, p) => s + p.population, 0) };
}

/** The verdict from a ratio and its (possibly Holm-adjusted) p-value. */
export function verdictFor(ratio: number, p: number, level: number, tooFew: boolean): Verdict {
  if (tooFew || !Number.isFinite(ratio) || Number.isNaN(p)) return tooFew ? 'too-few' : 'cannot-tell';
  // 1 − 0.95 is 0.050000000000000044 in binary: round so that p = 0.05 is not called at level 0.95.
  const alpha = Math.round((1 - level) * 1e12) / 1e12;
  if (p >= alpha) return 'cannot-tell';
  return ratio < 1 ? 'improved' : 'worsened';
}

/**
 * Assesses one indicator for one promise: did the rate change from the
 * baseline to the promise period by more than the year-to-year variation
 * of the series allows?
 *
 * - Too few: fewer than `minCount` crimes in the baseline or the period.
 * - The dispersion phi (quasi-Poisson, floored at 1) is estimated separately
 *   for the municipality and the group from their own `dispersionYears`
 *   around a log-linear trend ({@link pearsonDispersion}).
 * - With a group, the verdict rests on the ratio of rate ratios
 *   ({@link quasiDifferenceInDifferences}): changes the whole group shares
 *   (national trends, reporting changes) are not credited to the promise.
 *   Without a group it rests on the own rate ratio ({@link quasiRateRatio}).
 * - The dispersions are estimates from few years, so intervals and p-values use Student's t with
 *   their residual degrees of freedom (Welch–Satterthwaite for the ratio of rate ratios).
 * - Improved / worsened when the test's p < 1 − level, else cannot tell.
 *
 * Calibrated on placebos (tests/db/placebo.test.ts, tests/unit/stats/placebo-nb.test.ts):
 * with a comparison group, on data without any promise effect, it calls a change in at most 5 %
 * of cases. The own-only basis (no group) is not covered by that calibration: a trend the
 * municipality shares with the whole country is then read as a change.
 */
export function assessIndicator(input: AssessInput): Assessment {
  const { level = 0.95, power = 0.8, minCount = 10 } = input;
  const ownB = total(input.own, input.baseline);
  const ownP = total(input.own, input.period);
  const counts = { baseline: ownB?.count ?? 0, period: ownP?.count ?? 0 };
  const dispersion = {
    own: pearsonDispersion([input.own.filter(inRange(input.dispersionYears))]),
    group: input.group ? pearsonDispersion([input.group.filter(inRange(input.dispersionYears))]) : null,
  };
  // A dispersion without residual degrees of freedom is not an estimate: phi = 1 is then taken as known.
  const dfOf = (d: Dispersion | null) => (d && d.df > 0 ? d.df : Number.POSITIVE_INFINITY);
  const dfOwn = dfOf(dispersion.own);
  const dfGroup = dfOf(dispersion.group);
  const change = ownB && ownP ? quasiRateRatio(ownP, ownB, dispersion.own.phi, { level, df: dfOwn }) : null;
  const grpB = input.group ? total(input.group, input.baseline) : null;
  const grpP = input.group ? total(input.group, input.period) : null;
  const groupPhi = dispersion.group?.phi ?? 1;
  const groupChange = grpB && grpP ? quasiRateRatio(grpP, grpB, groupPhi, { level, df: dfGroup }) : null;
  const relative =
    ownB && ownP && grpB && grpP
      ? quasiDifferenceInDifferences({ baseline: ownB, period: ownP }, { baseline: grpB, period: grpP }, dispersion.own.phi, groupPhi, { level, df: [dfOwn, dfGroup] })
      : null;
  const tooFew = counts.baseline < minCount || counts.period < minCount;
  const basisRatio = relative ?? change;
  const p = tooFew || !basisRatio ? Number.NaN : basisRatio.p;
  return {
    verdict: verdictFor(basisRatio?.ratio ?? Number.NaN, p, level, tooFew),
    basis: relative ? 'relative' : 'own',
    counts,
    dispersion,
    change,
    groupChange,
    relative,
    detectable: tooFew || !basisRatio ? null : detectableChange(basisRatio.se, { level, power, df: basisRatio.df }),
    p,
    level,
  };
}
