/**
 * A table that formats only the rows that are asked for. A chart's table can be thousands of rows
 * (ten years of months per municipality, an imported series); the HTML table draws one page of
 * them, so a `TableSource` knows its row count and makes row i on demand: opening a 5 000-row table
 * formats the 100 rows of its first page. A CSV export and print (`paged={false}`) ask for every row.
 *
 * `TableData` is the eager form (rows already made), for small tables built by hand; `toSource`
 * reads either as a source.
 */
import type { PageInfo } from './pages';

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
}

/** A cell's value before formatting: what a CSV export writes. */
export type RawCell = string | number | null;
export type TextRow = Record<string, string>;
export type RawRow = Record<string, RawCell>;

/** A table with its rows made. */
export interface TableData {
  columns: TableColumn[];
  rows: TextRow[];
  /**
   * The same numbers unformatted, for export; its own columns (e.g. interval bounds apart).
   * Without it an export reads the numbers back from `rows`.
   */
  raw?: { columns: TableColumn[]; rows: RawRow[] };
}

/** A table whose rows are made when asked for. */
export interface TableSource {
  readonly columns: readonly TableColumn[];
  /** Number of rows. */
  readonly length: number;
  /** Row i (0 ≤ i < length), formatted for the screen. */
  row(i: number): TextRow;
  /** The unformatted rows for export, with their own columns; without them an export reads `row`. */
  readonly raw?: { readonly columns: readonly TableColumn[]; row(i: number): RawRow };
}

export type AnyTable = TableData | TableSource;

function isSource(t: AnyTable): t is TableSource {
  return typeof (t as TableSource).row === 'function';
}

/** Either form as a source (an eager table's rows are read where they are). */
export function toSource(t: AnyTable): TableSource {
  if (isSource(t)) return t;
  const { columns, rows, raw } = t;
  return {
    columns,
    length: rows.length,
    row: (i) => rows[i] ?? {},
    raw: raw && { columns: raw.columns, row: (i) => raw.rows[i] ?? {} },
  };
}

/** Rows `from` to `to` (exclusive, clamped): only these are made. */
export function rowsBetween(t: TableSource, from: number, to: number): TextRow[] {
  const a = Math.max(0, Math.min(from, t.length));
  const b = Math.max(a, Math.min(to, t.length));
  const out: TextRow[] = new Array(b - a);
  for (let i = a; i < b; i++) out[i - a] = t.row(i);
  return out;
}

/** The rows of one page. */
export function pageRows(t: TableSource, page: PageInfo): TextRow[] {
  return rowsBetween(t, page.offset, page.offset + page.limit);
}

/** Every row, formatted (an export, a test). */
export function allRows(t: AnyTable): TextRow[] {
  const s = toSource(t);
  return rowsBetween(s, 0, s.length);
}

/** Every unformatted row, or null when the table has none. */
export function allRawRows(t: AnyTable): RawRow[] | null {
  const s = toSource(t);
  const raw = s.raw;
  if (!raw) return null;
  return Array.from({ length: s.length }, (_, i) => raw.row(i));
}
