/** Plain rows → a Parquet file (hyparquet-writer), each column typed from its values. */
import { parquetWriteBuffer, type BasicType, type ColumnSource } from 'hyparquet-writer';
import type { Row } from '../db/types';

type Value = Row[string];

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * The Parquet type for a column's values (nulls ignored): all booleans → BOOLEAN; all numbers →
 * INT32 when whole and in range, else DOUBLE; anything else (or nothing but nulls) → STRING.
 */
export function parquetType(values: readonly Value[]): BasicType {
  const present = values.filter((v) => v !== null);
  if (present.length === 0) return 'STRING';
  if (present.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  if (present.every((v) => typeof v === 'number')) {
    const ints = present.every((v) => Number.isInteger(v) && (v as number) >= INT32_MIN && (v as number) <= INT32_MAX);
    return ints ? 'INT32' : 'DOUBLE';
  }
  return 'STRING';
}

/** Columns for hyparquet-writer, in the first row's key order; mixed columns become text. */
export function columnsFromRows(rows: readonly Row[], names: readonly string[] = Object.keys(rows[0] ?? {})): ColumnSource[] {
  return names.map((name) => {
    const values = rows.map((r) => r[name] ?? null);
    const type = parquetType(values);
    const data = type === 'STRING' ? values.map((v) => (v === null ? null : String(v))) : values;
    return { name, data, type, nullable: true };
  });
}

export function rowsToParquet(rows: readonly Row[], names?: readonly string[]): ArrayBuffer {
  return parquetWriteBuffer({ columnData: columnsFromRows(rows, names) });
}
