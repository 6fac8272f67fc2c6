/** Headline figures for one year: the rate with its interval, against the year before and the baseline before the first promise. */
import type { CrimeRow } from '../queries/crimes';
import { pearsonDispersion, quasiRateCI, quasiRateRatio, type Dispersion } from '../stats';
import { EXAMPLE_SOURCE } from '../db/schema';
import { t } from '../i18n/catalogue';
import { categoryName } from './category-name';
import { column, numberAt, stringAt, type Columns } from '../db/columns';
import '../i18n/messages/crime';

export interface Comparison {
  label: string;
  ratio: number;
  low: number;
  high: number;
  significant: boolean;
  /** Fewer than {@link MIN_HEADLINE_COUNT} crimes in either period: no numbers are shown and nothing is called. */
  tooFew: boolean;
}

/** Below this many crimes in either period no change is called (the same rule as the decision view). */
export const MIN_HEADLINE_COUNT = 10;

export interface Headline {
  categoryId: string;
  category: string;
  year: number;
  count: number;
  rate: number;
  low: number;
  high: number;
  example: boolean;
  previous: Comparison | null;
  baseline: Comparison | null;
  /** The year-to-year variation factor used (quasi-Poisson, at least 1). */
  dispersion: number;
}

interface Period {
  count: number;
  population: number;
}

/** One year of one municipality's category, as the headline reads it (from rows or from columns). */
interface YearFigure {
  year: number;
  category: string | null;
  count: number | null;
  population: number | null;
  example: boolean;
}

function sumPeriod(figures: readonly YearFigure[], from: number, to: number): Period | null {
  const inside = figures.filter((r) => r.year >= from && r.year <= to);
  if (inside.length !== to - from + 1) return null;
  let count = 0;
  let population = 0;
  for (const r of inside) {
    if (r.count === null || r.population === null) return null;
    count += r.count;
    population += r.population;
  }
  return { count, population };
}

const isExample = (source: string | null, populationSource: string | null) => source === EXAMPLE_SOURCE || populationSource === EXAMPLE_SOURCE;

function figuresFromRows(rows: readonly CrimeRow[], categoryId: string | null): YearFigure[] {
  return rows
    .filter((r) => categoryId === null || r.category_id === categoryId)
    .map((r) => ({ year: r.year, category: r.category, count: r.count, population: r.population, example: isExample(r.source, r.population_source) }));
}

/**
 * One municipality's figures read from the crime series query's columns (`crimeSeriesQuery`):
 * only the rows of `kommunkod` (and of `categoryId`, unless null) are read, no row objects built.
 */
function figuresFromColumns(cols: Columns, kommunkod: string, categoryId: string | null): YearFigure[] {
  const [year, kod, category, label, count, population, source, populationSource] = ['year', 'kommunkod', 'category_id', 'category', 'count', 'population', 'source', 'population_source'].map((n) => column(cols, n));
  const out: YearFigure[] = [];
  for (let i = 0; i < cols.length; i++) {
    const y = numberAt(year, i);
    if (y === null || stringAt(kod, i) !== kommunkod || (categoryId !== null && stringAt(category, i) !== categoryId)) continue;
    out.push({ year: y, category: stringAt(label, i), count: numberAt(count, i), population: numberAt(population, i), example: isExample(stringAt(source, i), stringAt(populationSource, i)) });
  }
  return out;
}

/**
 * Quasi-Poisson rate ratio a / b: the variance scaled by the series' own year-to-year variation
 * (dispersion from the years before the first promise), Student t with its degrees of freedom.
 */
function compare(a: Period, b: Period, label: string, d: Dispersion): Comparison | null {
  if (a.count < MIN_HEADLINE_COUNT || b.count < MIN_HEADLINE_COUNT) {
    return { label, ratio: Number.NaN, low: Number.NaN, high: Number.NaN, significant: false, tooFew: true };
  }
  const rr = quasiRateRatio(a, b, d.phi, { df: d.df > 0 ? d.df : Number.POSITIVE_INFINITY });
  if (!rr) return null;
  return { label, ratio: rr.ratio, low: rr.low, high: rr.high, significant: rr.p < 0.05, tooFew: false };
}

