/** Survey evidence as the components show it: table rows, interval-chart rows, verdict words and summary lines. */
import { formatNumber } from '../format/number';
import { t } from '../i18n/catalogue';
import type { DecisionSummary } from './summary';
import type { SurveyEvidence, SurveyShown } from './survey-evidence';
import { formatIndex, formatShare } from './survey-sentences';
import '../i18n/messages/survey';

export interface SurveyTableRow {
  id: string;
  area: string;
  year: number;
  when: 'före' | 'under' | 'efter';
  value: string;
  interval: string;
  respondents: string;
  /** The municipality (drawn filled), not the group. */
  emphasis: boolean;
}

/** One point of the interval chart, in the chart's unit (percent for shares, the index's own scale). */
export interface SurveyIntervalRow {
  id: string;
  label: string;
  rate: number;
  low: number;
  high: number;
  emphasis: boolean;
}

export function surveyVerdictWord(e: SurveyEvidence): string {
  return t('survey.verdictWord', { verdict: e.verdict });
}

/** The unit of the indicator, for axes and table headings. */
export function surveyUnit(e: SurveyEvidence): string {
  return t(e.kind === 'index' ? 'survey.unit.index' : 'survey.unit.share');
}

function valueText(e: SurveyEvidence, s: SurveyShown): string {
  return e.kind === 'index' ? formatIndex(s.value) : formatShare(s.value);
}

/** "95 % KI 58,4–67,0 % (Wilson, designeffekt 1,4)", "publicerat intervall 60,1–64,3", or a dash. */
export function intervalText(e: SurveyEvidence, s: SurveyShown): string {
  if (s.low === null || s.high === null) return t('survey.noInterval');
  if (s.interval === 'publicerat') return t('survey.published', { low: formatIndex(s.low), high: formatIndex(s.high) });
  const deff = s.deff > 1 ? t('survey.deff', { deff: formatNumber(s.deff, 2) }) : '';
  return t('survey.wilson', { low: formatShare(s.low), high: formatShare(s.high), deff });
}

function whenOf(s: SurveyShown, period: [number, number]): SurveyTableRow['when'] {
  return s.year < period[0] ? 'före' : s.year <= period[1] ? 'under' : 'efter';
}

/** The card's table: the municipality's two surveys, then the group's (pooled) when the verdict uses it. */
export function surveyTableRows(e: SurveyEvidence, municipality: string, period: [number, number]): SurveyTableRow[] {
  const row = (id: string, area: string, s: SurveyShown | null, emphasis: boolean): SurveyTableRow[] =>
    s
      ? [{ id, area, year: s.year, when: whenOf(s, period), value: valueText(e, s), interval: intervalText(e, s), respondents: s.respondents === null ? '–' : formatNumber(s.respondents), emphasis }]
      : [];
  return [
    ...row('own-b', municipality, e.before, true),
    ...row('own-a', municipality, e.after, true),
    ...(e.group ? [...row('grp-b', e.group.label, e.group.before, false), ...row('grp-a', e.group.label, e.group.after, false)] : []),
  ];
}

/** The same numbers for the interval chart; rows without an interval are left out. */
export function surveyIntervalRows(e: SurveyEvidence, municipality: string): SurveyIntervalRow[] {
  const k = e.kind === 'index' ? 1 : 100;
  const pt = (id: string, who: string, s: SurveyShown | null, emphasis: boolean): SurveyIntervalRow[] =>
    s && s.low !== null && s.high !== null ? [{ id, label: `${who} ${s.year}`, rate: s.value * k, low: s.low * k, high: s.high * k, emphasis }] : [];
  return [
    ...pt('own-b', municipality, e.before, true),
    ...pt('own-a', municipality, e.after, true),
    ...(e.group ? [...pt('grp-b', t('survey.comparison'), e.group.before, false), ...pt('grp-a', t('survey.comparison'), e.group.after, false)] : []),
  ];
}

/** "Enkät: Känner sig trygg …: går inte att avgöra.": one survey indicator's finding, the same on Beslut and in the report. */
export function surveyFindingLine(e: SurveyEvidence): string {
  return t('survey.finding', { label: e.label, verdict: e.verdict });
}

/**
 * The decision summary with the survey indicators added: clear changes for or against,
 * everything else under "cannot be told" (never silently dropped).
 */
export function withSurveyFindings(summary: DecisionSummary, survey: readonly SurveyEvidence[]): DecisionSummary {
  const forPromise = [...summary.forPromise];
  const against = [...summary.against];
  const cannotTell = [...summary.cannotTell];
  for (const e of survey) {
    if (e.verdict === 'improved') forPromise.push(surveyFindingLine(e));
    else if (e.verdict === 'worsened') against.push(surveyFindingLine(e));
    else cannotTell.push(surveyFindingLine(e));
  }
  if (survey.some((e) => e.example)) cannotTell.push(t('survey.findingExample'));
  return { ...summary, forPromise, against, cannotTell };
}
