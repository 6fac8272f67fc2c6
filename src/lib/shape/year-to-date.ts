/**
 * "How is this year going?": the months of the latest year so far against the same months the
 * year before, with an honest interval. The ratio is a quasi-Poisson rate ratio (per inhabitant
 * when both years have a population, else of counts); φ is the Pearson dispersion of the monthly
 * counts around their log-linear trend, so month-to-month variation (seasons included) widens the
 * interval rather than being taken for a change. A change is called only when the interval
 * excludes 1, and nothing is compared below 10 crimes.
 */
import { changeIsSignificant, pearsonDispersion, quasiRateRatio } from '../stats';
import { formatChange, formatCount } from '../format/number';
import type { CrimePeriodRow } from '../queries/crime-periods';
import { booleanAt, column, numberAt, stringAt, type Columns } from '../db/columns';
import { t } from '../i18n/catalogue';
import '../i18n/messages/crime-text';

export const YTD_MIN_COUNT = 10;

export type YtdVerdict = 'fler' | 'farre' | 'oklart' | 'for-fa';

export interface YearToDate {
  year: number;
  /** Months 1 … throughMonth of both years. */
  throughMonth: number;
  count: number;
  previous: number;
  ratio: number | null;
  low: number | null;
  high: number | null;
  phi: number;
  perInhabitant: boolean;
  preliminary: boolean;
  verdict: YtdVerdict;
}

/** What the comparison reads of one month (a period row has it). */
export type MonthFigure = Pick<CrimePeriodRow, 'year' | 'month' | 'count' | 'population' | 'preliminary'>;

/** One municipality and category's months, read from the period query's columns (`crimePeriodQuery`). */
export function monthsFromColumns(cols: Columns, kommunkod: string, categoryId: string): MonthFigure[] {
  const [year, month, kod, category, count, population, preliminary] = ['year', 'month', 'kommunkod', 'category_id', 'count', 'population', 'preliminary'].map((n) => column(cols, n));
  const out: MonthFigure[] = [];
  for (let i = 0; i < cols.length; i++) {
    const y = numberAt(year, i);
    if (y === null || stringAt(kod, i) !== kommunkod || stringAt(category, i) !== categoryId) continue;
    out.push({ year: y, month: numberAt(month, i), count: numberAt(count, i), population: numberAt(population, i), preliminary: booleanAt(preliminary, i) ?? false });
  }
  return out;
}

/** For one municipality and category's monthly rows; null without two comparable years of months. */
export function yearToDate(rows: readonly MonthFigure[]): YearToDate | null {
  const months = rows.filter((r) => r.month !== null);
  if (months.length === 0) return null;
  const year = Math.max(...months.map((r) => r.year));
  const get = (y: number, m: number) => months.find((r) => r.year === y && r.month === m);
  let through = 0;
  while (through < 12 && get(year, through + 1)?.count != null && get(year - 1, through + 1)?.count != null) through += 1;
  if (through === 0) return null;
  const sum = (y: number) => Array.from({ length: through }, (_, i) => get(y, i + 1)?.count ?? 0).reduce((a, b) => a + b, 0);
  const count = sum(year);
  const previous = sum(year - 1);
  const popNow = get(year, 1)?.population ?? null;
  const popBefore = get(year - 1, 1)?.population ?? null;
  const perInhabitant = popNow !== null && popBefore !== null && popNow > 0 && popBefore > 0;
  const points = months
    .filter((r) => r.count !== null)
    .map((r) => ({ year: r.year * 12 + (r.month ?? 1) - 1, count: r.count ?? 0, population: perInhabitant && r.population ? r.population : 1 }))
    .sort((a, b) => a.year - b.year);
  const d = points.length >= 3 ? pearsonDispersion([points]) : { phi: 1, df: Number.POSITIVE_INFINITY };
  const phi = d.phi;
  const preliminary = months.some((r) => (r.year === year || r.year === year - 1) && (r.month ?? 13) <= through && r.preliminary);
  const base = { year, throughMonth: through, count, previous, phi, perInhabitant, preliminary };
  if (count < YTD_MIN_COUNT || previous < YTD_MIN_COUNT) return { ...base, ratio: null, low: null, high: null, verdict: 'for-fa' };
  const r = quasiRateRatio({ count, population: perInhabitant ? (popNow ?? 1) : 1 }, { count: previous, population: perInhabitant ? (popBefore ?? 1) : 1 }, phi, { df: d.df > 0 ? d.df : Number.POSITIVE_INFINITY });
  if (!r) return { ...base, ratio: null, low: null, high: null, verdict: 'for-fa' };
  const verdict: YtdVerdict = changeIsSignificant(r.low, r.high) ? (r.ratio > 1 ? 'fler' : 'farre') : 'oklart';
  return { ...base, ratio: r.ratio, low: r.low, high: r.high, verdict };
}

/** The comparison in plain words (the page's language): what was counted, the change with its interval, and what can be said. */
export function yearToDateText(y: YearToDate): string {
  const months = t('ytd.monthNames').split(',');
  const span = y.throughMonth === 1 ? months[0] : `${months[0]}–${months[y.throughMonth - 1]}`;
  const counts = t('ytd.counts', { span: span ?? '', year: y.year, count: formatCount(y.count), before: y.year - 1, previous: formatCount(y.previous) });
  const prel = y.preliminary ? t('ytd.prel') : '';
  if (y.verdict === 'for-fa' || y.ratio === null || y.low === null || y.high === null) return `${counts} ${t('ytd.tooFew', { min: YTD_MIN_COUNT })}${prel}`;
  const what = y.perInhabitant ? t('ytd.perInhabitant') : t('ytd.asCount');
  const change = t('ytd.change', { ratio: formatChange(y.ratio), what, low: formatChange(y.low), high: formatChange(y.high) });
  const verdict = y.verdict === 'oklart' ? t('ytd.unclear') : y.verdict === 'fler' ? t('ytd.more') : t('ytd.fewer');
  return `${counts} ${change} ${verdict}${prel}`;
}
