/**
 * A file from the user to rows in the tables: size check before reading, kind and encoding,
 * DuckDB's CSV reader for delimited text (every column as VARCHAR), layout detection, the
 * validation rules, then the all-or-nothing upsert.
 */
import type { Connector } from '../db/types';
import { readPrepared, throwIfCancelled } from './delimited';
import { run } from '../db/run';
import type { Converted, Prepared } from './convert-prepared';
import { convertOffMainThread, type ConvertOptions } from './convert-off-main';
import { decodeText, detectKind } from './encoding';
import { jsonTable } from './json';
import { detectLayout } from './layout';
import { parquetTable } from './parquet';
import { prepareBytesOffMainThread } from './text-off-main';
import { detectReshape, reshapedMapping, shapeGrid } from './reshape';
import { applyImport } from './staging';
import { ImportFailure, type ImportContext, type Mapping, type RawTable } from './types';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/dataimport';

export { convertPrepared, sourceFor, type Converted, type Prepared } from './convert-prepared';

/** Files above this are refused before they are read: the browser would hold them several times over. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface ImportInput {
  name: string;
  size: number;
  /** Reads the whole file; `onProgress` gets the fraction read. */
  bytes(onProgress?: (fraction: number) => void): Promise<Uint8Array>;
}

export type Progress = (fraction: number, label: string) => void;

export function checkSize(name: string, size: number, limit = MAX_IMPORT_BYTES): void {
  if (size > limit) {
    const mb = (n: number) => t('dataimport.mb', { n: formatNumber(Math.round(n / 1024 / 1024)) });
    throw new ImportFailure(t('dataimport.tooLarge', { file: name, size: mb(size), max: mb(limit) }), [], name);
  }
}

/** Reads and recognises a file; throws ImportFailure for files that cannot be tables at all. */
export async function prepareImport(conn: Connector, input: ImportInput, ctx: ImportContext, onProgress: Progress = () => {}, signal?: AbortSignal): Promise<Prepared> {
  const name = input.name;
  checkSize(name, input.size);
  const bytes = await input.bytes((f) => onProgress(f * 0.6, t('dataimport.progress.reading')));
  throwIfCancelled(signal, name);
  const kind = detectKind(bytes, name);
  if (kind === 'empty') throw new ImportFailure(t('dataimport.empty', { file: name }), [], name);
  if (kind === 'excel') throw new ImportFailure(t('dataimport.excel', { file: name }), [], name);
  if (kind === 'binary') throw new ImportFailure(t('dataimport.binary', { file: name }), [], name);
  let raw: RawTable;
  let hasHeader = true;
  if (kind === 'parquet' || kind === 'json') {
    onProgress(0.65, t('dataimport.progress.parsing'));
    raw = kind === 'parquet' ? await parquetTable(bytes, name, signal) : jsonTable(decodeText(bytes).text, name);
  } else {
    // Counted, decoded and prepared in the text worker (`bytes` is moved there), then read by DuckDB.
    onProgress(0.62, t('dataimport.progress.counting'));
    const text = await prepareBytesOffMainThread(bytes, name, signal);
    onProgress(0.65, t('dataimport.progress.parsing'));
    ({ raw, hasHeader } = await readPrepared(conn, text, name, { signal, onProgress: (f) => onProgress(0.65 + f * 0.15, t('dataimport.progress.rows')) }));
  }
  throwIfCancelled(signal, name);
  // Title rows, footnotes, years as columns: the table is reshaped and the mapping dialog offers the choices.
  const reshape = raw.grid ? detectReshape(raw.grid) : null;
  if (reshape && raw.grid) ({ raw, hasHeader } = shapeGrid(raw.grid, reshape));
  if (raw.rows.length === 0) throw new ImportFailure(t('dataimport.noRows', { file: name }), [], name);
  let mapping = detectLayout(raw, name, ctx, hasHeader);
  if (reshape) {
    mapping = { ...mapping, reshape };
    if (reshape.yearsAsColumns) mapping = { ...reshapedMapping(mapping, raw), layout: 'okand', sourceLabel: 'Import' };
  }
  if (mapping.layout === 'kolada' && new Set(raw.rows.map((r) => r[0])).size > 1) {
    throw new ImportFailure(t('dataimport.koladaManyKpis', { file: name }), [], name);
  }
  return { fileName: name, raw, hasHeader, mapping };
}

/** Validates and writes; on any failure the tables are exactly as before. */
export async function commitImport(conn: Connector, p: Prepared, mapping: Mapping, ctx: ImportContext, opts: ConvertOptions = {}): Promise<Converted> {
  const converted = await convertOffMainThread(p, mapping, ctx, opts);
  await applyImport(conn, converted.target, converted.csv);
  return converted;
}

/** The reference data every import is checked against, read from the loaded tables. */
export async function loadContext(conn: Connector): Promise<ImportContext> {
  const [municipalities, categories, population] = await Promise.all([
    run<{ kommunkod: string; name: string }>(conn, { sql: 'SELECT kommunkod, name FROM municipalities', params: [] }),
    run<{ category_id: string; bra_id: number | null; name: string }>(conn, { sql: 'SELECT category_id, bra_id, name FROM crime_categories', params: [] }),
    run<{ year: number; kommunkod: string; population: number }>(conn, { sql: 'SELECT year, kommunkod, population FROM population WHERE population IS NOT NULL', params: [] }),
  ]);
  return {
    municipalities,
    categories,
    population: new Map(population.map((p) => [`${p.year}|${p.kommunkod}`, p.population])),
    minYear: 1950,
    maxYear: new Date().getFullYear() + 1,
  };
}
