/** The evidence for one focus indicator of a promise, as the decision view shows it. */
import type { DifferenceInDifferences, PeriodSummary, RateRatio, PoissonTrend } from '../stats';

export interface IndicatorPoint {
  year: number;
  count: number;
  population: number;
  preliminary: boolean;
  example: boolean;
}

export type WarningKind = 'police-initiated' | 'series-break' | 'preliminary' | 'small-counts' | 'example-data' | 'missing-years';

export interface Warning {
  kind: WarningKind;
  text: string;
}

/** What the rules conclude about the change from baseline to promise period. */
export type Verdict = 'decrease' | 'increase' | 'no-change' | 'insufficient';

export interface IndicatorEvidence {
  categoryId: string;
  name: string;
  baseline: PeriodSummary;
  period: PeriodSummary;
  change: RateRatio & { significant: boolean };
  trend: (PoissonTrend & { from: number; to: number; significant: boolean }) | null;
  group: { label: string; baseline: PeriodSummary; period: PeriodSummary; change: RateRatio & { significant: boolean } } | null;
  /** Municipality's rate ratio divided by the comparison group's. */
  relative: DifferenceInDifferences | null;
  verdict: Verdict;
  sentence: string;
  groupSentence: string | null;
  trendSentence: string | null;
  warnings: Warning[];
  example: boolean;
}
