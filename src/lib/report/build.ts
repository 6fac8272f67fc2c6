/** Activity rows, the promise and the decision evidence → the follow-up report model. */
import type { IndicatorEvidence } from '../decision/types';
import type { SurveyEvidence } from '../decision/survey-evidence';
import { isProvisional } from '../decision/provisional';
import type { PromiseRow } from '../shape/promise-bands';
import { reportLists } from './items';
import type { ReportActivityRow } from './queries';
import { conclusionData, conclusionText, proposalText } from './text';
import type { ReportModel } from './types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/report';

/** The follow-up year: the requested one when the promise covers it, else the promise's last year. */
export function reportYear(promise: PromiseRow, requested: number | null, maxYear: number): number {
  const last = Math.min(promise.year_to, maxYear);
  return requested !== null && requested >= promise.year_from && requested <= last ? requested : last;
}

export function buildReport(
  promise: PromiseRow,
  municipality: string,
  year: number,
  rows: readonly ReportActivityRow[],
  findings: readonly IndicatorEvidence[],
  survey: readonly SurveyEvidence[] = [],
): ReportModel {
  const lists = reportLists(rows);
  return {
    // Without a promise in the data the report is a picture of the year, never called a follow-up of one.
    heading: isProvisional(promise) ? t('report.headingProvisional', { municipality }) : t('report.heading', { municipality }),
    municipality,
    year,
    period: [promise.year_from, year],
    nextYear: year + 1,
    promiseText: promise.text,
    focus: promise.focus,
    ...lists,
    conclusion: conclusionText(year, promise.focus, findings, survey),
    conclusionData: conclusionData(promise.focus, findings, survey),
    proposal: proposalText(promise.focus),
    findings: [...findings],
    survey: [...survey],
    activitiesExample: rows.some((r) => r.example),
    statisticsExample: findings.some((e) => e.example),
  };
}
