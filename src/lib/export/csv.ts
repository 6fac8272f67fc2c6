/**
 * CSV as Swedish Excel reads it: `;` between cells, decimal comma, CRLF, UTF-8 with a BOM.
 * Text that a spreadsheet would run as a formula gets a leading `'`; numbers we write never do.
 */

/** A cell as it goes into the file: numbers stay numbers, everything else is text. */
export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const NEWLINE = '\r\n';

/** A number with a decimal comma and an ASCII minus (which Excel reads as a number); no thousands separator. */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(value).replace('.', ',');
}

// Text that is only a plain number (as formatCsvNumber writes it) cannot hold a formula.
const PLAIN_NUMBER = /^-?\d+(,\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises text a spreadsheet would run as a formula (OWASP's CSV injection advice). */
export function escapeFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatCsvNumber(value);
  if (typeof value === 'boolean') return value ? 'sant' : 'falskt';
  return quote(escapeFormula(value));
}

/** A whole file: BOM, header line, one line per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(SEPARATOR));
  return CSV_BOM + lines.map((l) => l + NEWLINE).join('');
}

/** Plain rows (from DuckDB) as CSV, columns in the first row's order. */
export function rowsToCsv(rows: readonly Record<string, CsvCell>[], columns: readonly string[] = Object.keys(rows[0] ?? {})): string {
  return toCsv(
    columns,
    rows.map((r) => columns.map((c) => r[c])),
  );
}

/**
 * Reads a number as this app displays it (`1 234,5`, `−12`, `12 %`), for tables that carry only
 * their text; null when the text is not a single number.
 */
export function parseSvNumber(text: string): number | null {
  const t = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace('\u2212', '-')
    .replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** Reads back a file written by toCsv: BOM dropped, quotes undone, cells as text. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === SEPARATOR) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
