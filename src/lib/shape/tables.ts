/** The table behind every chart: the same numbers as text, formatted for Swedish readers. */
import type { Series } from './crime-series';

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
}

export interface TableData {
  columns: TableColumn[];
  rows: Record<string, string>[];
}

/** Years down, series across; each cell the value, with its interval when `withInterval`. */
export function seriesTable(series: readonly Series[], format: (v: number | null) => string, withInterval: boolean): TableData {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const columns: TableColumn[] = [{ key: 'year', label: 'År', numeric: false }, ...series.map((s) => ({ key: s.id, label: s.label, numeric: true }))];
  const rows = years.map((year) => {
    const row: Record<string, string> = { year: String(year) };
    for (const s of series) {
      const p = s.points.find((q) => q.x === year);
      if (!p || p.y === null) {
        row[s.id] = '–';
        continue;
      }
      const interval = withInterval && p.low !== null && p.high !== null ? ` (${format(p.low)}–${format(p.high)})` : '';
      const marks = `${p.preliminary ? ' prel.' : ''}${p.example ? ' *' : ''}`;
      row[s.id] = `${format(p.y)}${interval}${marks}`;
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
