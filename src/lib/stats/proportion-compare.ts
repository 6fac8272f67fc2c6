/**
 * Before/after for a survey indicator: the change in a share between two surveys, a verdict in
 * the vocabulary of {@link assessIndicator}, and the smallest change the sample sizes can detect.
 * Which direction is better is a property of the question ("känner sig trygg": higher,
 * "utsatt för brott": lower), so it is passed in.
 */
import { erfc } from './special';
import type { Verdict } from './assess';
import { assertDeff, assertProportion } from './proportion';
import { tQuantile, twoSidedP } from './quasi';
import { assertLevel } from './validate';

export type Better = 'higher' | 'lower';

/** One survey's result for one question: x positive answers of n respondents. */
export interface SurveyCount {
  x: number;
  n: number;
  /** Design effect ≥ 1, default 1: the survey counts as x / deff of n / deff. */
  deff?: number;
}

export interface CompareProportionsOptions {
  better: Better;
  /** Confidence level, default 0.95 (a change is called at p < 1 − level). */
  level?: number;
  /** Power for the detectable change, default 0.8. */
  power?: number;
  /** Fewer effective respondents than this in either survey: too few, default 30. */
  minRespondents?: number;
  /** A pooled expected count of positive or other answers below this in either survey: too few, default 5. */
  minExpected?: number;
}

/** The smallest fall and rise of the share (in proportion points: 0.05 = 5 points); null when none is possible. */
export interface DetectableShareChange {
  decrease: number | null;
  increase: number | null;
}

export interface ProportionComparison {
  verdict: Verdict;
  before: number;
  after: number;
  /** after − before, with the continuity-corrected Wald interval of R's prop.test. */
  difference: number;
  low: number;
  high: number;
  /** Two-sided p of the pooled, continuity-corrected χ² test (R: prop.test). NaN when too few. */
  p: number;
  effectiveN: { before: number; after: number };
  detectable: DetectableShareChange | null;
  level: number;
}

/** The pooled two-proportion test of after against before, on effective counts. */
export interface TwoProportionTest {
  /** after − before. */
  difference: number;
  low: number;
  high: number;
  /** Two-sided p (the χ² test of the 2 × 2 table). */
  p: number;
}

/**
 * R's `prop.test(c(xAfter, xBefore), c(nAfter, nBefore), correct)` for two groups: the pooled
 * χ² test and the Wald interval of the difference, with Yates' continuity correction
 * min(0.5, |d| / (1/n1 + 1/n2)) when `correct` (R's default). Counts may be non-integer.
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number, options: { level?: number; correct?: boolean } = {}): TwoProportionTest {
  const { level = 0.95, correct = true } = options;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const difference = p2 - p1;
  const s = 1 / n1 + 1 / n2;
  const yates = correct ? Math.min(0.5, Math.abs(difference) / s) : 0;
  const pbar = (x1 + x2) / (n1 + n2);
  const z = (Math.abs(difference) - yates * s) / Math.sqrt(pbar * (1 - pbar) * s);
  const width = tQuantile((1 + level) / 2) * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2) + yates * s;
  return { difference, low: Math.max(-1, difference - width), high: Math.min(1, difference + width), p: twoSidedP(z) };
}

/**
 * Power of the two-sided pooled test at `level` for true shares p1 and p2 with n1 and n2
 * respondents. Without correction R's power.prop.test (strict = FALSE), generalised to unequal
 * n; with it (the default, as the verdict's test) the difference must first exceed Yates'
 * 0.5 · (1/n1 + 1/n2).
 */
export function twoProportionPower(p1: number, p2: number, n1: number, n2: number, level = 0.95, correct = true): number {
  const z = tQuantile((1 + level) / 2);
  const pbar = (n1 * p1 + n2 * p2) / (n1 + n2);
  const s = 1 / n1 + 1 / n2;
  const pooled = Math.sqrt(pbar * (1 - pbar) * s);
  const unpooled = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const shift = correct ? 0.5 * s : 0;
  return 0.5 * erfc(-((Math.abs(p2 - p1) - shift - z * pooled) / unpooled) / Math.SQRT2);
}

