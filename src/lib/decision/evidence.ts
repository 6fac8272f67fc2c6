/** One focus indicator's evidence: baseline against promise period, trend, comparison group, warnings. */
import { changeIsSignificant, comparePeriods, differenceInDifferences, poissonTrend, type YearRange } from '../stats';
import { groupSentence, mainSentence, trendSentence, verdictOf } from './sentences';
import type { IndicatorEvidence, IndicatorPoint, Warning } from './types';

/** Below this many crimes in either period, nothing can be concluded. */
export const MIN_COUNT = 10;
/** BRÅ attributes crimes to municipalities differently from this year on. */
export const SERIES_BREAK_YEAR = 2015;

export interface IndicatorInput {
  categoryId: string;
  name: string;
  policeInitiated: boolean;
  municipality: string;
  own: readonly IndicatorPoint[];
  /** The comparison group, summed per year; null when there is none. */
  group: { label: string; points: readonly IndicatorPoint[] } | null;
  baseline: YearRange;
  period: YearRange;
}

function crosses(from: number, to: number, year: number): boolean {
  return from < year && to >= year;
}

function warningsFor(input: IndicatorInput, trendFrom: number | null, counts: { baseline: number; period: number }, rows: { baseline: number; period: number }): Warning[] {
  const { baseline, period } = input;
  const warnings: Warning[] = [];
  if (counts.baseline < MIN_COUNT || counts.period < MIN_COUNT) {
    warnings.push({ kind: 'small-counts', text: `Få fall (${counts.baseline} före, ${counts.period} under löftet): slumpen styr mycket och inga slutsatser kan dras.` });
  }
  if (input.policeInitiated) {
    warnings.push({ kind: 'police-initiated', text: `${input.name} upptäcks främst genom polisens eget arbete: en ökning kan betyda mer polisarbete, inte fler brott.` });
  }
  if (crosses(baseline[0], period[1], SERIES_BREAK_YEAR) || (trendFrom !== null && crosses(trendFrom, period[1], SERIES_BREAK_YEAR))) {
    warnings.push({ kind: 'series-break', text: `Seriebrott ${SERIES_BREAK_YEAR}: BRÅ knyter sedan dess brott till kommuner på ett annat sätt, så jämförelser över ${SERIES_BREAK_YEAR} är osäkra.` });
  }
  const prelim = input.own.filter((p) => p.preliminary && p.year >= baseline[0] && p.year <= period[1]).map((p) => p.year);
  if (prelim.length > 0) warnings.push({ kind: 'preliminary', text: `Preliminära siffror för ${prelim.join(', ')}: de kan ändras.` });
  const missing = baseline[1] - baseline[0] + 1 - rows.baseline + (period[1] - period[0] + 1 - rows.period);
  if (missing > 0) warnings.push({ kind: 'missing-years', text: `${missing} år saknar data i jämförelseperioderna.` });
  if (input.own.some((p) => p.example) || input.group?.points.some((p) => p.example)) {
    warnings.push({ kind: 'example-data', text: 'Exempeldata: siffrorna är genererade för att visa verktyget, inte verklig statistik.' });
  }
  return warnings;
}

export function indicatorEvidence(input: IndicatorInput): IndicatorEvidence {
  const cmp = comparePeriods(input.own, input.baseline, input.period);
  const change = { ...cmp.ratio, significant: changeIsSignificant(cmp.ratio.low, cmp.ratio.high) };
  const upToPeriod = input.own.filter((p) => p.year <= input.period[1]);
  const fit = poissonTrend(upToPeriod);
  const trendFrom = upToPeriod.length > 0 ? Math.min(...upToPeriod.map((p) => p.year)) : null;
  const trend =
    fit && trendFrom !== null ? { ...fit, from: trendFrom, to: input.period[1], significant: changeIsSignificant(fit.low, fit.high) } : null;

  let group: IndicatorEvidence['group'] = null;
  let relative: IndicatorEvidence['relative'] = null;
  if (input.group && input.group.points.length > 0) {
    const g = comparePeriods(input.group.points, input.baseline, input.period);
    group = { label: input.group.label, baseline: g.baseline, period: g.period, change: { ...g.ratio, significant: changeIsSignificant(g.ratio.low, g.ratio.high) } };
    relative = differenceInDifferences(
      { baseline: cmp.baseline, period: cmp.period },
      { baseline: g.baseline, period: g.period },
    );
  }

  const counts = { baseline: cmp.baseline.count, period: cmp.period.count };
  const tooFew = counts.baseline < MIN_COUNT || counts.period < MIN_COUNT;
  const verdict = verdictOf(change, tooFew);
  const rel = relative ? { ratio: relative.ratio, low: relative.low, high: relative.high, significant: relative.excludesOne } : null;
  return {
    categoryId: input.categoryId,
    name: input.name,
    baseline: cmp.baseline,
    period: cmp.period,
    change,
    trend,
    group,
    relative,
    verdict,
    sentence: mainSentence(verdict, change, rel, group?.label ?? null, counts),
    groupSentence: group ? groupSentence(input.municipality, group.label, group.change, rel) : null,
    trendSentence: trend ? trendSentence(trend.from, trend.to, { ratio: trend.annualRatio, low: trend.low, high: trend.high, significant: trend.significant }) : null,
    warnings: warningsFor(input, trendFrom, counts, { baseline: cmp.baseline.rows, period: cmp.period.rows }),
    example: input.own.some((p) => p.example) || (input.group?.points.some((p) => p.example) ?? false),
  };
}
