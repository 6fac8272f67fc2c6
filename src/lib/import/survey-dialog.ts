/**
 * The mapping dialog's survey choice: a file whose value column is a share of respondents for one
 * question (a Kolada survey KPI or a similar export), with the question's id, title and better
 * direction typed in, and optional columns for the number of respondents and positive answers.
 */
import type { Better } from '../stats/proportion-compare';
import { emptySurveyColumns } from './survey-types';
import type { Mapping } from './types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/dataimport';

export interface SurveyDraft {
  questionId: string;
  question: string;
  better: Better | null;
  /** The share column is in percent (0–100), as Kolada gives it; otherwise a fraction 0–1. */
  sharePercent: boolean;
  respondents: number | null;
  positive: number | null;
}

/** The dialog's optional count columns for a survey file, in the order it shows them. */
export const SURVEY_COUNT_COLUMNS: readonly { key: 'respondents' | 'positive'; label: string }[] = [
  {
    key: 'respondents',
    get label() {
      return t('dataimport.survey.respondents');
    },
  },
  {
    key: 'positive',
    get label() {
      return t('dataimport.survey.positive');
    },
  },
];

export function emptySurveyDraft(m: Mapping): SurveyDraft {
  const s = m.survey;
  return {
    questionId: s?.questionId ?? '',
    question: s?.question ?? '',
    better: s?.better ?? null,
    sharePercent: s?.sharePercent ?? true,
    respondents: s?.columns.respondents ?? null,
    positive: s?.columns.positive ?? null,
  };
}

/** The mapping the dialog answers with: for survey_results the share is the chosen value column (`count`). */
export function withSurveyDraft(m: Mapping, d: SurveyDraft): Mapping {
  if (m.target !== 'survey_results') return { ...m, survey: undefined };
  const id = d.questionId.trim();
  const title = d.question.trim();
  if (m.layout === 'enkat' && m.survey) {
    // The documented survey layout: its columns were recognised; only what the file lacks is typed in.
    const s = m.survey;
    return { ...m, survey: { ...s, questionId: id || s.questionId, question: title || s.question, better: d.better ?? s.better } };
  }
  return {
    ...m,
    category: null,
    categoryValue: null,
    ratePer100k: false,
    sourceLabel: id ? `Enkät ${id}` : m.sourceLabel,
    survey: {
      columns: { ...(m.survey?.columns ?? emptySurveyColumns()), share: m.count, respondents: d.respondents, positive: d.positive },
      questionId: id === '' ? null : id,
      question: title === '' ? null : title,
      better: d.better,
      sharePercent: d.sharePercent,
    },
  };
}
