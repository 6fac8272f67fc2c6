/**
 * The validation rules for survey results: every row becomes a survey_results record, or an
 * issue naming row, column and value (in Swedish). Nothing is written unless there are none.
 * The layout is documented in data/README.md (survey_results.csv).
 */
import type { Better } from '../stats/proportion-compare';
import type { Converted } from './convert';
import { MAX_COUNT, MAX_ISSUES } from './convert';
import { matchMunicipality } from './names';
import { parseNumber, parseYear } from './numbers';
import type { SurveyKind, SurveyMapping, SurveyRecord } from './survey-types';
import type { ImportContext, Mapping, RawTable } from './types';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/dataimport';
import '../i18n/messages/dataimport-rows';

const BETTER: Readonly<Record<string, Better>> = { higher: 'higher', lower: 'lower', högre: 'higher', lägre: 'lower', hög: 'higher', låg: 'lower' };
const KINDS: Readonly<Record<string, SurveyKind>> = { proportion: 'proportion', andel: 'proportion', index: 'index' };
/** A given share may differ from positive / respondents by its rounding (4 decimals) and no more. */
const SHARE_TOLERANCE = 0.0005;
const AMBIGUOUS_GROUPING = /^[-+]?\d{1,3}([.,]\d{3})+$/;

export function convertSurveyRows(raw: RawTable, m: Mapping, s: SurveyMapping, ctx: ImportContext, source: string): Converted {
  const c = s.columns;
  const issues: Converted['issues'] = [];
  const records: SurveyRecord[] = [];
  const skipped: Converted['skipped'] = { municipalities: new Set(), categories: new Set(), periods: new Map(), districts: new Set() };
  const seen = new Map<string, number>();
  const colName = (i: number | null) => (i === null ? null : (raw.columns[i] ?? t('dataimport.column', { n: i + 1 })));

  raw.rows.forEach((cells, index) => {
    if (issues.length >= MAX_ISSUES) return;
    if (cells.every((v) => v === null || v.trim() === '')) return;
    const row = raw.lines?.[index] ?? raw.firstRow + index;
    const cell = (i: number | null) => (i === null ? null : (cells[i] ?? null));
    const text = (i: number | null) => {
      const v = cell(i)?.trim() ?? '';
      return v === '' ? null : v;
    };
    const issue = (i: number | null, message: string) => void issues.push({ row, column: colName(i), value: cell(i), message });
    /** A number of the cell: undefined after an issue, null when empty. */
    const number = (i: number | null, what: string, whole: boolean): number | null | undefined => {
      const parsed = parseNumber(cell(i));
      if (parsed.kind === 'missing') return null;
      if (parsed.kind === 'invalid') return issue(i, t('dataimport.row.notNumber', { what }));
      if (whole && AMBIGUOUS_GROUPING.test(cell(i)?.trim() ?? '')) {
        return issue(i, t('dataimport.row.ambiguous', { value: cell(i)?.trim() ?? '' }));
      }
      if (whole && !Number.isInteger(parsed.value)) return issue(i, t('dataimport.row.whole', { what }));
      if (whole && Math.abs(parsed.value) > MAX_COUNT) return issue(i, t('dataimport.row.tooLarge', { what, max: formatNumber(MAX_COUNT) }));
      return parsed.value;
    };

    const year = m.year === null ? m.yearValue : parseYear(cell(m.year));
    if (year === null) return issue(m.year, t('dataimport.row.notYear'));
    if (year < ctx.minYear || year > ctx.maxYear) return issue(m.year, t('dataimport.row.yearOutside', { min: ctx.minYear, max: ctx.maxYear }));
    const place = text(m.municipality);
    if (place === null) return issue(m.municipality, t('dataimport.row.noMunicipality'));
    const match = matchMunicipality(place, ctx.municipalities);
    if (match.kind === 'elsewhere') return void skipped.municipalities.add(place);
    if (match.kind === 'district') return void skipped.districts.add(place);
    if (match.kind === 'unknown') return issue(m.municipality, t('dataimport.row.unknownMunicipality'));

    const questionId = text(c.questionId) ?? s.questionId;
    if (questionId === null) return issue(c.questionId, t('dataimport.row.noQuestionId'));
    const question = text(c.question) ?? s.question;
    if (question === null) return issue(c.question, t('dataimport.row.noQuestion'));
    const betterText = text(c.better);
    const better = betterText === null ? s.better : (BETTER[betterText.toLocaleLowerCase('sv-SE')] ?? null);
    if (better === null) return issue(c.better, t('dataimport.row.better'));
    const kindText = text(c.kind);
    const kind: SurveyKind | null = kindText === null ? (text(c.indexValue) !== null && text(c.positive) === null && text(c.share) === null ? 'index' : 'proportion') : (KINDS[kindText.toLocaleLowerCase('sv-SE')] ?? null);
    if (kind === null) return issue(c.kind, t('dataimport.row.kind'));

    const respondents = number(c.respondents, t('dataimport.what.respondents'), true);
    const deff = number(c.deff, t('dataimport.what.deff'), false);
    if (respondents === undefined || deff === undefined) return;
    if (respondents !== null && respondents < 1) return issue(c.respondents, t('dataimport.row.respondentsMin'));
    if (deff !== null && deff < 1) return issue(c.deff, t('dataimport.row.deffMin'));

    const record: SurveyRecord = {
      year, kommunkod: match.kommunkod, area: text(c.area), question_id: questionId, question, subgroup: text(c.subgroup), kind,
      respondents, positive: null, share: null, index_value: null, index_low: null, index_high: null, deff, better, source,
    };
    if (kind === 'proportion') {
      const positive = number(c.positive, t('dataimport.what.positive'), true);
      const given = number(c.share, t('dataimport.what.share'), false);
      if (positive === undefined || given === undefined) return;
      const share = given === null ? null : s.sharePercent ? given / 100 : given;
      // A value Kolada withholds comes as null: nothing is stored, which is what missing means.
      if (positive === null && share === null && s.sharePercent && c.positive === null) return;
      if (positive === null && share === null) return issue(c.positive ?? c.share, t('dataimport.row.noPositiveOrShare'));
      if (share !== null && (share < 0 || share > 1)) return issue(c.share, s.sharePercent ? t('dataimport.row.sharePercent') : t('dataimport.row.shareFraction'));
      if (positive !== null) {
        if (respondents === null) return issue(c.respondents, t('dataimport.row.noRespondents'));
        if (positive < 0 || positive > respondents) return issue(c.positive, t('dataimport.row.positiveRange', { n: respondents }));
        if (share !== null && Math.abs(share - positive / respondents) > SHARE_TOLERANCE) return issue(c.share, t('dataimport.row.shareMismatch', { positive, n: respondents }));
      }
      record.positive = positive;
      record.share = positive !== null && respondents !== null ? positive / respondents : share;
    } else {
      const value = number(c.indexValue, t('dataimport.what.indexValue'), false);
      const low = number(c.indexLow, t('dataimport.what.indexLow'), false);
      const high = number(c.indexHigh, t('dataimport.what.indexHigh'), false);
      if (value === undefined || low === undefined || high === undefined) return;
      if (value === null) return issue(c.indexValue, t('dataimport.row.noIndex'));
      if ((low === null) !== (high === null)) return issue(low === null ? c.indexLow : c.indexHigh, t('dataimport.row.bothBounds'));
      if (low !== null && high !== null && !(low <= value && value <= high)) return issue(c.indexValue, t('dataimport.row.indexOutside', { low, high }));
      Object.assign(record, { index_value: value, index_low: low, index_high: high });
    }

    const key = [year, match.kommunkod, record.area ?? '', questionId, record.subgroup ?? ''].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) return issue(c.questionId ?? m.municipality, t('dataimport.row.duplicateSurvey', { row: earlier }));
    seen.set(key, row);
    records.push(record);
  });
  return { records, issues, skipped };
}
