/** The table behind every chart: the same numbers as text, formatted for Swedish readers. */
import { pointText, type Series } from './crime-series';
import type { Annotation } from './annotations';

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
}

export interface TableData {
  columns: TableColumn[];
  rows: Record<string, string>[];
}

const ANNOTATION_KEY = '__annotations';

/**
 * Years down, series across; each cell the value, with its interval when `withInterval`. A count
 * too small to show reads `<3` (`<3 fall` for a rate). With (non-empty) `annotations`, a last
 * column lists the year's interventions.
 */
export function seriesTable(
  series: readonly Series[],
  format: (v: number | null) => string,
  withInterval: boolean,
  annotations?: readonly Annotation[],
): TableData {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const columns: TableColumn[] = [{ key: 'year', label: 'År', numeric: false }, ...series.map((s) => ({ key: s.id, label: s.label, numeric: true }))];
  const notes = annotations && annotations.length > 0 ? annotations : null;
  if (notes) columns.push({ key: ANNOTATION_KEY, label: 'Insatser', numeric: false });
  const rows = years.map((year) => {
    const row: Record<string, string> = { year: String(year) };
    for (const s of series) {
      const p = s.points.find((q) => q.x === year);
      if (!p || (p.y === null && !p.suppressed)) {
        row[s.id] = '–';
        continue;
      }
      const interval = withInterval && p.low !== null && p.high !== null ? ` (${format(p.low)}–${format(p.high)})` : '';
      const marks = `${p.preliminary ? ' prel.' : ''}${p.example ? ' *' : ''}`;
      row[s.id] = `${pointText(p, s.measure, format)}${interval}${marks}`;
    }
    if (notes) {
      const a = notes.find((b) => b.year === year);
      row[ANNOTATION_KEY] = a ? `${a.label}${a.example ? ' *' : ''}` : '–';
    }
    return row;
  });
  return { columns, rows };
}

export interface StackDatum {
  x: string;
  values: Record<string, number>;
}

/** Categories down, stack keys across, with a total column. */
export function stackTable(data: readonly StackDatum[], keys: readonly { id: string; label: string }[], xLabel: string, format: (v: number) => string): TableData {
  const columns: TableColumn[] = [
    { key: 'x', label: xLabel, numeric: false },
    ...keys.map((k) => ({ key: k.id, label: k.label, numeric: true })),
    { key: '__total', label: 'Totalt', numeric: true },
  ];
  const rows = data.map((d) => {
    const row: Record<string, string> = { x: d.x };
    let total = 0;
    for (const k of keys) {
      const v = d.values[k.id] ?? 0;
      total += v;
      row[k.id] = format(v);
    }
    row.__total = format(total);
    return row;
  });
  return { columns, rows };
}
