/**
 * Survey indicators under the same rules as crime counts: a change between two surveys is judged
 * on the log-odds scale with a quasi-binomial dispersion φ (survey shares vary more between survey
 * years than sampling alone explains), and, when a comparison group has surveys in the same years,
 * relative to the group's change (the ratio of odds ratios), so a change everyone shares is not
 * credited to the promise. Counts are effective counts x / deff of n / deff.
 */
import type { Better, SurveyCount } from './proportion-compare';
import { assertDeff, assertProportion } from './proportion';
import { tQuantile, twoSidedP } from './quasi';
import { assertLevel } from './validate';

export interface SurveyDispersion {
  /** max(1, raw): the φ the tests use. */
  phi: number;
  /** Pearson χ² / df; NaN when df = 0. */
  raw: number;
  chi2: number;
  df: number;
}

const effective = (c: SurveyCount): { x: number; n: number } => {
  assertProportion(c.x, c.n);
  const deff = c.deff ?? 1;
  assertDeff(deff);
  return { x: c.x / deff, n: c.n / deff };
};

/**
 * Pearson χ² / df of a constant share per place (each inner array is one place's surveys over the
 * years): R's `summary(glm(cbind(x, n − x) ~ factor(place), quasibinomial))$dispersion` on the
 * effective counts. Places with one survey add nothing. Floored at 1 for use.
 */
export function surveyDispersion(places: readonly (readonly SurveyCount[])[]): SurveyDispersion {
  let chi2 = 0;
  let df = 0;
  for (const surveys of places) {
    if (surveys.length < 2) continue;
    const eff = surveys.map(effective);
    const p = eff.reduce((s, c) => s + c.x, 0) / eff.reduce((s, c) => s + c.n, 0);
    if (p <= 0 || p >= 1) continue;
    for (const c of eff) chi2 += (c.x - c.n * p) ** 2 / (c.n * p * (1 - p));
    df += eff.length - 1;
  }
  const raw = df > 0 ? chi2 / df : Number.NaN;
  return { phi: Number.isFinite(raw) ? Math.max(1, raw) : 1, raw, chi2, df };
}

export interface SurveyPair {
  before: SurveyCount;
  after: SurveyCount;
}

export interface OddsRatioChange {
  /** exp(estimate): the odds ratio (own change) or the ratio of odds ratios (relative to the group). */
  ratio: number;
  low: number;
  high: number;
  /** Standard error of log(ratio), φ included. */
  se: number;
  p: number;
  df: number;
}

export interface SurveyChangeOptions {
  better: Better;
  level?: number;
  power?: number;
  /** Degrees of freedom of φ (Student's t); Infinity (normal) when φ was not estimated. */
  df?: number;
  /** Fewer effective respondents than this in any survey: too few, default 30. */
  minRespondents?: number;
  /** Fewer effective positive or other answers than this in any survey: too few, default 5. */
  minExpected?: number;
}

export type SurveyVerdict = 'improved' | 'worsened' | 'cannot-tell' | 'too-few';

export interface SurveyChange {
  verdict: SurveyVerdict;
  basis: 'relative' | 'own';
  /** The municipality's own odds ratio after / before. */
  own: OddsRatioChange | null;
  /** The group's odds ratio after / before. */
  group: OddsRatioChange | null;
  /** own / group: the ratio of odds ratios (null without a group). */
  relative: OddsRatioChange | null;
  /** The smallest fall and rise of the own share (proportion points) the test detects with `power`; null when too few. */
  detectable: { decrease: number; increase: number } | null;
  phi: number;
  level: number;
}

const logit = (x: number, n: number) => Math.log(x / (n - x));
const cellVar = (x: number, n: number) => 1 / x + 1 / (n - x);

function oddsChange(pair: SurveyPair, phi: number, level: number, df: number): { est: number; v: number; ratio: OddsRatioChange } {
  const b = effective(pair.before);
  const a = effective(pair.after);
  const est = logit(a.x, a.n) - logit(b.x, b.n);
  const v = cellVar(a.x, a.n) + cellVar(b.x, b.n);
  return { est, v, ratio: wald(est, Math.sqrt(phi * v), level, df) };
}

function wald(est: number, se: number, level: number, df: number): OddsRatioChange {
  const z = tQuantile((1 + level) / 2, df);
  return { ratio: Math.exp(est), low: Math.exp(est - z * se), high: Math.exp(est + z * se), se, p: twoSidedP(est / se, df), df };
}

function tooFewIn(pair: SurveyPair, minRespondents: number, minExpected: number): boolean {
  return [pair.before, pair.after].map(effective).some((c) => c.n < minRespondents || Math.min(c.x, c.n - c.x) < minExpected);
}

/**
 * The change of a survey share from `own.before` to `own.after`, relative to `group` when given.
 * Log-odds Wald test with se = √(φ · Σ (1/x + 1/(n − x))) over the surveys involved (R: the
 * interaction of `glm(cbind(x, n − x) ~ place * period, binomial)` with `dispersion = φ`), t on
 * `df`. Improved when p < 1 − level and the share moved (relatively) in the `better` direction.
 */
export function surveyChange(own: SurveyPair, group: SurveyPair | null, phi: number, options: SurveyChangeOptions): SurveyChange {
  const { better, level = 0.95, power = 0.8, df = Number.POSITIVE_INFINITY, minRespondents = 30, minExpected = 5 } = options;
  assertLevel(level);
  assertLevel(power);
  if (!Number.isFinite(phi) || phi < 1) throw new RangeError(`phi must be a finite number >= 1, got ${String(phi)}`);
  const groupUsable = group !== null && !tooFewIn(group, minRespondents, minExpected);
  const basis = groupUsable ? 'relative' : 'own';
  if (tooFewIn(own, minRespondents, minExpected)) {
    return { verdict: 'too-few', basis, own: null, group: null, relative: null, detectable: null, phi, level };
  }
  const o = oddsChange(own, phi, level, df);
  const g = groupUsable && group ? oddsChange(group, phi, level, df) : null;
  const relative = g ? wald(o.est - g.est, Math.sqrt(phi * (o.v + g.v)), level, df) : null;
  const used = relative ?? o.ratio;
  const alpha = Math.round((1 - level) * 1e12) / 1e12;
  let verdict: SurveyVerdict = 'cannot-tell';
  if (used.p < alpha && used.ratio !== 1) verdict = (used.ratio > 1) === (better === 'higher') ? 'improved' : 'worsened';
  const k = tQuantile((1 + level) / 2, df) + tQuantile(power, df);
  const b = effective(own.before);
  const l0 = logit(b.x, b.n);
  const p0 = b.x / b.n;
  const expit = (l: number) => 1 / (1 + Math.exp(-l));
  const detectable = { decrease: p0 - expit(l0 - k * used.se), increase: expit(l0 + k * used.se) - p0 };
  return { verdict, basis, own: o.ratio, group: g?.ratio ?? null, relative, detectable, phi, level };
}