/** The p2 on the side of p1 towards `end` (0 or 1) at which the power reaches `power`, by bisection. */
function solveP2(p1: number, end: 0 | 1, n1: number, n2: number, level: number, power: number, correct: boolean): number | null {
  if (p1 === end || twoProportionPower(p1, end, n1, n2, level, correct) < power) return null;
  let near = p1;
  let far: number = end;
  for (let i = 0; i < 200 && Math.abs(far - near) > 1e-15; i++) {
    const mid = (near + far) / 2;
    if (twoProportionPower(p1, mid, n1, n2, level, correct) >= power) far = mid;
    else near = mid;
  }
  return far;
}

/**
 * The smallest change from the share `p0` that a survey of n1 then n2 (effective) respondents
 * detects with probability `power` at `level`, for the continuity-corrected test of the verdict
 * (default) or, with `correct: false`, the plain test: with n1 = n2 this is then R's
 * `power.prop.test(n, p1 = p0, power = power, sig.level = 1 − level)$p2 − p0` (increase).
 */
export function detectableShareChange(p0: number, n1: number, n2: number, options: { level?: number; power?: number; correct?: boolean } = {}): DetectableShareChange {
  const { level = 0.95, power = 0.8, correct = true } = options;
  assertLevel(level);
  assertLevel(power);
  if (!(p0 >= 0 && p0 <= 1)) throw new RangeError(`p0 must be in [0, 1], got ${String(p0)}`);
  for (const [name, n] of [['n1', n1], ['n2', n2]] as const) {
    if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${name} must be a finite number > 0, got ${String(n)}`);
  }
  const up = solveP2(p0, 1, n1, n2, level, power, correct);
  const down = solveP2(p0, 0, n1, n2, level, power, correct);
  return { increase: up === null ? null : up - p0, decrease: down === null ? null : p0 - down };
}

/**
 * Compares the share of `after` with that of `before` (two independent surveys).
 *
 * - Too few: fewer than `minRespondents` effective respondents in either survey, or a pooled
 *   expected count below `minExpected` (the χ² approximation fails there).
 * - The test is the pooled two-proportion test on the effective counts x / deff of n / deff with
 *   Yates' continuity correction: R's `prop.test(c(xAfter, xBefore), c(nAfter, nBefore))`
 *   (its default, correct = TRUE); the interval of the difference is its corrected Wald interval.
 *   Without the correction the test's false-alarm rate is the nominal 5 % on average and above it
 *   for many n and p (5.2 % over the seeded placebo grid); with it the rate stays below
 *   (tests/unit/stats/proportion-placebo.test.ts).
 * - Improved when p < 1 − level and the share moved in the `better` direction; worsened when it
 *   moved the other way; otherwise cannot tell.
 */
export function compareProportions(before: SurveyCount, after: SurveyCount, options: CompareProportionsOptions): ProportionComparison {
  const { better, level = 0.95, power = 0.8, minRespondents = 30, minExpected = 5 } = options;
  assertLevel(level);
  assertProportion(before.x, before.n, 'before');
  assertProportion(after.x, after.n, 'after');
  assertDeff(before.deff ?? 1);
  assertDeff(after.deff ?? 1);
  const n1 = before.n / (before.deff ?? 1);
  const n2 = after.n / (after.deff ?? 1);
  const x1 = before.x / (before.deff ?? 1);
  const x2 = after.x / (after.deff ?? 1);
  const pbar = (x1 + x2) / (n1 + n2);
  const tooFew = Math.min(n1, n2) < minRespondents || Math.min(n1, n2) * Math.min(pbar, 1 - pbar) < minExpected;
  const test = twoProportionTest(x1, n1, x2, n2, { level });
  const p = tooFew ? Number.NaN : test.p;
  // 1 − 0.95 is 0.050000000000000044 in binary: round so that p = 0.05 is not called at level 0.95.
  const alpha = Math.round((1 - level) * 1e12) / 1e12;
  let verdict: Verdict = 'cannot-tell';
  if (tooFew) verdict = 'too-few';
  else if (p < alpha && test.difference !== 0) verdict = (test.difference > 0) === (better === 'higher') ? 'improved' : 'worsened';
  return {
    verdict,
    before: before.x / before.n,
    after: after.x / after.n,
    difference: test.difference,
    low: test.low,
    high: test.high,
    p,
    effectiveN: { before: n1, after: n2 },
    detectable: tooFew ? null : detectableShareChange(before.x / before.n, n1, n2, { level, power }),
    level,
  };
}
