/** Trygghet per venue for the Platser view: the results of the survey area each venue lies in, as table rows. */
import { formatNumber } from '../format/number';
import { t } from '../i18n/catalogue';
import type { VenueSurveyRow } from '../queries/survey';
import { proportionCI } from '../stats/proportion';
import '../i18n/messages/survey';

export interface VenueSurveyCell {
  year: number;
  /** `62,7 % (58,4–67,0)` or an index `61,9 (59,8–64,0)`. */
  text: string;
  value: number;
}

export interface VenueSurveyQuestion {
  questionId: string;
  question: string;
  kind: 'proportion' | 'index';
  cells: VenueSurveyCell[];
}

export interface VenueSurvey {
  venueId: string;
  area: string;
  matchedBy: string;
  /** The results or the area–venue mapping are example data. */
  example: boolean;
  source: string;
  questions: VenueSurveyQuestion[];
}

const pct = (v: number) => formatNumber(v * 100, 1, 1);
/** `62,7 %` in Swedish, `62.7%` in English. */
const share = (v: number) => t('survey.share', { n: pct(v) });

function cell(r: VenueSurveyRow): VenueSurveyCell | null {
  if (r.kind === 'index') {
    if (r.index_value === null) return null;
    const ci = r.index_low !== null && r.index_high !== null ? ` (${formatNumber(r.index_low, 1, 1)}–${formatNumber(r.index_high, 1, 1)})` : '';
    return { year: r.year, value: r.index_value, text: `${formatNumber(r.index_value, 1, 1)}${ci}` };
  }
  if (r.positive !== null && r.respondents !== null && r.respondents > 0) {
    const ci = proportionCI(r.positive, r.respondents, { deff: r.deff ?? 1 });
    return { year: r.year, value: ci.share, text: `${share(ci.share)} (${pct(ci.low)}–${pct(ci.high)})` };
  }
  return r.share === null ? null : { year: r.year, value: r.share, text: share(r.share) };
}

/** One entry per venue with a matched area, its questions in the order of the rows, years ascending, limited to [from, to]. */
export function venueSurveys(rows: readonly VenueSurveyRow[], from: number, to: number): VenueSurvey[] {
  const out = new Map<string, VenueSurvey>();
  for (const r of rows) {
    if (r.year < from || r.year > to) continue;
    const key = `${r.venue_id}|${r.area ?? ''}`;
    let v = out.get(key);
    if (!v) {
      v = { venueId: r.venue_id, area: r.area ?? '', matchedBy: r.matched_by, example: false, source: r.source, questions: [] };
      out.set(key, v);
    }
    v.example ||= r.example || r.mapping_example;
    let q = v.questions.find((x) => x.questionId === r.question_id);
    if (!q) {
      q = { questionId: r.question_id, question: r.question, kind: r.kind, cells: [] };
      v.questions.push(q);
    }
    const c = cell(r);
    if (c) q.cells.push(c);
  }
  for (const v of out.values()) for (const q of v.questions) q.cells.sort((a, b) => a.year - b.year);
  return [...out.values()];
}

/** The survey years present, for the table's columns. */
export function surveyYearsOf(list: readonly VenueSurvey[]): number[] {
  return [...new Set(list.flatMap((v) => v.questions.flatMap((q) => q.cells.map((c) => c.year))))].sort((a, b) => a - b);
}
