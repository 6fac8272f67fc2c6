/** One focus indicator's evidence: the assessment (quasi-Poisson), trend, comparison group, warnings. */
import { assessIndicator, comparePeriods, quasiPoissonTrend, quasiRateCI, relativeTrend, verdictFor, type QuasiRatio, type YearRange } from '../stats';
import type { PeriodSummary } from '../stats/compare';
import { detectableSentence, groupSentence, mainSentence, preTrendSentence, sensitivitySentence, trendSentence } from './sentences';
import { t } from '../i18n/catalogue';
import type { Change, IndicatorEvidence, IndicatorPoint, IndicatorRole, Verdict, Warning } from './types';
import '../i18n/messages/decision';

/** Below this many crimes in either period, nothing can be concluded. */
export const MIN_COUNT = 10;
/** BRÅ attributes crimes to municipalities differently from this year on. */
export const SERIES_BREAK_YEAR = 2015;

export interface IndicatorInput {
  categoryId: string;
  name: string;
  role: IndicatorRole;
  municipality: string;
  own: readonly IndicatorPoint[];
  /** The comparison group, summed per year; null when there is none. */
  group: { label: string; points: readonly IndicatorPoint[] } | null;
  baseline: YearRange;
  period: YearRange;
  /** The years before the first promise: the dispersion is estimated from them. */
  dispersionYears: YearRange;
}

function crosses(from: number, to: number, year: number): boolean {
  return from < year && to >= year;
}

/** True when the last baseline year has the highest rate of all the years before the promise (at least three). */
export function baselineEndsOnPeak(own: readonly IndicatorPoint[], baseline: YearRange, preYears: YearRange): boolean {
  const pre = own.filter((p) => p.year >= preYears[0] && p.year <= Math.max(preYears[1], baseline[1]));
  const last = pre.find((p) => p.year === baseline[1]);
  if (pre.length < 3 || !last) return false;
  const rate = (p: IndicatorPoint) => p.count / p.population;
  return pre.every((p) => p === last || rate(p) < rate(last));
}

function warningsFor(input: IndicatorInput, trendFrom: number | null, tooFew: boolean, rows: { baseline: number; period: number }): Warning[] {
  const { baseline, period } = input;
  const warnings: Warning[] = [];
  if (tooFew) {
    warnings.push({ kind: 'small-counts', text: t('decision.warn.smallCounts', { min: MIN_COUNT }) });
  }
  if (input.role === 'activity') {
    warnings.push({ kind: 'police-initiated', text: t('decision.warn.policeInitiated', { name: input.name }) });
  }
  if (input.role !== 'activity' && baselineEndsOnPeak(input.own, baseline, input.dispersionYears)) {
    warnings.push({ kind: 'regression-to-mean', text: t('decision.warn.regression') });
  }
  if (crosses(baseline[0], period[1], SERIES_BREAK_YEAR) || (trendFrom !== null && crosses(trendFrom, period[1], SERIES_BREAK_YEAR))) {
    warnings.push({ kind: 'series-break', text: t('decision.warn.seriesBreak', { year: SERIES_BREAK_YEAR }) });
  }
  const prelim = input.own.filter((p) => p.preliminary && p.year >= baseline[0] && p.year <= period[1]).map((p) => p.year);
  if (prelim.length > 0) warnings.push({ kind: 'preliminary', text: t('decision.warn.preliminary', { years: prelim.join(', ') }) });
  const missing = baseline[1] - baseline[0] + 1 - rows.baseline + (period[1] - period[0] + 1 - rows.period);
  if (missing > 0) warnings.push({ kind: 'missing-years', text: t('decision.warn.missingYears', { n: missing }) });
  if (input.own.some((p) => p.example) || input.group?.points.some((p) => p.example)) {
    warnings.push({ kind: 'example-data', text: t('decision.warn.example') });
  }
  return warnings;
}

const asChange = (r: QuasiRatio | null, level: number): Change | null =>
  r ? { ratio: r.ratio, low: r.low, high: r.high, p: r.p, significant: r.p < Math.round((1 - level) * 1e12) / 1e12 } : null;

/** Two and five years before the first promise, where they differ from the baseline used and lie in the data. */
function otherBaselines(input: IndicatorInput): YearRange[] {
  const end = input.dispersionYears[1];
  const first = input.own.length > 0 ? Math.min(...input.own.map((p) => p.year)) : end;
  return [2, 5]
    .map((span): YearRange => [end - span + 1, end])
    .filter(([from, to]) => from >= first && !(from === input.baseline[0] && to === input.baseline[1]) && to < input.period[0]);
}

