/**
 * Delimited text made ready for DuckDB's CSV reader, as pure functions that run in the text worker
 * (text-worker.ts) or, where there is no Worker, in the same thread: the line breaks counted before
 * anything is decoded, the encoding found and the bytes decoded, the separator sniffed, blank lines
 * kept as empty rows, the width checked, the line each record starts on noted, and the text given
 * back as UTF-8 bytes, so the page never holds the whole file as a string.
 */
import { decodeText, type Encoding } from './encoding';
import { columnCount, recordStartLines, sniffDelimiter, type Delimiter } from './sniff';
import { ImportFailure } from './types';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/dataimport';

/** More rows than this are refused: each becomes an array of text cells in the page. */
export const MAX_IMPORT_ROWS = 2_000_000;
/** No agency table is this wide; a wider file is refused before DuckDB is asked to read it. */
export const MAX_COLUMNS = 1_000;

/** The text as DuckDB reads it, and what the page needs to know about it. */
export interface PreparedText {
  delimiter: Delimiter;
  /** Columns of the widest sample line. */
  columns: number;
  /** The line (1-based) each record starts on (recordStartLines of the prepared text). */
  starts: number[];
}

export interface PreparedBytes extends PreparedText {
  /** The prepared text as UTF-8, without BOM. */
  bytes: Uint8Array;
  encoding: Encoding;
  /** Line breaks (0x0A bytes) in the file as given. */
  lineBreaks: number;
}

/** Blank lines become empty rows, so DuckDB's row numbers stay the file's line numbers. */
export function keepBlankLines(text: string, delim: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .replace(/^[ \t]*$/gm, delim);
}

/** The 0x0A bytes in `bytes` (UTF-16 puts each \n in two bytes; each line is still counted once). */
export function lineBreaksIn(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let n = 0;
  for (let i = from; i < to; i++) if (bytes[i] === 10) n++;
  return n;
}

/** Refuses a file with more lines than `maxRows` and a header allow. */
export function checkLines(lines: number, fileName: string, maxRows = MAX_IMPORT_ROWS): void {
  if (lines > maxRows + 1) {
    throw new ImportFailure(t('dataimport.tooManyLinesAtLeast', { file: fileName, n: formatNumber(lines), max: formatNumber(maxRows) }), [], fileName);
  }
}

/** Decoded text prepared for the reader; refuses a file wider than MAX_COLUMNS. */
export function prepareText(decoded: string, fileName: string): PreparedText & { text: string } {
  const delimiter = sniffDelimiter(decoded);
  const text = keepBlankLines(decoded, delimiter);
  const columns = columnCount(text, delimiter);
  if (columns > MAX_COLUMNS) {
    throw new ImportFailure(t('dataimport.tooManyColumns', { file: fileName, n: formatNumber(columns), max: formatNumber(MAX_COLUMNS) }), [], fileName);
  }
  return { text, delimiter, columns, starts: recordStartLines(text) };
}

/** The whole preparation of a delimited file's bytes, in the order the refusals have always come. */
export function prepareBytes(bytes: Uint8Array, fileName: string, maxRows = MAX_IMPORT_ROWS): PreparedBytes {
  const lineBreaks = lineBreaksIn(bytes);
  checkLines(lineBreaks, fileName, maxRows);
  const { text: decoded, encoding } = decodeText(bytes);
  const { text, ...facts } = prepareText(decoded, fileName);
  return { ...facts, bytes: new TextEncoder().encode(text), encoding, lineBreaks };
}
