/**
 * The only module that touches Arrow. Tables are recognised by shape (several Arrow copies
 * can exist), and BigInt, Decimal and Date values become plain numbers and ISO date strings here.
 */
import type { Row } from './types';

interface ArrowFieldLike {
  name: string;
  type: { typeId: number; toString(): string };
}
interface ArrowVectorLike {
  get(index: number): unknown;
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

/** Converts an Arrow table into an array of plain rows. */
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
