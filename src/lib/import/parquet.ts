/**
 * Parquet decoded in JS with hyparquet, so DuckDB-WASM never fetches its parquet extension. The
 * footer is read first: too many rows or columns are refused before anything is decoded, and the
 * rows are decoded in pages with pauses between them, so the page stays responsive and can cancel.
 */
import { parquetMetadata, parquetReadObjects, type FileMetaData } from 'hyparquet';
import { MAX_COLUMNS, MAX_IMPORT_ROWS, pause, throwIfCancelled } from './delimited';
import { ImportFailure, type Cell, type RawTable } from './types';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/dataimport-json';

const PAGE_ROWS = 25_000;

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export async function parquetTable(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<RawTable> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const broken = () => new ImportFailure(t('dataimport.parquet.broken', { file: fileName }), [], fileName);
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(buffer);
  } catch {
    throw broken();
  }
  const rows = Number(metadata.num_rows);
  const fmt = (n: number) => formatNumber(n);
  if (rows > MAX_IMPORT_ROWS) throw new ImportFailure(t('dataimport.parquet.tooManyRows', { file: fileName, n: fmt(rows), max: fmt(MAX_IMPORT_ROWS) }), [], fileName);
  const leaves = metadata.schema.length - 1;
  if (leaves > MAX_COLUMNS) throw new ImportFailure(t('dataimport.parquet.tooManyColumns', { file: fileName, n: fmt(leaves), max: fmt(MAX_COLUMNS) }), [], fileName);
  const objects: Record<string, unknown>[] = [];
  for (let at = 0; at < Math.max(rows, 1); at += PAGE_ROWS) {
    throwIfCancelled(signal, fileName);
    try {
      objects.push(...(await parquetReadObjects({ file: buffer, metadata, rowStart: at, rowEnd: Math.min(rows, at + PAGE_ROWS) })));
    } catch {
      throw broken();
    }
    await pause();
  }
  const columns = Object.keys(objects[0] ?? {});
  return { columns, rows: objects.map((o) => columns.map((c) => cellOf(o[c]))), firstRow: 1 };
}
