/**
 * Översikt's questions and what it draws from their answers, in one place: the live view asks
 * them through the coordinator, and the build asks the same ones of the Node twin for the
 * snapshot that is drawn before DuckDB-WASM has started (`scripts/snapshot.ts`).
 */
import type { Connector, Row } from '../db/types';
import { run } from '../db/run';
import { crimeSeriesQuery, type CrimeRow } from '../queries/crimes';
import { activitiesByTypeQuery, type ActivityByTypeRow } from '../queries/activities';
import { activityAnnotationsQuery, type ActivityAnnotationRow } from '../queries/annotations';
import { activityAnnotations } from '../shape/annotations';
import { headlineFromColumns, yearDataStatusFromColumns } from '../shape/headline';
import { baselineYears } from '../shape/promise-bands';
import { crimeSeriesFromParts, partsOf, type CrimeParts } from '../shape/crime-parts';
import { memoOn } from '../shape/memo';
import { columnsFromRows, type Columns } from '../db/columns';
import { categoryName } from '../shape/category-name';
import { defaultFilters, headlineCategories, loadMeta, municipalityName, type Meta } from './meta';
import { FILTER_KEYS } from '../data/filters';
import type { Filters } from './url';

export interface OverviewRequests {
  crimes: Parameters<typeof crimeSeriesQuery>[0];
  delivered: Parameters<typeof activitiesByTypeQuery>[0];
  activities: Parameters<typeof activityAnnotationsQuery>[0];
}

export function overviewRequests(meta: Meta, f: Filters): OverviewRequests {
  const trendCategory = f.category[0] ?? 'totalt';
  return {
    crimes: { kommunkoder: [f.municipality, ...f.compare], categoryIds: [...new Set([...headlineCategories(meta), trendCategory])], from: meta.minYear, to: f.to },
    delivered: { kommunkod: f.municipality, from: f.to, to: f.to, actors: [], venues: [] },
    activities: { kommunkod: f.municipality, from: f.from, to: f.to },
  };
}

export interface OverviewRows {
  /** The crime series by municipality (live), by column, or as rows (the build-time snapshot, tests). */
  crimes: CrimeParts | Columns | readonly CrimeRow[] | undefined;
  activities: readonly ActivityAnnotationRow[] | undefined;
}

function crimeParts(crimes: CrimeParts | Columns | readonly CrimeRow[], kommunkoder: readonly string[]): CrimeParts {
  if (isParts(crimes)) return crimes;
  // A CrimeRow's values are Row values; only its keys are named (an interface has no index signature).
  return partsOf(isRowList(crimes) ? columnsFromRows(crimes as unknown as readonly Row[]) : (crimes as Columns), kommunkoder);
}

function isParts(crimes: CrimeParts | Columns | readonly CrimeRow[]): crimes is CrimeParts {
  return crimes instanceof Map;
}

function isRowList(crimes: Columns | readonly CrimeRow[]): crimes is readonly CrimeRow[] {
  return Array.isArray(crimes);
}

/**
 * The headline cards and the trend chart's series, from the answers to the questions above. Both
 * read the crime columns; no row objects are built (the snapshot's rows become columns first).
 */
