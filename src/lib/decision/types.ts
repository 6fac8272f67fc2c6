/** The evidence for one focus indicator of a promise, as the decision view shows it. */
import type { Assessment, PeriodSummary, PoissonTrend, QuasiRatio } from '../stats';

export interface IndicatorPoint {
  year: number;
  count: number;
  population: number;
  preliminary: boolean;
  example: boolean;
}

export type WarningKind =
  | 'police-initiated'
  | 'series-break'
  | 'preliminary'
  | 'small-counts'
  | 'example-data'
  | 'missing-years'
  | 'regression-to-mean';

export interface Warning {
  kind: WarningKind;
  text: string;
}

/**
 * What the rules conclude about the indicator: the assessment's verdict (lower crime is an
 * improvement), or `activity` for a police-initiated category, which never gets an outcome verdict.
 */
export type Verdict = 'improved' | 'worsened' | 'cannot-tell' | 'too-few' | 'activity';

/** The primary indicator is the promise's own main goal; secondaries are Holm-corrected together. */
export type IndicatorRole = 'primary' | 'secondary' | 'activity';

/** A ratio with its interval, as the sentences read it. */
export interface Change {
  ratio: number;
  low: number;
  high: number;
  p: number;
  significant: boolean;
}

export interface IndicatorEvidence {
  categoryId: string;
  name: string;
  role: IndicatorRole;
  baseline: PeriodSummary;
  period: PeriodSummary;
  /** The municipality's period / baseline rate ratio, quasi-Poisson. */
  change: Change;
  trend: (PoissonTrend & { from: number; to: number; significant: boolean }) | null;
  group: { label: string; baseline: PeriodSummary; period: PeriodSummary; change: Change | null } | null;
  /** Municipality's rate ratio divided by the comparison group's, quasi-Poisson. */
  relative: (QuasiRatio & { excludesOne: boolean }) | null;
  assessment: Assessment;
  /** p-value the verdict used: Holm-adjusted for secondary indicators. */
  pUsed: number;
  verdict: Verdict;
  /** "Med dessa antal kan bara förändringar större än … upptäckas", before any verdict. */
  detectableSentence: string | null;
  sentence: string;
  groupSentence: string | null;
  trendSentence: string | null;
  /** The municipality against the group in the years before the first promise. */
  preTrendSentence: string | null;
  /** Whether the verdict holds with other baselines before the first promise. */
  sensitivitySentence: string | null;
  warnings: Warning[];
  example: boolean;
}