function otherVerdicts(input: IndicatorInput, pAdjusted: number | null, pOwn: number): { from: number; to: number; verdict: Verdict }[] {
  return otherBaselines(input).map(([from, to]) => {
    const a = assessIndicator({ own: input.own, group: input.group?.points ?? null, baseline: [from, to], period: input.period, dispersionYears: input.dispersionYears, minCount: MIN_COUNT });
    // A secondary indicator keeps its Holm factor: the adjusted p scaled as the main p was.
    const p = pAdjusted !== null && pOwn > 0 ? Math.min(1, (a.p * pAdjusted) / pOwn) : a.p;
    const basis = a.relative ?? a.change;
    return { from, to, verdict: verdictFor(basis?.ratio ?? Number.NaN, p, a.level, a.verdict === 'too-few') };
  });
}

const NO_CHANGE: Change = { ratio: Number.NaN, low: Number.NaN, high: Number.NaN, p: Number.NaN, significant: false };

/** A period's rate with its interval widened by the year-to-year variation (φ ≥ 1). */
function widened(s: PeriodSummary, phi: number): PeriodSummary {
  return s.population > 0 ? { ...s, ...quasiRateCI(s.count, s.population, Math.max(1, phi)) } : s;
}

/**
 * The evidence for one indicator. `pAdjusted` (Holm, for secondary indicators) replaces the
 * assessment's own p-value in the verdict when given.
 */
export function indicatorEvidence(input: IndicatorInput, pAdjusted: number | null = null): IndicatorEvidence {
  const cmp = comparePeriods(input.own, input.baseline, input.period);
  const a = assessIndicator({
    own: input.own,
    group: input.group ? input.group.points : null,
    baseline: input.baseline,
    period: input.period,
    dispersionYears: input.dispersionYears,
    minCount: MIN_COUNT,
  });
  const tooFew = a.verdict === 'too-few';
  const pUsed = pAdjusted ?? a.p;
  const basis = a.relative ?? a.change;
  const verdict = input.role === 'activity' ? 'activity' : verdictFor(basis?.ratio ?? Number.NaN, pUsed, a.level, tooFew);

  const upToPeriod = input.own.filter((p) => p.year <= input.period[1]);
  const fit = quasiPoissonTrend(upToPeriod, a.dispersion.own.phi);
  const trendFrom = upToPeriod.length > 0 ? Math.min(...upToPeriod.map((p) => p.year)) : null;
  const trend = fit && trendFrom !== null ? { ...fit, from: trendFrom, to: input.period[1], significant: fit.low > 1 || fit.high < 1 } : null;

  const change = asChange(a.change, a.level) ?? NO_CHANGE;
  let group: IndicatorEvidence['group'] = null;
  if (input.group && input.group.points.length > 0) {
    const g = comparePeriods(input.group.points, input.baseline, input.period);
    const phiGroup = a.dispersion.group?.phi ?? 1;
    group = { label: input.group.label, baseline: widened(g.baseline, phiGroup), period: widened(g.period, phiGroup), change: asChange(a.groupChange, a.level) };
  }
  const relative = a.relative ? { ...a.relative, excludesOne: asChange(a.relative, a.level)?.significant ?? false } : null;
  const basisChange = asChange(basis, a.level);
  const pre = input.group && input.role !== 'activity' && !tooFew ? relativeTrend(input.own, input.group.points, input.dispersionYears) : null;
  const groupLabel = a.basis === 'relative' ? (group?.label ?? null) : null;
  return {
    categoryId: input.categoryId,
    name: input.name,
    role: input.role,
    baseline: widened(cmp.baseline, a.dispersion.own.phi),
    period: widened(cmp.period, a.dispersion.own.phi),
    change,
    trend,
    group,
    relative,
    assessment: a,
    pUsed,
    verdict,
    detectableSentence: a.detectable && verdict !== 'activity' ? detectableSentence(a.detectable, groupLabel) : null,
    sentence: mainSentence(verdict, basisChange, groupLabel),
    groupSentence: group && !tooFew ? groupSentence(input.municipality, group.label, change, group.change) : null,
    trendSentence: trend && !tooFew ? trendSentence(trend.from, trend.to, { ratio: trend.annualRatio, low: trend.low, high: trend.high, p: Number.NaN, significant: trend.significant }) : null,
    preTrendSentence:
      pre && input.group
        ? preTrendSentence(input.municipality, input.group.label, pre.from, pre.to, { ratio: pre.annualRatio, low: pre.low, high: pre.high, p: Number.NaN, significant: pre.low > 1 || pre.high < 1 })
        : null,
    sensitivitySentence: input.role === 'activity' || tooFew ? null : sensitivitySentence(verdict, otherVerdicts(input, pAdjusted, a.p)),
    warnings: warningsFor(input, trendFrom, tooFew, { baseline: cmp.baseline.rows, period: cmp.period.rows }),
    example: input.own.some((p) => p.example) || (input.group?.points.some((p) => p.example) ?? false),
  };
}
