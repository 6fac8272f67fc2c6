/**
 * Every filter, declared once: its URL key (the same as its field in `Filters`), how the URL's
 * text is read and written, its default handling, the SQL column it restricts, its label and
 * choices in the filter panel, and the views whose panel shows it. `state/url.ts` (parsing and
 * serialising), `components/filters/FilterPanel.svelte` and the WHERE clauses of `queries/`
 * (`filterIn`, `yearBetween`) are derived from it, so a new filter is one entry here.
 * Entries are in the order the URL names them.
 */

import { t } from '../i18n/catalogue';
import '../i18n/messages/filters';
import '../i18n/messages/shell';
import { clauses, parseSelection, writeSelection, type Clause, type Selection } from './selection';

export const VIEWS = ['oversikt', 'brott', 'karta', 'insatser', 'platser', 'beslut', 'uppfoljning', 'mote', 'data', 'logg', 'tillganglighet'] as const;
export type ViewId = (typeof VIEWS)[number];
/** A view's name as the navigation and the browser tab show it, in the page's language. */
export function viewName(id: ViewId): string {
  return t(`view.${id}`);
}
/**
 * @deprecated Use {@link viewName}: the names by view, each read in the page's language when it is
 * looked up (getters, so a module-level copy of the object still follows `setLocale`).
 */
export const VIEW_NAMES: Readonly<Record<ViewId, string>> = Object.defineProperties(
  {} as Record<ViewId, string>,
  Object.fromEntries(VIEWS.map((id) => [id, { get: () => viewName(id), enumerable: true }])),
);
export const MEASURES = ['rate', 'count'] as const;
export type Measure = (typeof MEASURES)[number];
export const PERIODS = ['ar', 'kvartal', 'manad'] as const;
export type PeriodChoice = (typeof PERIODS)[number];
export const GROUPS = ['grannar', 'kommungrupp', 'lan', 'riket', 'valda'] as const;
export type GroupId = (typeof GROUPS)[number];

export interface Filters {
  view: ViewId;
  from: number;
  to: number;
  municipality: string;
  compare: string[];
  category: string[];
  venue: string[];
  actor: string[];
  measure: Measure;
  /** The promise the decision view evaluates (promise_id); '' when the municipality has none. */
  promise: string;
  group: GroupId;
  /** Baseline years for the decision view; null = the years just before the promise. */
  baseline: [number, number] | null;
  /** The follow-up year of the report (uppfoljning); null = the promise's last year. */
  year: number | null;
  /** Meeting mode: the current slide, 1-based. */
  slide: number;
  /** Brottsutveckling: years, quarters or months (the latter two where BRÅ extracts hold them). */
  period: PeriodChoice;
  /** The cross-filter selection of linked charts (data/selection.ts): a bar or legend entry chosen in one chart filters the others. */
  sel: Selection;
}
export type FilterKey = keyof Filters;

/** What the loaded data allow; values outside these are unknown. */
export interface KnownValues {
  minYear: number;
  maxYear: number;
  municipalities: readonly string[];
  categories: readonly string[];
  venues: readonly string[];
  actors: readonly string[];
  promises: readonly string[];
  /** The year each municipality opens on when the URL names no year (see meta's openingYear). */
  openingYears?: Readonly<Record<string, number>>;
}

/** A value read from the URL (none: keep the default), and a notice in the page's language naming what was ignored. */
export interface Parsed<T> {
  value?: T;
  notice?: string;
}

export interface FilterDef<K extends FilterKey> {
  key: K;
  /** The panel's label or legend. */
  label: string;
  parse(raw: string, known: KnownValues, defaults: Filters): Parsed<Filters[K]>;
  /** The URL text, or null when the value is the default (not written); `all` is every filter's value. */
  write(value: Filters[K], defaults: Filters, all: Filters): string | null;
  /** The column a WHERE clause restricts (without a table alias). */
  column?: string;
  /** For a filter with fixed choices: value and label, in the panel's order. */
  choices?: readonly (readonly [Filters[K], string])[];
  /** The views whose filter panel shows it. */
  views: readonly ViewId[];
}

const ok = <T>(value: T): Parsed<T> => ({ value });
const no = (notice: string): Parsed<never> => ({ notice });
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

function year(key: string) {
  return (raw: string, known: KnownValues): Parsed<number> => {
    const y = /^\d{4}$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isInteger(y) || y < known.minYear || y > known.maxYear) {
      return no(t('filter.badYear', { key, raw, min: known.minYear, max: known.maxYear }));
    }
    return ok(y);
  };
}

