/** Parquet decoded in JS with hyparquet, so DuckDB-WASM never fetches its parquet extension. */
import { parquetReadObjects } from 'hyparquet';
import { ImportFailure, type Cell, type RawTable } from './types';

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export async function parquetTable(bytes: Uint8Array, fileName: string): Promise<RawTable> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let objects: Record<string, unknown>[];
  try {
    objects = await parquetReadObjects({ file: buffer as ArrayBuffer });
  } catch (e) {
    throw new ImportFailure(`${fileName}: Parquet-filen kunde inte läsas (${e instanceof Error ? e.message : String(e)}).`, [], fileName);
  }
  const columns = Object.keys(objects[0] ?? {});
  return { columns, rows: objects.map((o) => columns.map((c) => cellOf(o[c]))), firstRow: 1 };
}
