/**
 * Query results by column: what charts read. A numeric column is one typed array (Int32Array
 * where Arrow said an integer of at most 32 bits, else Float64Array) with a null mask; strings,
 * booleans and dates (ISO `yyyy-mm-dd`) are plain arrays with `null` for null. Rows are built from
 * it only where a table or an export needs them, one page at a time (`rowsOf`).
 *
 * Nulls in a numeric column: `nulls[i] === 1` is the truth. The value there is NaN in a
 * Float64Array (so a chart that forgets the mask draws a gap, not a zero) and 0 in an Int32Array.
 * `nulls` is null when the column has none. A result is shared by every caller of the same
 * query: never write into it.
 */

/** A plain value, as `Row` in db/types.ts holds it (declared here so the two modules need not import each other). */
type Value = string | number | boolean | null;
type Row = Record<string, Value>;

export type Column =
  | { name: string; kind: 'float'; values: Float64Array; nulls: Uint8Array | null }
  | { name: string; kind: 'int'; values: Int32Array; nulls: Uint8Array | null }
  | { name: string; kind: 'string' | 'date'; values: readonly (string | null)[] }
  | { name: string; kind: 'boolean'; values: readonly (boolean | null)[] }
  /** Anything else (lists, intervals, mixed values from rows): plain values as arrow.ts makes them. */
  | { name: string; kind: 'other'; values: readonly Value[] };

export interface Columns {
  /** Number of rows. */
  readonly length: number;
  /** Column names in the query's order. */
  readonly names: readonly string[];
  readonly columns: readonly Column[];
}

/**
 * Frozen: no caller can change a shared result, and Svelte's deep `$state` (a `QueryResult`'s
 * data) reads frozen properties as they are instead of proxying every column array.
 */
export function makeColumns(length: number, columns: Column[]): Columns {
  return Object.freeze({ length, names: Object.freeze(columns.map((c) => c.name)), columns: Object.freeze(columns) });
}

/** The column called `name`, or undefined. */
export function column(cols: Columns, name: string): Column | undefined {
  return cols.columns.find((c) => c.name === name);
}

/** Row i's value in one column, as a row would hold it. */
export function valueAt(col: Column, i: number): Value {
  if (col.kind === 'float' || col.kind === 'int') return col.nulls?.[i] === 1 ? null : (col.values[i] ?? null);
  return col.values[i] ?? null;
}

/** A numeric value (null for null, and for a value that is not a number). */
export function numberAt(col: Column | undefined, i: number): number | null {
  if (!col) return null;
  const v = valueAt(col, i);
  return typeof v === 'number' ? v : null;
}

/** A string value (null for null, and for a value that is not a string). */
export function stringAt(col: Column | undefined, i: number): string | null {
  if (!col) return null;
  const v = valueAt(col, i);
  return typeof v === 'string' ? v : null;
}

/** A boolean value (null for null, and for a value that is not a boolean). */
export function booleanAt(col: Column | undefined, i: number): boolean | null {
  if (!col) return null;
  const v = valueAt(col, i);
  return typeof v === 'boolean' ? v : null;
}

/** Row i as a plain row (keys in column order). */
export function rowAt(cols: Columns, i: number): Row {
  const row: Row = {};
  for (const c of cols.columns) row[c.name] = valueAt(c, i);
  return row;
}

/** The rows of one page: `limit` rows from `offset` (all to the end without a limit). */
export function rowsOf(cols: Columns, offset = 0, limit = Infinity): Row[] {
  const from = Math.max(0, Math.min(offset, cols.length));
  const to = Math.min(cols.length, from + Math.max(0, limit));
  const rows: Row[] = new Array(to - from);
  for (let i = from; i < to; i++) rows[i - from] = rowAt(cols, i);
  return rows;
}

/** The rows at `indexes`, in that order (a filtered page). */
export function rowsAt(cols: Columns, indexes: readonly number[]): Row[] {
  return indexes.map((i) => rowAt(cols, i));
}

/** The indexes of the rows whose string column `name` holds one of `values`. */
export function indexesWhere(cols: Columns, name: string, values: readonly string[]): number[] {
  const col = column(cols, name);
  const wanted = new Set(values);
  const out: number[] = [];
  if (!col) return out;
  for (let i = 0; i < cols.length; i++) {
    const v = stringAt(col, i);
    if (v !== null && wanted.has(v)) out.push(i);
  }
  return out;
}

const isInt32 = (v: number) => Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 && !Object.is(v, -0);

function numericColumn(name: string, values: readonly Value[], int: boolean): Column {
  const n = values.length;
  const out = int ? new Int32Array(n) : new Float64Array(n);
  let nulls: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v === 'number') out[i] = v;
    else {
      nulls ??= new Uint8Array(n);
      nulls[i] = 1;
      out[i] = int ? 0 : NaN;
    }
  }
  return out instanceof Int32Array ? { name, kind: 'int', values: out, nulls } : { name, kind: 'float', values: out, nulls };
}

/** One column from plain values, its kind read from them (all null: 'other'). */
export function columnFromValues(name: string, values: readonly Value[]): Column {
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return numericColumn(name, values, (present as number[]).every(isInt32));
  if (present.length > 0 && present.every((v) => typeof v === 'string')) return { name, kind: 'string', values: values as (string | null)[] };
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return { name, kind: 'boolean', values: values as (boolean | null)[] };
  return { name, kind: 'other', values: values.slice() };
}

/**
 * Plain rows (a build-time snapshot, a test's rows) as columns. The names are the keys of the
 * rows in first-seen order unless given; a row without a key reads null there.
 */
export function columnsFromRows(rows: readonly Row[], names?: readonly string[]): Columns {
  const keys = names ? [...names] : [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return makeColumns(
    rows.length,
    keys.map((k) => columnFromValues(k, rows.map((r) => r[k] ?? null))),
  );
}