function oneOf<T extends string>(choices: readonly T[], notice: (raw: string, defaults: Filters) => string) {
  return (raw: string, _known: KnownValues, defaults: Filters): Parsed<T> =>
    (choices as readonly string[]).includes(raw) ? ok(raw as T) : no(notice(raw, defaults));
}

/** A comma-separated list of known values; unknown ones are dropped with a notice naming them. */
function list(key: 'compare' | 'category' | 'venue' | 'actor', allowed: (k: KnownValues) => readonly string[], emptyFallsBack = false) {
  return (raw: string, known: KnownValues): Parsed<string[]> => {
    const values = raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    const allowedHere = allowed(known);
    const value = [...new Set(values.filter((v) => allowedHere.includes(v)))];
    const bad = values.filter((v) => !allowedHere.includes(v));
    const notice = bad.length > 0 ? t('filter.badValues', { key, values: bad }) : undefined;
    // An explicitly empty list means none (compare) or all (venue, actor); a category list with nothing usable keeps the default.
    if (emptyFallsBack && value.length === 0) return notice ? { notice } : {};
    return notice ? { value, notice } : { value };
  };
}

const writeList = (key: 'compare' | 'category' | 'venue' | 'actor') => (v: string[], d: Filters) => (same(v, d[key]) ? null : v.join(','));
const writeIfChanged = <K extends FilterKey>(key: K) => (v: Filters[K], d: Filters) => (v === d[key] ? null : String(v));

const CRIME_VIEWS: readonly ViewId[] = ['oversikt', 'brott'];
const ACTIVITY_VIEWS: readonly ViewId[] = ['insatser', 'platser', 'logg'];

export const FILTERS: { readonly [K in FilterKey]: FilterDef<K> } = {
  view: {
    key: 'view',
    get label() {
      return t('filter.view');
    },
    parse: oneOf(VIEWS, (raw, d) => t('filter.badView', { raw, view: viewName(d.view) })),
    write: (v) => v, // always written
    views: [],
  },
  from: { key: 'from', get label() { return t('filter.from'); }, parse: year('from'), write: writeIfChanged('from'), column: 'year', views: [...CRIME_VIEWS, ...ACTIVITY_VIEWS] },
  to: {
    key: 'to',
    get label() { return t('filter.to'); },
    parse: year('to'),
    // With another municipality than the default the year is always written: its opening year differs.
    write: (v, d, all) => (v !== d.to || all.municipality !== d.municipality ? String(v) : null),
    column: 'year',
    views: [...CRIME_VIEWS, ...ACTIVITY_VIEWS],
  },
  municipality: {
    key: 'municipality',
    get label() { return t('filter.municipality'); },
    parse: (raw, known) => (known.municipalities.includes(raw) && raw !== '00' ? ok(raw) : no(t('filter.badMunicipality', { raw }))),
    write: writeIfChanged('municipality'),
    column: 'kommunkod',
    views: [...CRIME_VIEWS, 'karta', ...ACTIVITY_VIEWS, 'beslut', 'uppfoljning'],
  },
  compare: { key: 'compare', get label() { return t('filter.compare'); }, parse: list('compare', (k) => k.municipalities), write: writeList('compare'), column: 'kommunkod', views: CRIME_VIEWS },
  category: { key: 'category', get label() { return t('filter.category'); }, parse: list('category', (k) => k.categories, true), write: writeList('category'), column: 'category_id', views: CRIME_VIEWS },
  venue: { key: 'venue', get label() { return t('filter.venue'); }, parse: list('venue', (k) => k.venues), write: writeList('venue'), column: 'venue_id', views: ACTIVITY_VIEWS },
  actor: { key: 'actor', get label() { return t('filter.actor'); }, parse: list('actor', (k) => k.actors), write: writeList('actor'), column: 'actor', views: ACTIVITY_VIEWS },
  measure: {
    key: 'measure',
    get label() { return t('filter.measure'); },
    parse: oneOf(MEASURES, (raw) => t('filter.badMeasure', { raw })),
    write: writeIfChanged('measure'),
    get choices() {
      return MEASURES.map((m) => [m, measureName(m)] as const);
    },
    views: ['brott'],
  },
  // Chosen in Brottsutveckling itself (the choice appears only where sub-year data exist).
  period: { key: 'period', get label() { return t('filter.period'); }, parse: oneOf(PERIODS, (raw) => t('filter.badPeriod', { raw })), write: writeIfChanged('period'), views: [] },
  promise: {
    key: 'promise',
    get label() { return t('filter.promise'); },
    parse: (raw, known) => (known.promises.includes(raw) ? ok(raw) : no(t('filter.badPromise', { raw }))),
    write: writeIfChanged('promise'),
    column: 'promise_id',
    views: ['beslut', 'uppfoljning'],
  },
  group: {
    key: 'group',
    get label() { return t('filter.group'); },
    parse: oneOf(GROUPS, (raw) => t('filter.badGroup', { raw })),
    write: writeIfChanged('group'),
    get choices() {
      return GROUPS.map((g) => [g, groupName(g)] as const);
    },
    // On the map the group is the one outlined; its year and category are chosen on the map.
    views: ['karta', 'beslut'],
  },
  baseline: {
    key: 'baseline',
    get label() { return t('filter.baseline'); },
    parse: (raw, known) => {
      const m = /^(\d{4})-(\d{4})$/.exec(raw.trim());
      const [from, to] = [Number(m?.[1]), Number(m?.[2])];
      if (m && from <= to && from >= known.minYear && to <= known.maxYear) return ok([from, to] as [number, number]);
      return no(t('filter.badBaseline', { raw }));
    },
    write: (v) => (v ? `${v[0]}-${v[1]}` : null),
    column: 'year',
    views: ['beslut'],
  },
  year: { key: 'year', get label() { return t('filter.year'); }, parse: year('year'), write: (v) => (v === null ? null : String(v)), column: 'year', views: [] },
  slide: {
    key: 'slide',
    get label() { return t('filter.slide'); },
    parse: (raw) => (/^\d{1,3}$/.test(raw) && Number(raw) >= 1 ? ok(Number(raw)) : no(t('filter.badSlide', { raw }))),
    write: writeIfChanged('slide'),
    views: [],
  },
  // Chosen in the charts themselves (Insatser), not in the panel; its clauses' columns are in data/selection.ts.
  sel: {
    key: 'sel',
    get label() { return t('filter.selection'); },
    parse: (raw, known) => parseSelection(raw, known),
    write: (v) => writeSelection(v),
    views: [],
  },
};

