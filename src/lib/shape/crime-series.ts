/** Crime rows → chart series: one line per municipality for one category, as count or rate. */
import type { CrimeRow } from '../queries/crimes';
import { pearsonDispersion, quasiRateCI } from '../stats';
import { EXAMPLE_SOURCE } from '../db/schema';
import { formatCount, isSuppressed } from '../format/number';
import { t } from '../i18n/catalogue';
import { placeName } from './category-name';
import { booleanAt, column, columnsFromRows, numberAt, stringAt, type Columns } from '../db/columns';
import type { Row } from '../db/types';

/** What a crime chart counts (reported crimes per 100 000 inhabitants, or crimes): declared with the filters. */
export { MEASURES, type Measure } from '../data/filters';
import type { Measure } from '../data/filters';
import '../i18n/messages/crime';

export interface SeriesPoint {
  x: number;
  /** What is drawn: null for a gap, also where the count is too small to show (`suppressed`). */
  y: number | null;
  /**
   * Interval around y: 95 % exact Poisson for rates and counts, widened by √φ where the series
   * varies more from year to year than Poisson (φ around its log-linear trend); null where not computable.
   */
  low: number | null;
  high: number | null;
  /** The true count and population, for statistics; never display `count` without formatCount. */
  count: number | null;
  population: number | null;
  /** A count of 1–2: neither it nor a rate from it is shown (y, low and high are null). */
  suppressed: boolean;
  example: boolean;
  preliminary: boolean;
}

export interface Series {
  id: string;
  label: string;
  points: SeriesPoint[];
  example: boolean;
  measure: Measure;
}

/** One point's inputs, read from the columns. */
interface PointInput {
  x: number;
  count: number | null;
  population: number | null;
  preliminary: boolean;
  example: boolean;
}

/**
 * A point whose interval is worked out when first read: its exact Poisson quantiles (and the
 * series' φ) are the costly part of a new line, and a chart without interval bands never reads
 * them (its table, export and the bands do, and get the same values as before).
 */
function withInterval(point: Omit<SeriesPoint, 'low' | 'high'>, interval: () => { low: number; high: number }): SeriesPoint {
  let ci: { low: number; high: number } | undefined;
  const get = () => (ci ??= interval());
  return Object.defineProperties(point, {
    low: { get: () => get().low, enumerable: true },
    high: { get: () => get().high, enumerable: true },
  }) as SeriesPoint;
}

function toPoint(input: PointInput, measure: Measure, phi: () => number): SeriesPoint {
  const { count, population } = input;
  const suppressed = isSuppressed(count);
  const base = { ...input, suppressed };
  if (count === null || suppressed) return { ...base, y: null, low: null, high: null };
  if (measure === 'count') {
    // The same exact Poisson interval, on the count scale (population = per).
    return withInterval({ ...base, y: count }, () => quasiRateCI(count, 1, phi(), { per: 1 }));
  }
  if (population === null || population <= 0) return { ...base, y: null, low: null, high: null };
  // The rate as rateCI makes it (count / (population / 100 000)), so it is the same number.
  return withInterval({ ...base, y: count / (population / 100000) }, () => quasiRateCI(count, population, phi()));
}

/** The series' year-to-year variation beyond Poisson, around its log-linear trend (at least 1). */
function seriesDispersion(inputs: readonly PointInput[]): number {
  const points = inputs
    .filter((p) => p.count !== null && p.population !== null && p.population > 0)
    .map((p) => ({ year: p.x, count: p.count ?? 0, population: p.population ?? 1 }));
  return points.length >= 3 ? pearsonDispersion([points]).phi : 1;
}

/** The columns `crimeSeriesFromColumns` reads, in the order it destructures them. */
const CRIME_COLUMNS = ['year', 'kommunkod', 'municipality', 'category_id', 'count', 'population', 'preliminary', 'source', 'population_source'] as const;

/**
 * Series for one category, ordered as `kommunkoder` (the chosen municipality first), read from
 * the crime series query's columns (`crimeSeriesQuery`); only years from `from` on.
 */
export function crimeSeriesFromColumns(
  cols: Columns,
  categoryId: string,
  measure: Measure,
  kommunkoder: readonly string[],
  from = Number.NEGATIVE_INFINITY,
): Series[] {
  const [year, kommunkod, municipality, category, count, population, preliminary, source, populationSource] = CRIME_COLUMNS.map((n) => column(cols, n));
  const wanted = new Set(kommunkoder);
  const byKod = new Map<string, number[]>();
  for (let i = 0; i < cols.length; i++) {
    const kod = stringAt(kommunkod, i);
    const x = numberAt(year, i);
    if (kod === null || !wanted.has(kod) || stringAt(category, i) !== categoryId || x === null || x < from) continue;
    const list = byKod.get(kod);
    if (list) list.push(i);
    else byKod.set(kod, [i]);
  }
  const series: Series[] = [];
  for (const kod of kommunkoder) {
    const own = byKod.get(kod);
    if (!own || own.length === 0) continue;
    const inputs = own.map((i) => ({
      x: numberAt(year, i) ?? 0,
      count: numberAt(count, i),
      population: numberAt(population, i),
      preliminary: booleanAt(preliminary, i) ?? false,
      example: stringAt(source, i) === EXAMPLE_SOURCE || stringAt(populationSource, i) === EXAMPLE_SOURCE,
    }));
    let phi: number | undefined;
    const phiOnce = () => (phi ??= seriesDispersion(inputs));
    const points = inputs.map((p) => toPoint(p, measure, phiOnce)).sort((a, b) => a.x - b.x);
    series.push({ id: kod, label: placeName(kod, stringAt(municipality, own[0] ?? 0) ?? kod), points, example: points.some((p) => p.example), measure });
  }
  return series;
}

/** The same from rows (the report, the meeting, tests): converted to columns first. */
export function crimeSeriesFor(rows: readonly CrimeRow[], categoryId: string, measure: Measure, kommunkoder: readonly string[]): Series[] {
  // A CrimeRow's values are Row values; only its keys are named (an interface has no index signature).
  return crimeSeriesFromColumns(columnsFromRows(rows as unknown as readonly Row[], CRIME_COLUMNS), categoryId, measure, kommunkoder);
}

/**
 * A point's value as text: formatted y, or for a suppressed point `<3` (`<3 fall` for a rate,
 * whose value is not shown either); an en dash where there is no value.
 */
export function pointText(p: SeriesPoint, measure: Measure, format: (v: number | null) => string): string {
  if (p.suppressed) return measure === 'rate' ? t('crime.suppressedRate', { count: formatCount(p.count) }) : formatCount(p.count);
  return format(p.y);
}

export function measureUnit(measure: Measure): string {
  return measure === 'rate' ? t('crime.unit.rate') : t('crime.unit.count');
}
