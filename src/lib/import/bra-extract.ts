/**
 * A BRÅ statistics-database extract (`År, Månad, Kvartal, Periodtyp, … Brott, Brott_ID,
 * Brottsnivå, Förälder_ID, Förälder, Nivå1…Nivå5, Antal, … Status_Antal`), any mix of levels and
 * period types, for many municipalities: yearly rows to `crimes`, months and quarters to
 * `crimes_period` (never a year), years made from 12 months or 4 quarters where the file has
 * no yearly row, and every BRÅ category the file holds kept with its id, name, level and parent
 * (`crime_categories`). The focus categories come from one rule (bra-categories.ts).
 */
import { braCategoryId, focusCategory } from './bra-categories';
import { deriveYears, readPeriod, type PartCount, type Period } from './bra-periods';
import { matchMunicipality, normalise } from './names';
import { parseNumber } from './numbers';
import { t } from '../i18n/catalogue';
import type { CrimeRecord, ImportContext, ImportIssue, Mapping, RawTable } from './types';
import '../i18n/messages/bra';
import '../i18n/messages/dataimport-rows';

export const MAX_EXTRACT_ISSUES = 50;

export interface PeriodRecord {
  period_type: 'manad' | 'kvartal';
  period_key: string;
  year: number;
  month: number | null;
  quarter: number | null;
  kommunkod: string;
  category_id: string;
  count: number | null;
  preliminary: boolean;
  status: string | null;
  source: string;
}

export interface CategoryRecord {
  category_id: string;
  bra_id: number | null;
  name: string;
  parent_id: string | null;
  youth_relevant: boolean;
  police_initiated: boolean;
  sort_order: number;
  bra_level: number | null;
  bra_parent_id: number | null;
}

export interface ExtractResult {
  years: CrimeRecord[];
  periods: PeriodRecord[];
  categories: CategoryRecord[];
  /** Years made from months or quarters (also in `years`). */
  derived: number;
  issues: ImportIssue[];
  skipped: { municipalities: Set<string>; districts: Set<string> };
}

/**
 * A header with BRÅ's Periodtyp and a crime column, or the statistics database as scraped
 * (`crime, crime_id, period, periodicity, region, timepoint, value`, data/sources/): read by
 * `convertBraExtract`.
 */
export function isBraExtract(columns: readonly string[]): boolean {
  const n = columns.map(normalise);
  return (n.includes('periodtyp') && (n.includes('brott') || n.includes('brott_id')) && n.includes('antal')) || isBraScrape(n);
}

/**
 * A category's own name, without its parents: BRÅ's statistics database writes a name as its whole
 * path ("Brott mot brottsbalken, 8-12 kap. Brott mot förmögenhet, 12 kap. Skadegörelsebrott"), so
 * the parent's name (Förälder, or the path read from the names) is taken off the front.
 */
export function ownName(name: string, path: readonly string[] | null, parent: string | null): string {
  if (path && path.length > 0) return path.at(-1) ?? name;
  const p = parent?.trim() ?? '';
  return p !== '' && name.startsWith(`${p}, `) ? name.slice(p.length + 2) : name;
}

function isBraScrape(n: readonly string[]): boolean {
  return ['crime', 'crime_id', 'period', 'periodicity', 'region', 'value'].every((c) => n.includes(c));
}

/**
 * The scraped database names a category by its path, joined with ", " ("Stöld-, rån- och
 * häleribrott, Stöld och snatteri, I butik, …"), and has no level or parent columns: a name's
 * parent is the longest other name in the file it starts with (followed by ", "). Returns each
 * name's path of own names from the top, e.g. ["Stöld-, rån- och häleribrott", "Stöld och snatteri"].
 */
export function scrapePaths(names: Iterable<string>): Map<string, string[]> {
  const all = [...new Set(names)].sort((a, b) => a.length - b.length);
  const out = new Map<string, string[]>();
  for (const name of all) {
    let parent: string | null = null;
    for (const p of all) if (p.length < name.length && name.startsWith(`${p}, `) && (parent === null || p.length > parent.length)) parent = p;
    out.set(name, parent === null ? [name] : [...(out.get(parent) ?? [parent]), name.slice(parent.length + 2)]);
  }
  return out;
}

