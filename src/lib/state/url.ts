/**
 * Filters ⇄ URL query string. Every filter lives in the URL so a copied link reopens the same
 * view; unknown values are dropped with a notice in Swedish, never an exception.
 */

import { MEASURES, type Measure } from '../shape/crime-series';
import { GROUPS, type GroupId } from '../queries/decision';
export const VIEWS = ['oversikt', 'brott', 'insatser', 'platser', 'beslut', 'uppfoljning', 'mote', 'data', 'logg', 'tillganglighet'] as const;
export type ViewId = (typeof VIEWS)[number];
/** The views' names as the navigation shows them. */
export const VIEW_NAMES: Record<ViewId, string> = {
  oversikt: 'Översikt',
  brott: 'Brottsutveckling',
  insatser: 'Insatser',
  platser: 'Platser',
  beslut: 'Underlag för beslut',
  uppfoljning: 'Uppföljning',
  mote: 'Mötesläge',
  data: 'Data',
  logg: 'Aktivitetslogg',
  tillganglighet: 'Tillgänglighetsredogörelse',
};
// Declared where they are used (shape, queries), so those folders never import state.
export { MEASURES, GROUPS, type Measure, type GroupId };

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
}

export const PERIODS = ['ar', 'kvartal', 'manad'] as const;
export type PeriodChoice = (typeof PERIODS)[number];

/** What the loaded data allow; values outside these are unknown. */
export interface KnownValues {
  minYear: number;
  maxYear: number;
  municipalities: readonly string[];
  categories: readonly string[];
  venues: readonly string[];
  actors: readonly string[];
  promises: readonly string[];
}

export interface ParseResult {
  filters: Filters;
  notices: string[];
}

const LIST_KEYS = ['compare', 'category', 'venue', 'actor'] as const;
type ListKey = (typeof LIST_KEYS)[number];

function splitList(raw: string | null): string[] {
  if (raw === null) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function parseYear(raw: string | null, known: KnownValues, key: string, notices: string[]): number | null {
  if (raw === null) return null;
  const year = /^\d{4}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(year) || year < known.minYear || year > known.maxYear) {
    notices.push(`Okänt år för ”${key}”: ”${raw}” ignorerades (data finns för ${known.minYear}–${known.maxYear}).`);
    return null;
  }
  return year;
}

function knownList(key: ListKey, known: KnownValues): readonly string[] {
  switch (key) {
    case 'compare':
      return known.municipalities;
    case 'category':
      return known.categories;
    case 'venue':
      return known.venues;
    case 'actor':
      return known.actors;
  }
}

export function parseFilters(search: string, known: KnownValues, defaults: Filters): ParseResult {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const filters: Filters = { ...defaults, compare: [...defaults.compare], category: [...defaults.category], venue: [...defaults.venue], actor: [...defaults.actor] };

  const view = params.get('view');
  if (view !== null) {
    if ((VIEWS as readonly string[]).includes(view)) filters.view = view as ViewId;
    else notices.push(`Okänd vy ”${view}” ignorerades; visar ${VIEW_NAMES[defaults.view]}.`);
  }
  const period = params.get('period');
  if (period !== null) {
    if ((PERIODS as readonly string[]).includes(period)) filters.period = period as PeriodChoice;
    else notices.push(`Okänd periodtyp ”${period}” ignorerades.`);
  }
  const measure = params.get('measure');
  if (measure !== null) {
    if ((MEASURES as readonly string[]).includes(measure)) filters.measure = measure as Measure;
    else notices.push(`Okänt mått ”${measure}” ignorerades.`);
  }

  const group = params.get('group');
  if (group !== null) {
    if ((GROUPS as readonly string[]).includes(group)) filters.group = group as GroupId;
    else notices.push(`Okänd jämförelsegrupp ”${group}” ignorerades.`);
  }
  const promise = params.get('promise');
  if (promise !== null) {
    if (known.promises.includes(promise)) filters.promise = promise;
    else notices.push(`Okänt medborgarlöfte ”${promise}” ignorerades.`);
  }
  const baseline = params.get('baseline');
  if (baseline !== null) {
    const m = /^(\d{4})-(\d{4})$/.exec(baseline.trim());
    const [bFrom, bTo] = [Number(m?.[1]), Number(m?.[2])];
    if (m && bFrom <= bTo && bFrom >= known.minYear && bTo <= known.maxYear) filters.baseline = [bFrom, bTo];
    else notices.push(`Ogiltig jämförelseperiod ”${baseline}” ignorerades (skriv till exempel 2015-2017).`);
  }

  const year = parseYear(params.get('year'), known, 'year', notices);
  if (year !== null) filters.year = year;
  const slide = params.get('slide');
  if (slide !== null) {
    const n = /^\d{1,3}$/.test(slide) ? Number(slide) : NaN;
    if (n >= 1) filters.slide = n;
    else notices.push(`Ogiltigt bildnummer ”${slide}” ignorerades.`);
  }

  const from = parseYear(params.get('from'), known, 'from', notices);
  const to = parseYear(params.get('to'), known, 'to', notices);
  if (from !== null) filters.from = from;
  if (to !== null) filters.to = to;
  if (filters.from > filters.to) {
    notices.push(`”from” (${filters.from}) var senare än ”to” (${filters.to}); åren byttes.`);
    [filters.from, filters.to] = [filters.to, filters.from];
  }

  const municipality = params.get('municipality');
  if (municipality !== null) {
    if (known.municipalities.includes(municipality) && municipality !== '00') filters.municipality = municipality;
    else notices.push(`Okänd kommunkod ”${municipality}” för ”municipality” ignorerades.`);
  }

  for (const key of LIST_KEYS) {
    if (!params.has(key)) continue;
    const allowed = knownList(key, known);
    const values = splitList(params.get(key));
    const ok = [...new Set(values.filter((v) => allowed.includes(v)))];
    const bad = values.filter((v) => !allowed.includes(v));
    if (bad.length > 0) notices.push(`Okänt värde för ”${key}”: ${bad.map((b) => `”${b}”`).join(', ')} ignorerades.`);
    // An explicitly empty list is meaningful for compare/venue/actor (none / all); for category
    // a list with nothing usable falls back to the default.
    if (key === 'category' && ok.length === 0) continue;
    filters[key] = ok;
  }
  filters.compare = filters.compare.filter((k) => k !== filters.municipality);
  return { filters, notices };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The query string for `filters`, naming only what differs from the defaults (view always). */
export function serializeFilters(filters: Filters, defaults: Filters): string {
  const params = new URLSearchParams();
  params.set('view', filters.view);
  if (filters.from !== defaults.from) params.set('from', String(filters.from));
  if (filters.to !== defaults.to) params.set('to', String(filters.to));
  if (filters.municipality !== defaults.municipality) params.set('municipality', filters.municipality);
  for (const key of LIST_KEYS) {
    if (!sameList(filters[key], defaults[key])) params.set(key, filters[key].join(','));
  }
  if (filters.measure !== defaults.measure) params.set('measure', filters.measure);
  if (filters.period !== defaults.period) params.set('period', filters.period);
  if (filters.promise !== defaults.promise) params.set('promise', filters.promise);
  if (filters.group !== defaults.group) params.set('group', filters.group);
  if (filters.baseline) params.set('baseline', `${filters.baseline[0]}-${filters.baseline[1]}`);
  if (filters.year !== null) params.set('year', String(filters.year));
  if (filters.slide !== defaults.slide) params.set('slide', String(filters.slide));
  // Commas stay readable in a copied link.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
