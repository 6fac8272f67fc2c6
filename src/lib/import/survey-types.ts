/** The survey layout's shapes: which columns feed a survey_results row, and the row itself. */
import type { Better } from '../stats/proportion-compare';

export type SurveyKind = 'proportion' | 'index';

/** Column indexes into RawTable.columns; null when the file has no such column. */
export interface SurveyColumns {
  area: number | null;
  questionId: number | null;
  question: number | null;
  subgroup: number | null;
  kind: number | null;
  respondents: number | null;
  positive: number | null;
  share: number | null;
  indexValue: number | null;
  indexLow: number | null;
  indexHigh: number | null;
  deff: number | null;
  better: number | null;
}

export interface SurveyMapping {
  columns: SurveyColumns;
  /** Fixed values where the file has no column: a Kolada KPI's id and title, and which direction is better. */
  questionId: string | null;
  question: string | null;
  better: Better | null;
  /** The share is given in percent, 0–100 (Kolada). */
  sharePercent: boolean;
}

export interface SurveyRecord {
  year: number;
  kommunkod: string;
  area: string | null;
  question_id: string;
  question: string;
  subgroup: string | null;
  kind: SurveyKind;
  respondents: number | null;
  positive: number | null;
  share: number | null;
  index_value: number | null;
  index_low: number | null;
  index_high: number | null;
  deff: number | null;
  better: Better;
  source: string;
}

export function emptySurveyColumns(): SurveyColumns {
  return {
    area: null,
    questionId: null,
    question: null,
    subgroup: null,
    kind: null,
    respondents: null,
    positive: null,
    share: null,
    indexValue: null,
    indexLow: null,
    indexHigh: null,
    deff: null,
    better: null,
  };
}