const TRUE = new Set(['true', 'ja', '1', 'j', 'x', 'prel', 'prel.']);
/** Categories after the shipped eight, in the file's order. */
const FIRST_SORT = 100;

export function convertBraExtract(raw: RawTable, m: Mapping, ctx: Pick<ImportContext, 'municipalities' | 'minYear' | 'maxYear'>, source: string): ExtractResult {
  const norm = raw.columns.map(normalise);
  const at = (name: string): number | null => (norm.indexOf(name) >= 0 ? norm.indexOf(name) : null);
  const c = {
    // The scraped layout's names after `??`: periodicity, timepoint, period ("År, 2016 prel."), region, crime, crime_id, value.
    type: m.periodType ?? at('periodtyp') ?? at('periodicity'), key: at('periodnyckel') ?? at('timepoint'), year: m.year ?? at('år') ?? at('period'),
    month: at('månad'), quarter: at('kvartal'), label: at('periodetikett') ?? at('period'), prel: m.preliminary ?? at('preliminär'),
    place: m.municipality ?? at('kommun') ?? at('region'), name: at('brott') ?? at('crime'), id: at('brott_id') ?? at('crime_id'),
    level: at('brottsnivå'), parentId: at('förälder_id'), parent: at('förälder'),
    levels: [1, 2, 3, 4, 5].map((i) => at(`nivå${i}`)), count: m.count ?? at('antal') ?? at('value'), status: at('status_antal'),
  };
  // Without level or parent columns, the parent is read from the name (the scraped layout).
  const named = c.name !== null && c.parent === null && c.levels.every((i) => i === null);
  const paths = named ? scrapePaths(raw.rows.map((r) => r[c.name ?? 0]?.trim() ?? '').filter(Boolean)) : null;
  const idOfName = new Map<string, number>();
  if (paths) {
    for (const r of raw.rows) {
      const nm = r[c.name ?? 0]?.trim() ?? '';
      const id = Number.parseInt(r[c.id ?? -1] ?? '', 10);
      if (nm !== '' && Number.isFinite(id) && !idOfName.has(nm)) idOfName.set(nm, id);
    }
  }
  const out: ExtractResult = { years: [], periods: [], categories: [], derived: 0, issues: [], skipped: { municipalities: new Set(), districts: new Set() } };
  const places = new Map<string, ReturnType<typeof matchMunicipality>>();
  const cats = new Map<string, CategoryRecord>();
  const byBraId = new Map<number, string>();
  const catOfRow = new Map<string, string>();
  const focusAt = new Map<string, string>();
  const seen = new Map<string, number>();
  const parts: PartCount[] = [];
  const yearly = new Set<string>();

  raw.rows.forEach((cells, index) => {
    if (out.issues.length >= MAX_EXTRACT_ISSUES) return;
    if (cells.every((x) => x === null || x.trim() === '')) return;
    const row = raw.lines?.[index] ?? raw.firstRow + index;
    const cell = (i: number | null) => (i === null ? null : (cells[i] ?? null));
    const issue = (i: number | null, message: string) => out.issues.push({ row, column: i === null ? null : (raw.columns[i] ?? null), value: cell(i), message });

    const period: Period | null = readPeriod({ type: cell(c.type), key: cell(c.key), year: cell(c.year), month: cell(c.month), quarter: cell(c.quarter) });
    if (period === null) return issue(c.type, t('bra.row.period', { type: cell(c.type) ?? '', key: cell(c.key) ?? '' }));
    if (period.year < ctx.minYear || period.year > ctx.maxYear) return issue(c.year ?? c.key, t('dataimport.row.yearOutside', { min: ctx.minYear, max: ctx.maxYear }));

    const place = cell(c.place)?.trim() ?? '';
    if (place === '') return issue(c.place, t('dataimport.row.noMunicipality'));
    let match = places.get(place);
    if (!match) places.set(place, (match = matchMunicipality(place, ctx.municipalities)));
    if (match.kind === 'elsewhere') return void out.skipped.municipalities.add(place);
    if (match.kind === 'district') return void out.skipped.districts.add(place);
    if (match.kind === 'unknown') return issue(c.place, t('dataimport.row.unknownMunicipality'));

    const name = cell(c.name)?.trim() ?? '';
    const idText = cell(c.id)?.trim() ?? '';
    const braId = /^\d+(\.0+)?$/.test(idText) ? Number.parseInt(idText, 10) : null;
    if (name === '' && braId === null) return issue(c.name ?? c.id, t('bra.row.noCategory'));
    const path = paths?.get(name) ?? c.levels.map((i) => cell(i)?.trim() ?? '').filter(Boolean);
    const rowKey = `${name}\u0000${idText}\u0000${path.join('\u0000')}`;
    let categoryId = catOfRow.get(rowKey);
    if (categoryId === undefined) {
      const where = path.length > 0 ? path : [cell(c.parent) ?? '', name || `Brott ${idText}`];
      const ownId = braCategoryId(where);
      const focus = focusCategory(ownName(name, paths ? path : null, cell(c.parent)), braId);
      // A focus category is the first place in the file the rule matched; the same name elsewhere in the tree is BRÅ's own category.
      if (focus !== null && !focusAt.has(focus)) focusAt.set(focus, ownId);
      categoryId = focus !== null && focusAt.get(focus) === ownId ? focus : ownId;
      catOfRow.set(rowKey, categoryId);
      if (braId !== null) byBraId.set(braId, categoryId);
      if (categoryId.startsWith('bra-') && !cats.has(categoryId)) {
        const level = Number.parseInt(cell(c.level) ?? '', 10);
        const parentName = paths && path.length > 1 ? name.slice(0, name.length - (path.at(-1)?.length ?? 0) - 2) : null;
        const parentId = parentName !== null ? (idOfName.get(parentName) ?? Number.NaN) : Number.parseInt(cell(c.parentId) ?? '', 10);
        cats.set(categoryId, {
          category_id: categoryId, bra_id: braId, name: name || `Brott ${idText}`, parent_id: null, youth_relevant: false, police_initiated: false,
          sort_order: FIRST_SORT + cats.size, bra_level: Number.isFinite(level) ? level : null, bra_parent_id: Number.isFinite(parentId) ? parentId : null,
        });
      }
    }

    const text = cell(c.count);
    const parsed = parseNumber(text, true);
    if (parsed.kind === 'invalid') return issue(c.count, t('dataimport.row.notNumber', { what: t('dataimport.what.count') }));
    if (/^[-+]?\d{1,3}([.,]\d{3})+$/.test(text?.trim() ?? '')) return issue(c.count, t('bra.row.ambiguous', { value: text?.trim() ?? '' }));
    const count = parsed.kind === 'value' ? parsed.value : null;
    if (count !== null && (count < 0 || !Number.isInteger(count) || count > 2_147_483_647)) return issue(c.count, t('bra.row.count'));

    const key = `${period.key}|${match.kommunkod}|${categoryId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) return issue(c.name ?? c.id, t('bra.row.duplicate', { row: earlier }));
    seen.set(key, row);

    const prelCell = cell(c.prel)?.trim().toLowerCase() ?? '';
    const preliminary = TRUE.has(prelCell) || /\bprel\b/i.test(cell(c.label) ?? '');
    const series = `${match.kommunkod}|${categoryId}`;
    if (period.type === 'ar') {
      yearly.add(`${series}|${period.year}`);
      out.years.push({ year: period.year, kommunkod: match.kommunkod, category_id: categoryId, count, preliminary, source });
      return;
    }
    const status = cell(c.status)?.trim() || null;
    out.periods.push({ period_type: period.type, period_key: period.key, year: period.year, month: period.month, quarter: period.quarter, kommunkod: match.kommunkod, category_id: categoryId, count, preliminary, status, source });
    parts.push({ series, period, count, preliminary });
  });

  for (const d of deriveYears(parts)) {
    if (yearly.has(`${d.series}|${d.year}`)) continue;
    const [kommunkod = '', category_id = ''] = d.series.split('|');
    out.years.push({ year: d.year, kommunkod, category_id, count: d.count, preliminary: d.preliminary, source });
    out.derived += 1;
  }
  for (const cat of cats.values()) {
    const parent = cat.bra_parent_id === null ? undefined : byBraId.get(cat.bra_parent_id);
    cat.parent_id = parent ?? null;
  }
  out.categories = [...cats.values()];
  return out;
}
