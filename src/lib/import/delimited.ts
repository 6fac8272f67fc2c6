/**
 * Delimited text as a raw table: prepared by text-prep.ts (for a file, in the text worker), read
 * by DuckDB's CSV reader (every column VARCHAR) into a temp table, then brought over in pages: each
 * page is a round trip to the DuckDB worker, so the page stays responsive, progress can be shown
 * and the user can cancel between pages. A file with more rows than the browser can hold as text
 * is refused before any page is read.
 */
import { duckDbMessage } from '../db/errors';
import { registeredFile, type Connector } from '../db/types';
import { looksLikeHeader } from './sniff';
import { checkLines, lineBreaksIn, MAX_IMPORT_ROWS, prepareText, type PreparedText } from './text-prep';
import { ImportFailure, type Cell, type RawTable } from './types';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/dataimport';

export { keepBlankLines, MAX_COLUMNS, MAX_IMPORT_ROWS } from './text-prep';

/** DuckDB's CSV reader refuses longer lines (its default is 2 MB). */
const MAX_LINE_BYTES = 32 * 1024 * 1024;
const PAGE_ROWS = 25_000;

export interface Steps {
  /** Fraction of the rows read so far. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Defaults to MAX_IMPORT_ROWS. */
  maxRows?: number;
}

export function throwIfCancelled(signal: AbortSignal | undefined, fileName: string): void {
  if (signal?.aborted) throw new ImportFailure(t('dataimport.cancelled', { file: fileName }), [], fileName);
}

/** Yields to the event loop, so a long loop never holds the page for long. */
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Line breaks in the raw bytes, counted in slices with pauses between them: a file with more
 * lines than MAX_IMPORT_ROWS is refused before it is decoded, copied or parsed.
 */
export async function countLineBreaks(bytes: Uint8Array, signal?: AbortSignal): Promise<number> {
  const SLICE = 4 * 1024 * 1024;
  // UTF-16 puts each \n in two bytes; counting the 0x0A bytes still counts each line once.
  let n = 0;
  for (let at = 0; at < bytes.length; at += SLICE) {
    if (signal?.aborted) return n;
    n += lineBreaksIn(bytes, at, Math.min(bytes.length, at + SLICE));
    await pause();
  }
  return n;
}

export async function checkLineCount(bytes: Uint8Array, fileName: string, signal?: AbortSignal, maxRows = MAX_IMPORT_ROWS): Promise<void> {
  checkLines(await countLineBreaks(bytes, signal), fileName, maxRows);
}

let serial = 0;

/** Decoded text, prepared here and read: for callers that hold the text already (and the tests). */
export async function delimitedTable(conn: Connector, decoded: string, fileName: string, steps: Steps = {}): Promise<{ raw: RawTable; hasHeader: boolean }> {
  const { text, ...facts } = prepareText(decoded, fileName);
  return readPrepared(conn, { ...facts, text }, fileName, steps);
}

/**
 * Text prepared by text-prep.ts (in the text worker or here) read by DuckDB: as UTF-8 bytes where
 * the connection takes a buffer (moved to DuckDB's worker, not copied), else as text.
 */
export async function readPrepared(conn: Connector, prepared: PreparedText & ({ text: string } | { bytes: Uint8Array }), fileName: string, steps: Steps = {}): Promise<{ raw: RawTable; hasHeader: boolean }> {
  const { delimiter: delim, columns: n, starts } = prepared;
  serial += 1;
  const file = registeredFile(`import-raw-${serial}.csv`);
  const table = `import_raw_${serial}`;
  if ('text' in prepared) await conn.registerText(file, prepared.text);
  else if (conn.registerBuffer) await conn.registerBuffer(file, prepared.bytes);
  else await conn.registerText(file, new TextDecoder().decode(prepared.bytes));
  const names = Array.from({ length: n }, (_, i) => `c${i}`);
  const columns = names.map((c) => `'${c}': 'VARCHAR'`).join(', ');
  const delimSql = delim === '\t' ? '\\t' : delim;
  try {
    try {
      await conn.exec(
        `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM read_csv('${file}', delim = '${delimSql}', header = false, quote = '"', escape = '"', ` +
          // max_line_size: a line may be as long as the file allows, so a huge cell is read and refused by the rules, named.
          `auto_detect = false, null_padding = true, strict_mode = false, max_line_size = ${MAX_LINE_BYTES}, columns = {${columns}})`,
      );
    } catch (e) {
      const line = /on Line: (\d+)/i.exec(e instanceof Error ? e.message : '')?.[1];
      throw new ImportFailure(t('dataimport.notTable', { file: fileName, line: line ?? null, reason: duckDbMessage(e) }), [], fileName);
    }
    const [count] = await conn.query({ sql: `SELECT count(*)::INTEGER AS n FROM ${table}`, params: [] });
    const total = Number(count?.n ?? 0);
    const maxRows = steps.maxRows ?? MAX_IMPORT_ROWS;
    if (total > maxRows) {
      throw new ImportFailure(t('dataimport.tooManyRows', { file: fileName, n: formatNumber(total), max: formatNumber(maxRows) }), [], fileName);
    }
    const cells: Cell[][] = [];
    for (let at = 0; at < total; at += PAGE_ROWS) {
      throwIfCancelled(steps.signal, fileName);
      const page = await conn.query({ sql: `SELECT * FROM ${table} WHERE rowid >= ? AND rowid < ? ORDER BY rowid`, params: [at, at + PAGE_ROWS] });
      for (const r of page) cells.push(names.map((c) => (r[c] === null || r[c] === undefined ? null : String(r[c]))));
      steps.onProgress?.(Math.min(1, (at + PAGE_ROWS) / total));
    }
    throwIfCancelled(steps.signal, fileName);
    const hasHeader = cells[0] !== undefined && looksLikeHeader(cells[0], cells[1]);
    const header = hasHeader ? (cells[0] ?? []).map((c, i) => c?.trim() || t('dataimport.column', { n: i + 1 })) : names.map((_, i) => t('dataimport.column', { n: i + 1 }));
    // Only when the scan agrees with DuckDB's reading; otherwise record numbers are the best we have.
    const lines = starts.length === cells.length ? starts.slice(hasHeader ? 1 : 0) : undefined;
    const grid = { cells, lines: starts.length === cells.length ? starts : undefined };
    return { raw: { columns: header, rows: hasHeader ? cells.slice(1) : cells, firstRow: hasHeader ? 2 : 1, lines, grid }, hasHeader };
  } finally {
    await conn.exec(`DROP TABLE IF EXISTS ${table}`).catch(() => {});
    await conn.registerText(file, '');
  }
}