export function overviewModel(meta: Meta, f: Filters, rows: OverviewRows) {
  const trendCategory = f.category[0] ?? 'totalt';
  // One baseline everywhere: the user's (URL `baseline`) when it lies before the chosen year, else the years before the first promise.
  const baseline = f.baseline && f.baseline[1] < f.to ? f.baseline : baselineYears(meta.promises, f.municipality, meta.minYear);
  // Live, the lines are those of the answer held (its parts, in the order asked), so while a new
  // comparison is being asked the chart stays as it was instead of being drawn again without it.
  const kommunkoder = rows.crimes && isParts(rows.crimes) ? [...rows.crimes.keys()] : [f.municipality, ...f.compare];
  const parts = crimeParts(rows.crimes ?? [], kommunkoder);
  // The cards read the municipality's own part only: a new comparison leaves them as they were.
  const own = parts.get(f.municipality) ?? columnsFromRows([]);
  return {
    baseline,
    headlines: memoOn(own, `headlines|${f.municipality}|${headlineCategories(meta).join(',')}|${f.to}|${baseline?.join('-') ?? ''}`, () =>
      headlineCategories(meta)
        .map((id) => headlineFromColumns(own, f.municipality, id, f.to, baseline))
        .filter((h) => h !== null),
    ),
    // The same array for the same answer and question: the chart is then left alone.
    trend: memoOn(parts, `trend|${trendCategory}|${kommunkoder.join(',')}|${f.from}`, () => crimeSeriesFromParts(parts, trendCategory, 'rate', kommunkoder, f.from)),
    trendName: categoryName(trendCategory, meta.categories.find((c) => c.category_id === trendCategory)?.name),
    name: municipalityName(meta, f.municipality),
    // Said in the headline itself, not only by a badge: are this year's figures real?
    status: rows.crimes ? memoOn(own, `status|${f.municipality}|${f.to}`, () => yearDataStatusFromColumns(own, f.municipality, f.to)) : ('real' as const),
    annotations: rows.activities ? memoOn(rows.activities, 'annotations', () => activityAnnotations(rows.activities ?? [])) : [],
  };
}

/** The default Översikt (default filters, the shipped data) as computed at build time. */
export interface OverviewSnapshot {
  filters: Filters;
  /** Only what Översikt reads: the municipalities it names, the categories, the promises, the years. */
  meta: Meta;
  crimes: CrimeRow[];
  delivered: ActivityByTypeRow[];
  activities: ActivityAnnotationRow[];
}

export async function buildOverviewSnapshot(conn: Connector): Promise<OverviewSnapshot> {
  const meta = await loadMeta(conn);
  const filters = defaultFilters(meta);
  const q = overviewRequests(meta, filters);
  const [crimes, delivered, activities] = await Promise.all([
    run<CrimeRow>(conn, crimeSeriesQuery(q.crimes)),
    run<ActivityByTypeRow>(conn, activitiesByTypeQuery(q.delivered)),
    run<ActivityAnnotationRow>(conn, activityAnnotationsQuery(q.activities)),
  ]);
  const named = new Set([filters.municipality, ...filters.compare]);
  return {
    filters,
    meta: { ...meta, municipalities: meta.municipalities.filter((m) => named.has(m.kommunkod)), venues: [], actors: [], exampleRows: [] },
    crimes,
    delivered,
    activities,
  };
}

/**
 * The snapshot applies only to the default Översikt: a URL without filters (at most `view=oversikt`).
 * Whether imports or edits are kept is not known before DuckDB starts, so it is always drawn as a
 * preview (förhandsvisning) and replaced by the live view as soon as that is up.
 */
export function previewFor(search: string, snapshot: OverviewSnapshot): OverviewSnapshot | null {
  const params = [...new URLSearchParams(search)];
  // The language is no filter: the English page draws the same snapshot (its text is made at run time).
  return params.every(([k, v]) => (k === 'view' && v === 'oversikt') || k === 'lang') ? snapshot : null;
}

/** The snapshot for the first Översikt of this page load (set by main.ts, taken once by the view). */
let firstPaint: OverviewSnapshot | null = null;

export function setFirstPaint(snapshot: OverviewSnapshot | null): void {
  firstPaint = snapshot;
}

export function takeFirstPaint(): OverviewSnapshot | null {
  const s = firstPaint;
  firstPaint = null;
  return s;
}

/** The snapshot, when the live filters are exactly the ones it was computed for; else null. */
export function snapshotFor(snapshot: OverviewSnapshot | null, f: Filters): OverviewSnapshot | null {
  if (!snapshot) return null;
  return FILTER_KEYS.every((k) => JSON.stringify(f[k]) === JSON.stringify(snapshot.filters[k])) ? snapshot : null;
}
