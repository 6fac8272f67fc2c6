/**
 * The only module that touches Arrow. Tables are recognised by shape (several Arrow copies
 * can exist), and BigInt, Decimal and Date values become plain numbers and ISO date strings here.
 */
import type { Row } from './types';
import { makeColumns, type Column, type Columns } from './columns';
import { boolValues, nullMask, utf8Values, type ArrowChunked } from './arrow-chunks';

interface ArrowFieldLike {
  name: string;
  type: { typeId: number; toString(): string; bitWidth?: number; isSigned?: boolean; precision?: number };
}
interface ArrowVectorLike extends ArrowChunked {
  get(index: number): unknown;
  /** Arrow's own: the values as one typed array for numeric vectors. */
  toArray?(): unknown;
  nullCount?: number;
  isValid?(index: number): boolean;
}
export interface ArrowTableLike {
  numRows: number;
  schema: { fields: ArrowFieldLike[] };
  getChildAt(index: number): ArrowVectorLike | null;
}

export function isArrowTable(value: unknown): value is ArrowTableLike {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ArrowTableLike>;
  return typeof v.numRows === 'number' && Array.isArray(v.schema?.fields) && typeof v.getChildAt === 'function';
}

// Arrow's Type enum: Date = 8, Timestamp = 10 (stable across Arrow versions).
const DATE_TYPE_IDS = new Set([8, 10]);

function toIsoDate(value: unknown): string | null {
  const ms = value instanceof Date ? value.getTime() : Number(value);
  if (!Number.isFinite(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Converts one Arrow cell to a plain JS value. */
export function toPlainValue(value: unknown, isDate = false): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (isDate) return toIsoDate(value);
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return toIsoDate(value);
  // Decimals that slipped past castDecimalToDouble, and other wrapped numerics.
  const asNumber = Number(value);
  if (Number.isFinite(asNumber)) return asNumber;
  return String(value);
}

/**
 * Converts an Arrow table into an array of plain rows, cell by cell through Arrow's own `get`.
 * Kept so: it is the reference `tableToColumns` is tested against (tests/db/columns.test.ts);
 * reads through the coordinator go by column and build rows from the columns (several times faster).
 */
export function tableToRows(table: ArrowTableLike): Row[] {
  const fields = table.schema.fields;
  const columns = fields.map((f, i) => ({
    name: f.name,
    vector: table.getChildAt(i),
    isDate: DATE_TYPE_IDS.has(Math.abs(f.type.typeId)),
  }));
  const rows: Row[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (const c of columns) row[c.name] = toPlainValue(c.vector?.get(r), c.isDate);
    rows[r] = row;
  }
  return rows;
}

// Arrow's Type enum: Int = 2, Float = 3, Utf8 = 5, Bool = 6, Decimal = 7, LargeUtf8 = 20.
const INT = 2;
const FLOAT = 3;
const DECIMAL = 7;
const STRING_TYPE_IDS = new Set([5, 20]);
const BOOL = 6;

type NumericArray = Float64Array | Int32Array;

/** Copies Arrow's typed array when it is one of plain numbers and the right length; false if not. */
function copyTyped(vector: ArrowVectorLike, out: NumericArray, n: number): boolean {
  const raw = vector.toArray?.();
  if (!ArrayBuffer.isView(raw) || raw instanceof BigInt64Array || raw instanceof BigUint64Array || raw instanceof DataView) return false;
  if ((raw as Float64Array).length !== n) return false;
  out.set(raw as Float64Array);
  return true;
}

function numericColumn(name: string, vector: ArrowVectorLike | null, n: number, int: boolean, typed: boolean): Column {
  const values = int ? new Int32Array(n) : new Float64Array(n);
  let nulls: Uint8Array | null = null;
  // Decimals and half floats are stored as integers Arrow's toArray returns raw: read them value by value.
  const fast = typed && vector !== null && vector.isValid !== undefined && copyTyped(vector, values, n);
  if (fast) {
    const mask = nullMask(vector, n);
    if (mask !== undefined) nulls = mask;
    else if ((vector.nullCount ?? 0) > 0) {
      nulls = new Uint8Array(n);
      for (let i = 0; i < n; i++) if (!vector.isValid?.(i)) nulls[i] = 1;
    }
    if (nulls) for (let i = 0; i < n; i++) if (nulls[i] === 1) values[i] = int ? 0 : NaN;
  } else {
    for (let i = 0; i < n; i++) {
      const v = toPlainValue(vector?.get(i));
      if (typeof v === 'number') values[i] = v;
      else {
        nulls ??= new Uint8Array(n);
        nulls[i] = 1;
        values[i] = int ? 0 : NaN;
      }
    }
  }
  return values instanceof Int32Array ? { name, kind: 'int', values, nulls } : { name, kind: 'float', values, nulls };
}

function plainValues<T>(vector: ArrowVectorLike | null, n: number, convert: (v: unknown) => T): T[] {
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = convert(vector?.get(i));
  return out;
}

/** One Arrow column as a Column, by its type; values as `toPlainValue` makes them. */
function toColumn(field: ArrowFieldLike, vector: ArrowVectorLike | null, n: number): Column {
  const id = Math.abs(field.type.typeId);
  const name = field.name;
  if (id === INT) {
    const bits = field.type.bitWidth ?? 64;
    const exact = bits < 32 || (bits === 32 && field.type.isSigned !== false);
    return numericColumn(name, vector, n, exact, bits <= 32);
  }
  if (id === FLOAT) return numericColumn(name, vector, n, false, (field.type.precision ?? 0) > 0);
  if (id === DECIMAL) return numericColumn(name, vector, n, false, false);
  if (DATE_TYPE_IDS.has(id)) return { name, kind: 'date', values: plainValues(vector, n, (v) => (v === null || v === undefined ? null : toIsoDate(v))) };
  if (STRING_TYPE_IDS.has(id)) {
    return { name, kind: 'string', values: utf8Values(vector, n) ?? plainValues(vector, n, (v) => (v === null || v === undefined ? null : String(v))) };
  }
  if (id === BOOL) return { name, kind: 'boolean', values: boolValues(vector, n) ?? plainValues(vector, n, (v) => (v === null || v === undefined ? null : Boolean(v))) };
  return { name, kind: 'other', values: plainValues(vector, n, (v) => toPlainValue(v)) };
}

/** Converts an Arrow table into columns, one column at a time (no row objects). */
export function tableToColumns(table: ArrowTableLike): Columns {
  const n = table.numRows;
  return makeColumns(
    n,
    table.schema.fields.map((f, i) => toColumn(f, table.getChildAt(i), n)),
  );
}