/** A measure's, comparison group's or period choice's label, in the page's language. */
export const measureName = (m: Measure): string => t(`filter.measure.${m}`);
export const groupName = (g: GroupId): string => t(`filter.group.${g}`);
export const periodChoiceName = (p: PeriodChoice): string => t(`filter.period.${p}`);

/** The filters in the order the URL names them. */
export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/** Which filters the panel of `view` shows, in the declaration's order. */
export function panelFilters(view: ViewId): FilterKey[] {
  return FILTER_KEYS.filter((k) => FILTERS[k].views.includes(view));
}

/**
 * The rules between filters, applied after every parse and update: the years in order, and the
 * municipality in focus not among its own comparisons. Returns a notice when the years were swapped.
 */
export function normalise(f: Filters): string | null {
  let notice: string | null = null;
  if (f.from > f.to) {
    notice = t('filter.swapped', { from: f.from, to: f.to });
    [f.from, f.to] = [f.to, f.from];
  }
  f.compare = f.compare.filter((k) => k !== f.municipality);
  return notice;
}

/**
 * The selection's clauses the other filters rule out, taken out of `f.sel`: a year outside from–to,
 * a venue or an actor the venue or actor filter leaves out. Left in, they would filter the other
 * charts down to nothing while the chart that chose them no longer shows the choice.
 */
export function pruneSelection(f: Filters): Clause[] {
  const outside = (c: Clause): boolean =>
    (c.field === 'year' && (Number(c.value) < f.from || Number(c.value) > f.to)) ||
    (c.field === 'venue' && f.venue.length > 0 && !f.venue.includes(c.value)) ||
    (c.field === 'actor' && f.actor.length > 0 && !f.actor.includes(c.value));
  const dropped = clauses(f.sel).filter(outside);
  if (dropped.length > 0) f.sel = Object.fromEntries(clauses(f.sel).filter((c) => !outside(c)).map((c) => [c.field, c.value]));
  return dropped;
}

/** A copy of `f` whose lists are copies too (a parse or update never changes what it was given). */
export function copyFilters(f: Filters): Filters {
  return { ...f, compare: [...f.compare], category: [...f.category], venue: [...f.venue], actor: [...f.actor], sel: { ...f.sel } };
}
