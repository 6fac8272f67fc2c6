/**
 * A file from the user to rows in the tables: size check before reading, kind and encoding,
 * DuckDB's CSV reader for delimited text (every column as VARCHAR), layout detection, the
 * validation rules, then the all-or-nothing upsert.
 */
import { duckDbMessage } from '../db/errors';
import { registeredFile, type Connector } from '../db/types';
import { run } from '../db/run';
import { convertRows } from './convert';
import { decodeText, detectKind } from './encoding';
import { jsonTable } from './json';
import { detectLayout, FIELD_LABELS, missingFields } from './layout';
import { parquetTable } from './parquet';
import { columnCount, looksLikeHeader, recordStartLines, sniffDelimiter } from './sniff';
import { applyImport, recordsToCsv } from './staging';
import { ImportFailure, type ImportContext, type ImportIssue, type Mapping, type RawTable, type Target } from './types';

/** Files above this are refused before they are read: the browser would hold them several times over. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface ImportInput {
  name: string;
  size: number;
  /** Reads the whole file; `onProgress` gets the fraction read. */
  bytes(onProgress?: (fraction: number) => void): Promise<Uint8Array>;
}

export interface Prepared {
  fileName: string;
  raw: RawTable;
  hasHeader: boolean;
  /** The detected mapping; complete unless `missingFields` says otherwise. */
  mapping: Mapping;
}

export type Progress = (fraction: number, label: string) => void;