/** `rows`: one municipality, every year, the categories wanted. Null when the year has no data. */
export function headlineFor(
  rows: readonly CrimeRow[],
  categoryId: string,
  year: number,
  baseline: [number, number] | null,
): Headline | null {
  return headlineOf(figuresFromRows(rows, categoryId), categoryId, year, baseline);
}

/** The same read from the crime series query's columns, for the municipality `kommunkod`. */
export function headlineFromColumns(
  cols: Columns,
  kommunkod: string,
  categoryId: string,
  year: number,
  baseline: [number, number] | null,
): Headline | null {
  return headlineOf(figuresFromColumns(cols, kommunkod, categoryId), categoryId, year, baseline);
}

function headlineOf(own: readonly YearFigure[], categoryId: string, year: number, baseline: [number, number] | null): Headline | null {
  const now = sumPeriod(own, year, year);
  const row = own.find((r) => r.year === year);
  if (!now || !row) return null;
  const prev = sumPeriod(own, year - 1, year - 1);
  const base = baseline && baseline[1] < year ? sumPeriod(own, baseline[0], baseline[1]) : null;
  const dispersionTo = baseline ? baseline[1] : year - 1;
  const pre = own
    .filter((r) => r.year <= dispersionTo && r.count !== null && r.population !== null && r.population > 0)
    .map((r) => ({ year: r.year, count: r.count ?? 0, population: r.population ?? 1 }));
  const d = pearsonDispersion([pre]);
  // The year's interval as wide as the variation between the years before (φ ≥ 1).
  const ci = quasiRateCI(now.count, now.population, Math.max(1, d.phi));
  const used = own.filter((r) => r.year === year || r.year === year - 1 || (baseline && r.year >= baseline[0] && r.year <= baseline[1]));
  return {
    categoryId,
    category: categoryName(categoryId, row.category),
    year,
    count: now.count,
    rate: ci.rate,
    low: ci.low,
    high: ci.high,
    example: used.some((r) => r.example),
    previous: prev ? compare(now, prev, t('headline.vsYear', { year: year - 1 }), d) : null,
    baseline: base && baseline ? compare(now, base, t('headline.vsBaseline', { from: baseline[0], to: baseline[1] }), d) : null,
    dispersion: d.phi,
  };
}

/** Whether a year's figures for a municipality are real: all real, all example data, a mix, or none at all. */
export type DataStatus = 'real' | 'example' | 'mixed' | 'none';

export function yearDataStatus(rows: readonly CrimeRow[], year: number): DataStatus {
  return statusOf(figuresFromRows(rows, null), year);
}

/** The same read from the crime series query's columns, for the municipality `kommunkod`. */
export function yearDataStatusFromColumns(cols: Columns, kommunkod: string, year: number): DataStatus {
  return statusOf(figuresFromColumns(cols, kommunkod, null), year);
}

function statusOf(figures: readonly YearFigure[], year: number): DataStatus {
  const inYear = figures.filter((r) => r.year === year && r.count !== null);
  if (inYear.length === 0) return 'none';
  const example = inYear.filter((r) => r.example).length;
  return example === 0 ? 'real' : example === inYear.length ? 'example' : 'mixed';
}

/** The first screen's headline, saying in words when its numbers are not real. */
export function overviewTitle(name: string, year: number, status: DataStatus): string {
  const base = t('overview.title', { year, name });
  if (status === 'example') return `${base}${t('overview.titleExample')}`;
  if (status === 'mixed') return `${base}${t('overview.titleMixed')}`;
  if (status === 'none') return `${base}${t('overview.titleNone', { year })}`;
  return base;
}
