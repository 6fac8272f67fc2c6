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
  const colName = (i: number | null) => (i === null ? null : (raw.columns[i] ?? `Kolumn ${i + 1}`));

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
      if (parsed.kind === 'invalid') return issue(i, `Värdet för ${what} är inte ett tal.`);
      if (whole && AMBIGUOUS_GROUPING.test(cell(i)?.trim() ?? '')) {
        return issue(i, `Tvetydigt tal: "${cell(i)?.trim()}" kan vara tusental eller decimaler. Skriv talet utan skiljetecken (t.ex. 1000) eller med mellanslag (1 000).`);
      }
      if (whole && !Number.isInteger(parsed.value)) return issue(i, `${what[0]?.toUpperCase()}${what.slice(1)} måste vara ett heltal.`);
      if (whole && Math.abs(parsed.value) > MAX_COUNT) return issue(i, `Talet är för stort: största tillåtna ${what} är ${MAX_COUNT.toLocaleString('sv-SE')}.`);
      return parsed.value;
    };

    const year = m.year === null ? m.yearValue : parseYear(cell(m.year));
    if (year === null) return issue(m.year, 'Året är inte ett årtal.');
    if (year < ctx.minYear || year > ctx.maxYear) return issue(m.year, `Året ligger utanför ${ctx.minYear}–${ctx.maxYear}.`);
    const place = text(m.municipality);
    if (place === null) return issue(m.municipality, 'Kommun saknas.');
    const match = matchMunicipality(place, ctx.municipalities);
    if (match.kind === 'elsewhere') return void skipped.municipalities.add(place);
    if (match.kind === 'district') return void skipped.districts.add(place);
    if (match.kind === 'unknown') return issue(m.municipality, 'Okänd kommun.');

    const questionId = text(c.questionId) ?? s.questionId;
    if (questionId === null) return issue(c.questionId, 'Frågans id (question_id) saknas.');
    const question = text(c.question) ?? s.question;
    if (question === null) return issue(c.question, 'Frågan (question) saknas.');
    const betterText = text(c.better);
    const better = betterText === null ? s.better : (BETTER[betterText.toLocaleLowerCase('sv-SE')] ?? null);
    if (better === null) return issue(c.better, 'Ange vilket håll som är bättre: ”higher” (högre andel är bättre) eller ”lower” (lägre är bättre).');
    const kindText = text(c.kind);
    const kind: SurveyKind | null = kindText === null ? (text(c.indexValue) !== null && text(c.positive) === null && text(c.share) === null ? 'index' : 'proportion') : (KINDS[kindText.toLocaleLowerCase('sv-SE')] ?? null);
    if (kind === null) return issue(c.kind, 'Okänd typ: ange ”proportion” (andel svarande) eller ”index”.');

    const respondents = number(c.respondents, 'antal svarande', true);
    const deff = number(c.deff, 'designeffekt', false);
    if (respondents === undefined || deff === undefined) return;
    if (respondents !== null && respondents < 1) return issue(c.respondents, 'Antal svarande måste vara minst 1.');
    if (deff !== null && deff < 1) return issue(c.deff, 'Designeffekten måste vara minst 1 (1 = inget urvalsdesigntillägg).');

    const record: SurveyRecord = {
      year, kommunkod: match.kommunkod, area: text(c.area), question_id: questionId, question, subgroup: text(c.subgroup), kind,
      respondents, positive: null, share: null, index_value: null, index_low: null, index_high: null, deff, better, source,
    };
    if (kind === 'proportion') {
      const positive = number(c.positive, 'antal positiva svar', true);
      const given = number(c.share, 'andel', false);
      if (positive === undefined || given === undefined) return;
      const share = given === null ? null : s.sharePercent ? given / 100 : given;
      // A value Kolada withholds comes as null: nothing is stored, which is what missing means.
      if (positive === null && share === null && s.sharePercent && c.positive === null) return;
      if (positive === null && share === null) return issue(c.positive ?? c.share, 'Antal positiva svar (positive) eller andel (share) saknas.');
      if (share !== null && (share < 0 || share > 1)) return issue(c.share, s.sharePercent ? 'Andelen måste ligga mellan 0 och 100 procent.' : 'Andelen måste ligga mellan 0 och 1 (t.ex. 0,62 för 62 %).');
      if (positive !== null) {
        if (respondents === null) return issue(c.respondents, 'Antal svarande saknas: det behövs när antal positiva svar anges.');
        if (positive < 0 || positive > respondents) return issue(c.positive, `Antal positiva svar måste ligga mellan 0 och antal svarande (${respondents}).`);
        if (share !== null && Math.abs(share - positive / respondents) > SHARE_TOLERANCE) return issue(c.share, `Andelen stämmer inte med ${positive} av ${respondents} svarande.`);
      }
      record.positive = positive;
      record.share = positive !== null && respondents !== null ? positive / respondents : share;
    } else {
      const value = number(c.indexValue, 'indexvärde', false);
      const low = number(c.indexLow, 'intervallets nedre gräns', false);
      const high = number(c.indexHigh, 'intervallets övre gräns', false);
      if (value === undefined || low === undefined || high === undefined) return;
      if (value === null) return issue(c.indexValue, 'Indexvärde (index_value) saknas.');
      if ((low === null) !== (high === null)) return issue(low === null ? c.indexLow : c.indexHigh, 'Ange både nedre och övre gräns för intervallet, eller ingen av dem.');
      if (low !== null && high !== null && !(low <= value && value <= high)) return issue(c.indexValue, `Indexvärdet ligger inte inom sitt intervall ${low}–${high}.`);
      Object.assign(record, { index_value: value, index_low: low, index_high: high });
    }

    const key = [year, match.kommunkod, record.area ?? '', questionId, record.subgroup ?? ''].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) return issue(c.questionId ?? m.municipality, `Dubblett: samma år, kommun, område, fråga och grupp som rad ${earlier}.`);
    seen.set(key, row);
    records.push(record);
  });
  return { records, issues, skipped };
}
