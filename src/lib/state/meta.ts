/** What the loaded data contain (lists for the filters) and the default filters derived from it. */
import type { Connector } from '../db/types';
import { run } from '../db/run';
import { t } from '../i18n/catalogue';
import { actorsQuery, categoriesQuery, exampleRowsQuery, municipalitiesQuery, promisesQuery, venuesQuery, yearBoundsQuery } from '../queries/meta';
import type { PromiseRow } from '../shape/promise-bands';
import { placeName } from '../shape/category-name';
import type { Filters, KnownValues } from './url';
import '../i18n/messages/shell';

export interface Municipality {
  kommunkod: string;
  name: string;
  kind: string;
  /** The county (län), null for Riket. */
  region: string | null;
  /** SKR's kommungrupp 2017 (e.g. C6), null where unknown. */
  kommungrupp: string | null;
  /** The crimes table holds figures for it (shipped example data or an import). */
  has_crimes: boolean;
  /** The latest year with real (not example) crime figures and a population; null when none. */
  latest_real_year: number | null;
}
export interface Category {
  category_id: string;
  bra_id: number | null;
  name: string;
  parent_id: string | null;
  youth_relevant: boolean;
  police_initiated: boolean;
  /** BRÅ's Brottsnivå for a category an extract brought; null for the dashboard's own. */
  bra_level: number | null;
}
export interface Venue {
  venue_id: string;
  name: string;
  type: string;
  kommunkod: string;
  description: string | null;
}

export interface Meta {
  municipalities: Municipality[];
  categories: Category[];
  venues: Venue[];
  promises: PromiseRow[];
  actors: string[];
  minYear: number;
  maxYear: number;
  /** Tables that hold example rows, with how many. */
  exampleRows: { table_name: string; example_rows: number; rows: number }[];
}

export const DEFAULT_MUNICIPALITY = '1493';
export const RIKET = '00';

export async function loadMeta(conn: Connector): Promise<Meta> {
  const [municipalities, categories, venues, promises, actors, bounds, exampleRows] = await Promise.all([
    run<Municipality>(conn, municipalitiesQuery()),
    run<Category>(conn, categoriesQuery()),
    run<Venue>(conn, venuesQuery()),
    run<PromiseRow>(conn, promisesQuery()),
    run<{ actor: string }>(conn, actorsQuery()),
    run<{ min_year: number; max_year: number }>(conn, yearBoundsQuery()),
    run<{ table_name: string; example_rows: number; rows: number }>(conn, exampleRowsQuery()),
  ]);
  const b = bounds[0];
  if (!b || b.min_year === null) throw new Error(t('db.noYears'));
  return { municipalities, categories, venues, promises, actors: actors.map((a) => a.actor), minYear: b.min_year, maxYear: b.max_year, exampleRows };
}

export function knownValues(meta: Meta): KnownValues {
  return {
    minYear: meta.minYear,
    maxYear: meta.maxYear,
    municipalities: meta.municipalities.map((m) => m.kommunkod),
    categories: meta.categories.map((c) => c.category_id),
    venues: meta.venues.map((v) => v.venue_id),
    actors: meta.actors,
    promises: meta.promises.map((p) => p.promise_id),
    openingYears: Object.fromEntries(meta.municipalities.filter((m) => m.kind === 'kommun').map((m) => [m.kommunkod, openingYear(meta, m.kommunkod)])),
  };
}

/**
 * The promise the decision view opens with: the municipality's latest promise that has a real
 * follow-up in the activity log, else its latest promise; '' when it has none.
 */
export function defaultPromiseFor(meta: Meta, kommunkod: string): string {
  const own = meta.promises.filter((p) => p.kommunkod === kommunkod).sort((a, b) => b.year_from - a.year_from);
  return (own.find((p) => p.has_real_followup) ?? own[0])?.promise_id ?? '';
}

/** Total crime first, then the categories that concern young people. */
export function headlineCategories(meta: Meta): readonly string[] {
  // Asked on every filter change of Översikt; the answer changes only with the categories.
  const kept = headlinesOf.get(meta.categories);
  if (kept) return kept;
  const total = meta.categories.filter((c) => c.parent_id === null && c.category_id === 'totalt').map((c) => c.category_id);
  const ids = [...total, ...meta.categories.filter((c) => c.youth_relevant).map((c) => c.category_id)];
  headlinesOf.set(meta.categories, ids);
  return ids;
}
const headlinesOf = new WeakMap<object, readonly string[]>();

/** The municipalities (kind kommun) that have crime data: the only ones a comparison can use. */
export function withCrimes(meta: Pick<Meta, 'municipalities'>): Municipality[] {
  return meta.municipalities.filter((m) => m.kind === 'kommun' && m.has_crimes);
}

/**
 * The year a municipality opens on: its latest year with real crime figures, else the latest
 * year of the data (where it has only example data, or none).
 */
export function openingYear(meta: Pick<Meta, 'municipalities' | 'minYear' | 'maxYear'>, kommunkod: string): number {
  const real = meta.municipalities.find((m) => m.kommunkod === kommunkod)?.latest_real_year;
  return real !== null && real !== undefined && real >= meta.minYear && real <= meta.maxYear ? real : meta.maxYear;
}

export function defaultFilters(meta: Meta): Filters {
  const kommuner = meta.municipalities.filter((m) => m.kind !== 'riket');
  const data = kommuner.filter((m) => m.has_crimes);
  const municipality = kommuner.some((m) => m.kommunkod === DEFAULT_MUNICIPALITY) ? DEFAULT_MUNICIPALITY : (data[0]?.kommunkod ?? kommuner[0]?.kommunkod ?? '');
  return {
    view: 'oversikt',
    from: meta.minYear,
    to: openingYear(meta, municipality),
    municipality,
    compare: meta.municipalities.some((m) => m.kommunkod === RIKET) ? [RIKET] : [],
    category: [...headlineCategories(meta)],
    venue: [],
    actor: [],
    measure: 'rate',
    promise: defaultPromiseFor(meta, municipality),
    group: 'grannar',
    baseline: null,
    year: null,
    slide: 1,
    period: 'ar',
    sel: {},
  };
}

// Names are looked up on every redraw (legends, headings, place lines): an index per list of municipalities.
const namesOf = new WeakMap<Meta['municipalities'], Map<string, string>>();

export function municipalityName(meta: Meta, kod: string): string {
  let names = namesOf.get(meta.municipalities);
  if (!names) {
    names = new Map(meta.municipalities.map((m) => [m.kommunkod, m.name]));
    namesOf.set(meta.municipalities, names);
  }
  return placeName(kod, names.get(kod) ?? kod);
}
