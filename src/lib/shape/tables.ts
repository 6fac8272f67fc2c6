/** The table behind every chart: the same numbers as text, formatted in the page's language. */
import { measureUnit, pointText, type Series, type SeriesPoint } from './crime-series';
import { rateDecimals, roundTo } from '../format/number';
import type { Annotation } from './annotations';
import type { RawRow, TableColumn, TableData, TableSource, TextRow } from './table-source';
import { t } from '../i18n/catalogue';
import '../i18n/messages/charts';
import '../i18n/messages/crime-text';

export type { RawCell, TableColumn, TableData, TableSource } from './table-source';

const ANNOTATION_KEY = '__annotations';

/**
 * Years down, series across; each cell the value, with its interval when `withInterval`. A count
 * too small to show reads `<3` (`<3 fall` for a rate). With (non-empty) `annotations`, a last
 * column lists the year's interventions. Lazy: making it indexes the points by year and formats
 * nothing; a row is formatted when it is asked for (a page of the table, an export).
 */
export function seriesTable(
  series: readonly Series[],
  format: (v: number | null) => string,
  withInterval: boolean,
  annotations?: readonly Annotation[],
): TableSource {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const byYear = series.map((s) => firstByYear(s.points));
  const columns: TableColumn[] = [{ key: 'year', label: t('table.year'), numeric: false }, ...series.map((s) => ({ key: s.id, label: s.label, numeric: true }))];
  const notes = annotations && annotations.length > 0 ? new Map(annotations.map((a) => [a.year, a])) : null;
  if (notes) columns.push({ key: ANNOTATION_KEY, label: t('table.activities'), numeric: false });
  const row = (i: number): TextRow => {
    const year = years[i] ?? Number.NaN;
    const row: TextRow = { year: String(year) };
    series.forEach((s, k) => {
      const p = byYear[k]?.get(year);
      if (!p || (p.y === null && !p.suppressed)) {
        row[s.id] = '–';
        return;
      }
      const interval = withInterval && p.low !== null && p.high !== null ? ` (${format(p.low)}–${format(p.high)})` : '';
      const marks = `${p.preliminary ? ` ${t('chart.prel')}` : ''}${p.example ? ' *' : ''}`;
      row[s.id] = `${pointText(p, s.measure, format)}${interval}${marks}`;
    });
    if (notes) {
      const a = notes.get(year);
      row[ANNOTATION_KEY] = a ? `${a.label}${a.example ? ' *' : ''}` : '–';
    }
    return row;
  };
  return { columns, length: years.length, row, raw: seriesRaw(series, years, byYear, notes) };
}

/** The points by year, the first where a year comes twice (as a search from the start would find). */
function firstByYear(points: readonly SeriesPoint[]): Map<number, SeriesPoint> {
  const out = new Map<number, SeriesPoint>();
  for (const p of points) if (!out.has(p.x)) out.set(p.x, p);
  return out;
}

/** A value of a series rounded as the charts and tables show it: rates as formatRate, counts whole. */
function asShown(v: number | null, measure: Series['measure']): number | null {
  if (v === null) return null;
  return roundTo(v, measure === 'rate' ? rateDecimals(v) : 0);
}

/**
 * Raw values of seriesTable: per series its value and interval bounds, rounded as shown, with the
 * unit in the header; a count too small to show stays `<3` (never the count itself); a last
 * column names example and preliminary values.
 */
function seriesRaw(
  series: readonly Series[],
  years: readonly number[],
  byYear: readonly Map<number, SeriesPoint>[],
  notes: ReadonlyMap<number, Annotation> | null,
): TableSource['raw'] {
  const columns: TableColumn[] = [{ key: 'year', label: t('table.year'), numeric: true }];
  for (const s of series) {
    const unit = ` (${measureUnit(s.measure)})`;
    columns.push(
      { key: s.id, label: `${s.label}${unit}`, numeric: true },
      { key: `${s.id}__low`, label: t('table.low', { label: s.label, unit }), numeric: true },
      { key: `${s.id}__high`, label: t('table.high', { label: s.label, unit }), numeric: true },
    );
  }
  columns.push({ key: '__notes', label: t('table.note'), numeric: false });
  if (notes) columns.push({ key: ANNOTATION_KEY, label: t('table.activities'), numeric: false });
  const row = (i: number): RawRow => {
    const year = years[i] ?? Number.NaN;
    const row: RawRow = { year };
    const marks: string[] = [];
    series.forEach((s, k) => {
      const p = byYear[k]?.get(year);
      row[s.id] = p?.suppressed ? pointText(p, s.measure, () => '') : asShown(p?.y ?? null, s.measure);
      row[`${s.id}__low`] = asShown(p?.low ?? null, s.measure);
      row[`${s.id}__high`] = asShown(p?.high ?? null, s.measure);
      if (p?.example) marks.push(t('table.example', { label: s.label }));
      if (p?.preliminary) marks.push(t('table.preliminary', { label: s.label }));
    });
    row.__notes = marks.join(', ') || null;
    if (notes) {
      const a = notes.get(year);
      row[ANNOTATION_KEY] = a ? `${a.label}${a.example ? ` ${t('chart.exampleParen')}` : ''}` : null;
    }
    return row;
  };
  return { columns, row };
}

export interface StackDatum {
  x: string;
  values: Record<string, number>;
}

/** Categories down, stack keys across, with a total column; `unit` goes into the export's headers. */
export function stackTable(data: readonly StackDatum[], keys: readonly { id: string; label: string }[], xLabel: string, format: (v: number) => string, unit = ''): TableData {
  const columns: TableColumn[] = [
    { key: 'x', label: xLabel, numeric: false },
    ...keys.map((k) => ({ key: k.id, label: k.label, numeric: true })),
    { key: '__total', label: t('table.total'), numeric: true },
  ];
  const rows = data.map((d) => {
    const row: TextRow = { x: d.x };
    let total = 0;
    for (const k of keys) {
      const v = d.values[k.id] ?? 0;
      total += v;
      row[k.id] = format(v);
    }
    row.__total = format(total);
    return row;
  });
  const raw = data.map((d) => {
    const row: RawRow = { x: d.x };
    for (const k of keys) row[k.id] = d.values[k.id] ?? 0;
    row.__total = keys.reduce((sum, k) => sum + (d.values[k.id] ?? 0), 0);
    return row;
  });
  const rawColumns = unit ? columns.map((c, i) => (i === 0 ? c : { ...c, label: `${c.label} (${unit})` })) : columns;
  return { columns, rows, raw: { columns: rawColumns, rows: raw } };
}
