/**
 * The validation rules: every row of a raw table becomes a record of the target table, or an
 * issue that says what is wrong and where. Nothing is written unless there are no issues.
 */
import { matchCategory, matchMunicipality } from './names';
import { focusCategory } from './bra-categories';

/** BRÅ's statistics database without Periodtyp: today's names and other tables' ids by the one rule (bra-categories.ts). */
const braFocus = (cell: string) => (/^\d+$/.test(cell.trim()) ? focusCategory(null, Number(cell.trim())) : focusCategory(cell, null));
import { parseNumber, parseYear } from './numbers';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import type { CrimeRecord, ImportContext, ImportIssue, ImportRecord, Mapping, PopulationRecord, RawTable } from './types';
import '../i18n/messages/dataimport';
import '../i18n/messages/dataimport-rows';

export const MAX_ISSUES = 50;
/** The tables store counts as 32-bit integers. */
export const MAX_COUNT = 2_147_483_647;
const AMBIGUOUS_GROUPING = /^[-+]?\d{1,3}([.,]\d{3})+$/;

export interface Converted {
  records: ImportRecord[];
  issues: ImportIssue[];
  /** Rows left out on purpose: municipalities or categories the dashboard does not hold, suppressed totals. */
  skipped: { municipalities: Set<string>; categories: Set<string>; periods: Map<string, number>; districts: Set<string> };
}

const YEARLY = new Set(['år', 'ar', 'year', 'yearly', 'helår']);

const BOOL_TRUE = new Set(['true', 'ja', 'j', 'prel', 'prel.', '1', 'x']);

export function convertRows(raw: RawTable, m: Mapping, ctx: ImportContext, source: string): Converted {
  const issues: ImportIssue[] = [];
  const records: ImportRecord[] = [];
  const skipped = { municipalities: new Set<string>(), categories: new Set<string>(), periods: new Map<string, number>(), districts: new Set<string>() };
  const seen = new Map<string, number>();
  // A national file repeats 290 names and a few hundred categories over 100 000s of rows: match each once.
  const places = new Map<string, ReturnType<typeof matchMunicipality>>();
  const categoryIds = new Map<string, string | null>();
  const colName = (i: number | null) => (i === null ? null : (raw.columns[i] ?? t('dataimport.column', { n: i + 1 })));
  const countName = m.target === 'population' ? t('dataimport.what.population') : t('dataimport.what.count');

  raw.rows.forEach((cells, index) => {
    if (issues.length >= MAX_ISSUES) return;
    if (cells.every((c) => c === null || c.trim() === '')) return;
    const row = raw.lines?.[index] ?? raw.firstRow + index;
    const cell = (i: number | null) => (i === null ? null : (cells[i] ?? null));
    const issue = (i: number | null, message: string) => issues.push({ row, column: colName(i), value: cell(i), message });

    if (m.periodType !== undefined && m.periodType !== null) {
      const kind = cell(m.periodType)?.trim() ?? '';
      if (!YEARLY.has(kind.toLocaleLowerCase('sv-SE'))) {
        skipped.periods.set(kind, (skipped.periods.get(kind) ?? 0) + 1);
        return;
      }
    }
    const year = m.year === null ? m.yearValue : parseYear(cell(m.year));
    if (year === null) return issue(m.year, t('dataimport.row.notYear'));
    if (year < ctx.minYear || year > ctx.maxYear) return issue(m.year, t('dataimport.row.yearOutside', { min: ctx.minYear, max: ctx.maxYear }));

    const place = cell(m.municipality)?.trim() ?? '';
    if (place === '') return issue(m.municipality, t('dataimport.row.noMunicipality'));
    let match = places.get(place);
    if (!match) places.set(place, (match = matchMunicipality(place, ctx.municipalities)));
    if (match.kind === 'elsewhere') return void skipped.municipalities.add(place);
    if (match.kind === 'district') return void skipped.districts.add(place);
    if (match.kind === 'unknown') return issue(m.municipality, t('dataimport.row.unknownMunicipality'));

    let categoryId: string | null = null;
    if (m.target === 'crimes') {
      const c = m.category === null ? m.categoryValue : (cell(m.category) ?? '');
      if (c !== null && !categoryIds.has(c)) categoryIds.set(c, matchCategory(c, ctx.categories) ?? (m.layout === 'bra-databas' ? braFocus(c) : null));
      categoryId = c === null ? null : (categoryIds.get(c) ?? null);
      if (categoryId === null) {
        if (m.layout === 'bra-databas') return void skipped.categories.add(c ?? '');
        return issue(m.category, t('dataimport.row.unknownCategory'));
      }
    }

    const parsed = parseNumber(cell(m.count), m.dashIsZero);
    if (parsed.kind === 'invalid') return issue(m.count, t('dataimport.row.notNumber', { what: countName }));
    // Counts are whole numbers, so "1,000" or "1.000" is either a thousand or a one with
    // decimals: the file does not say which, and guessing could be wrong by a factor of 1 000.
    if (!m.ratePer100k && AMBIGUOUS_GROUPING.test(cell(m.count)?.trim() ?? '')) {
      return issue(m.count, t('dataimport.row.ambiguous', { value: cell(m.count)?.trim() ?? '' }));
    }
    if (parsed.kind === 'value' && Math.abs(parsed.value) > MAX_COUNT) {
      return issue(m.count, t('dataimport.row.tooLarge', { what: countName, max: formatNumber(MAX_COUNT) }));
    }
    let value = parsed.kind === 'value' ? parsed.value : null;
    if (value !== null && m.ratePer100k) {
      const pop = ctx.population.get(`${year}|${match.kommunkod}`);
      if (pop === undefined) return issue(m.count, t('dataimport.row.noPopulation', { year }));
      value = Math.round((value * pop) / 100000);
    }
    if (value !== null && value < 0) return issue(m.count, t('dataimport.row.negative', { what: countName }));
    if (value !== null && !Number.isInteger(value)) return issue(m.count, t('dataimport.row.whole', { what: countName }));

    const key = [year, match.kommunkod, categoryId ?? ''].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) return issue(m.municipality, m.target === 'crimes' ? t('dataimport.row.duplicateCrime', { row: earlier }) : t('dataimport.row.duplicatePopulation', { row: earlier }));
    seen.set(key, row);

    if (m.target === 'crimes' && categoryId !== null) {
      const prel = cell(m.preliminary);
      // A True/False column, or a period label such as "År, 2016 prel.".
      const preliminary = prel !== null && (BOOL_TRUE.has(prel.trim().toLowerCase()) || /\bprel\b/i.test(prel));
      const r: CrimeRecord = { year, kommunkod: match.kommunkod, category_id: categoryId, count: value, preliminary, source };
      records.push(r);
    } else {
      const r: PopulationRecord = { year, kommunkod: match.kommunkod, population: value, source };
      records.push(r);
    }
  });
  return { records, issues, skipped };
}