export function checkSize(name: string, size: number, limit = MAX_IMPORT_BYTES): void {
  if (size > limit) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024).toLocaleString('sv-SE')} MB`;
    throw new ImportFailure(`${name}: filen är för stor (${mb(size)}) för webbläsarens minne; gränsen är ${mb(limit)}. Dela upp filen eller filtrera den först.`, [], name);
  }
}

let serial = 0;
/** DuckDB's CSV reader refuses longer lines (its default is 2 MB). */
const MAX_LINE_BYTES = 32 * 1024 * 1024;

/** Blank lines become empty rows, so DuckDB's row numbers stay the file's line numbers. */
export function keepBlankLines(text: string, delim: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .replace(/^[ \t]*$/gm, delim);
}

async function delimitedTable(conn: Connector, decoded: string, fileName: string): Promise<{ raw: RawTable; hasHeader: boolean }> {
  const delim = sniffDelimiter(decoded);
  const text = keepBlankLines(decoded, delim);
  const n = columnCount(text, delim);
  serial += 1;
  const file = registeredFile(`import-raw-${serial}.csv`);
  await conn.registerText(file, text);
  const names = Array.from({ length: n }, (_, i) => `c${i}`);
  const columns = names.map((c) => `'${c}': 'VARCHAR'`).join(', ');
  const delimSql = delim === '\t' ? '\\t' : delim;
  try {
    let rows: Awaited<ReturnType<Connector['query']>>;
    try {
      rows = await conn.query({
        // max_line_size: a line may be as long as the file allows, so a huge cell is read and refused by the rules, named.
        sql: `SELECT * FROM read_csv('${file}', delim = '${delimSql}', header = false, quote = '"', escape = '"', auto_detect = false, null_padding = true, strict_mode = false, max_line_size = ${MAX_LINE_BYTES}, columns = {${columns}})`,
        params: [],
      });
    } catch (e) {
      const line = /on Line: (\d+)/i.exec(e instanceof Error ? e.message : '')?.[1];
      throw new ImportFailure(`${fileName}: filen kunde inte läsas som en tabell${line ? ` (rad ${line})` : ''}: ${duckDbMessage(e)}`, [], fileName);
    }
    const cells = rows.map((r) => names.map((c) => (r[c] === null || r[c] === undefined ? null : String(r[c]))));
    const hasHeader = cells[0] !== undefined && looksLikeHeader(cells[0], cells[1]);
    const header = hasHeader ? (cells[0] ?? []).map((c, i) => c?.trim() || `Kolumn ${i + 1}`) : names.map((_, i) => `Kolumn ${i + 1}`);
    const starts = recordStartLines(text);
    // Only when the scan agrees with DuckDB's reading; otherwise record numbers are the best we have.
    const lines = starts.length === cells.length ? starts.slice(hasHeader ? 1 : 0) : undefined;
    return { raw: { columns: header, rows: hasHeader ? cells.slice(1) : cells, firstRow: hasHeader ? 2 : 1, lines }, hasHeader };
  } finally {
    await conn.registerText(file, '');
  }
}

/** Reads and recognises a file; throws ImportFailure for files that cannot be tables at all. */
export async function prepareImport(conn: Connector, input: ImportInput, ctx: ImportContext, onProgress: Progress = () => {}): Promise<Prepared> {
  const name = input.name;
  checkSize(name, input.size);
  const bytes = await input.bytes((f) => onProgress(f * 0.6, 'Läser filen'));
  const kind = detectKind(bytes, name);
  if (kind === 'empty') throw new ImportFailure(`${name}: filen är tom.`, [], name);
  if (kind === 'excel') throw new ImportFailure(`${name}: Excel-filer kan inte läsas här. Spara filen som CSV (semikolonseparerad) och läs in den igen.`, [], name);
  if (kind === 'binary') throw new ImportFailure(`${name}: filen är inte en textfil, Parquet eller JSON (den innehåller binära tecken).`, [], name);
  onProgress(0.65, 'Tolkar filen');
  let raw: RawTable;
  let hasHeader = true;
  if (kind === 'parquet') raw = await parquetTable(bytes, name);
  else if (kind === 'json') raw = jsonTable(decodeText(bytes).text, name);
  else ({ raw, hasHeader } = await delimitedTable(conn, decodeText(bytes).text, name));
  if (raw.rows.length === 0) throw new ImportFailure(`${name}: filen innehåller inga datarader.`, [], name);
  const mapping = detectLayout(raw, name, ctx, hasHeader);
  if (mapping.layout === 'kolada' && new Set(raw.rows.map((r) => r[0])).size > 1) {
    throw new ImportFailure(`${name}: svaret från Kolada innehåller flera nyckeltal; hämta ett nyckeltal per fil.`, [], name);
  }
  return { fileName: name, raw, hasHeader, mapping };
}

export interface Converted {
  target: Target;
  source: string;
  csv: string;
  rows: number;
  years: [number, number] | null;
  municipalities: number;
  /** Plain-Swedish notes on rows left out on purpose. */
  notes: string[];
}

export function sourceFor(mapping: Mapping, fileName: string): string {
  return `${mapping.sourceLabel} (import: ${fileName})`;
}

/** Applies the validation rules; throws ImportFailure with every issue found (up to a limit). */
export function convertPrepared(p: Prepared, mapping: Mapping, ctx: ImportContext): Converted {
  const missing = missingFields(mapping);
  if (missing.length > 0) throw new ImportFailure(`${p.fileName}: ange ${missing.map((f) => FIELD_LABELS[f]).join(', ')}.`, [], p.fileName);
  const source = sourceFor(mapping, p.fileName);
  const { records, issues, skipped } = convertRows(p.raw, mapping, ctx, source);
  if (issues.length > 0) throw new ImportFailure(`${p.fileName}: ${issues.length >= 50 ? 'minst ' : ''}${issues.length} fel, inget lästes in.`, issues, p.fileName);
  const notes: string[] = [];
  const named = (set: ReadonlySet<string>) => [...set].filter(Boolean).sort((a, b) => a.localeCompare(b, 'sv')).map((v) => `”${v}”`).join(', ');
  const m = skipped.municipalities.size;
  const c = skipped.categories.size;
  if (m > 0) notes.push(`${m} ${m === 1 ? 'kommun' : 'kommuner'} som instrumentpanelen inte visar hoppades över: ${named(skipped.municipalities)}.`);
  if (c > 0) notes.push(`${c} ${c === 1 ? 'brottstyp' : 'brottstyper'} som instrumentpanelen inte använder hoppades över: ${named(skipped.categories)}.`);
  if (records.length === 0) {
    const issue: ImportIssue = { row: null, column: null, value: null, message: notes.join(' ') || 'Inga rader kunde användas.' };
    throw new ImportFailure(`${p.fileName}: inga rader gäller kommunerna och kategorierna i instrumentpanelen.`, [issue], p.fileName);
  }
  const years = records.map((r) => r.year);
  return {
    target: mapping.target,
    source,
    csv: recordsToCsv(mapping.target, records),
    rows: records.length,
    years: [Math.min(...years), Math.max(...years)],
    municipalities: new Set(records.map((r) => r.kommunkod)).size,
    notes,
  };
}

/** Validates and writes; on any failure the tables are exactly as before. */
export async function commitImport(conn: Connector, p: Prepared, mapping: Mapping, ctx: ImportContext): Promise<Converted> {
  const converted = convertPrepared(p, mapping, ctx);
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
