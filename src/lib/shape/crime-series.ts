/** Crime rows → chart series: one line per municipality for one category, as count or rate. */
import type { CrimeRow } from '../queries/crimes';
import { pearsonDispersion, quasiRateCI } from '../stats';
import { EXAMPLE_SOURCE } from '../db/schema';
import { formatCount, isSuppressed } from '../format/number';
import { t } from '../i18n/catalogue';
import { placeName } from './category-name';

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

function toPoint(row: CrimeRow, measure: Measure, phi: number): SeriesPoint {
  const example = row.source === EXAMPLE_SOURCE || row.population_source === EXAMPLE_SOURCE;
  const suppressed = isSuppressed(row.count);
  const base = { x: row.year, count: row.count, population: row.population, suppressed, example, preliminary: row.preliminary };
  if (row.count === null || suppressed) return { ...base, y: null, low: null, high: null };
  if (measure === 'count') {
    // The same exact Poisson interval, on the count scale (population = per).
    const ci = quasiRateCI(row.count, 1, phi, { per: 1 });
    return { ...base, y: row.count, low: ci.low, high: ci.high };
  }
  if (row.population === null || row.population <= 0) return { ...base, y: null, low: null, high: null };
  const ci = quasiRateCI(row.count, row.population, phi);
  return { ...base, y: ci.rate, low: ci.low, high: ci.high };
}

/** The series' year-to-year variation beyond Poisson, around its log-linear trend (at least 1). */
function seriesDispersion(rows: readonly CrimeRow[]): number {
  const points = rows
    .filter((r) => r.count !== null && r.population !== null && r.population > 0)
    .map((r) => ({ year: r.year, count: r.count ?? 0, population: r.population ?? 1 }));
  return points.length >= 3 ? pearsonDispersion([points]).phi : 1;
}

/** Series for one category, ordered as `kommunkoder` (the chosen municipality first). */
export function crimeSeriesFor(rows: readonly CrimeRow[], categoryId: string, measure: Measure, kommunkoder: readonly string[]): Series[] {
  const series: Series[] = [];
  for (const kod of kommunkoder) {
    const own = rows.filter((r) => r.category_id === categoryId && r.kommunkod === kod);
    if (own.length === 0) continue;
    const phi = seriesDispersion(own);
    const points = own.map((r) => toPoint(r, measure, phi)).sort((a, b) => a.x - b.x);
    series.push({ id: kod, label: placeName(kod, own[0]?.municipality ?? kod), points, example: points.some((p) => p.example), measure });
  }
  return series;
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
