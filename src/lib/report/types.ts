/** The follow-up report and its meeting slides, as plain data for the components to render. */
import type { IndicatorEvidence } from '../decision/types';
import type { SurveyEvidence } from '../decision/survey-evidence';

export interface ReportItem {
  /** Stable key: the first activity the item comes from. */
  id: string;
  text: string;
  /** The summed count, or null when the source names the activity without a number. */
  count: number | null;
  example: boolean;
}

export interface ReportModel {
  heading: string;
  municipality: string;
  year: number;
  /** The promise's years up to the follow-up year. */
  period: [number, number];
  nextYear: number;
  promiseText: string;
  focus: string;
  police: ReportItem[];
  kommun: ReportItem[];
  joint: ReportItem[];
  information: ReportItem[];
  /** "Utifrån uppföljningen och statistik för 2018 …" */
  conclusion: string;
  /** The Swedish data quoted in `conclusion` (marked lang="sv" in the English UI). */
  conclusionData: string[];
  /** The rule-made proposal for next year's promise, the user's starting point. */
  proposal: string;
  findings: IndicatorEvidence[];
  /** The promise's survey indicators (its outcome_indicators), under the same rules. */
  survey: SurveyEvidence[];
  activitiesExample: boolean;
  statisticsExample: boolean;
}
