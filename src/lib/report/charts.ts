/** The report's charts as data: the focus categories' trend, and each finding's rate before and during. */
import { crimeSeriesFromColumns, type Series } from '../shape/crime-series';
import type { Columns } from '../db/columns';
import type { IndicatorEvidence } from '../decision/types';
import { formatRate, formatYears } from '../format/number';
import type { TableData } from '../shape/tables';
import { visibleRate } from '../decision/display';
import { t } from '../i18n/catalogue';
import { categoryName } from '../shape/category-name';
import '../i18n/messages/report';

/** One line per focus category for the municipality, per 100 000 inhabitants, read from the crime series query's columns. */
export function focusTrendSeries(cols: Columns, categories: readonly { category_id: string; name: string }[], kommunkod: string): Series[] {
  return categories.flatMap((c) =>
    crimeSeriesFromColumns(cols, c.category_id, 'rate', [kommunkod]).map((s) => ({ ...s, id: c.category_id, label: categoryName(c.category_id, c.name) })),
  );
}

/** The first years the trend chart shows: a few years before the promise, inside the data. */
export function trendFrom(yearFrom: number, minYear: number, span = 5): number {
  return Math.max(minYear, yearFrom - span);
}

export interface IntervalRow {
  id: string;
  label: string;
  rate: number;
  low: number;
  high: number;
  emphasis: boolean;
}

/** Before and during the promise for every finding, for one shared interval chart. */
export function findingIntervalRows(findings: readonly IndicatorEvidence[]): IntervalRow[] {
  // The axis labels have little room: "Skadegörelse (inkl. mordbrand)" → "Skadegörelse".
  const short = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');
  // A rate from a count of 1–2 is left out (it gives the count back).
  return findings.flatMap((e) =>
    [
      { id: `${e.categoryId}-b`, s: e.baseline, emphasis: false },
      { id: `${e.categoryId}-p`, s: e.period, emphasis: true },
    ].flatMap(({ id, s, emphasis }) => {
      const v = visibleRate(s);
      return v ? [{ id, label: `${short(categoryName(e.categoryId, e.name))} ${formatYears(s.from, s.to)}`, ...v, emphasis }] : [];
    }),
  );
}

/** The interval chart's table: each row's rate and interval as the chart shows them. */
export function intervalTable(rows: readonly IntervalRow[], unit: string): TableData {
  return {
    columns: [
      { key: 'label', label: t('report.colCategory'), numeric: false },
      { key: 'rate', label: unit, numeric: true },
      { key: 'ci', label: t('report.colInterval'), numeric: true },
    ],
    rows: rows.map((r) => ({ label: r.label, rate: formatRate(r.rate), ci: `${formatRate(r.low)}–${formatRate(r.high)}` })),
  };
}
