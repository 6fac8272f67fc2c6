/**
 * The one CSV writer of every export. Two dialects: Swedish Excel (`;` between cells, decimal
 * comma, CRLF, UTF-8 with a BOM) for files people open, and the data-file format of `data/*.csv`
 * (`,`, decimal point, LF, no BOM) for the activity log. In both, text that a spreadsheet would
 * run as a formula gets a leading `'` (OWASP's CSV injection advice); numbers we write never do.
 */

/** A cell as it goes into the file: numbers stay numbers, everything else is text. */
export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';

export interface CsvDialect {
  separator: ';' | ',';
  newline: '\r\n' | '\n';
  bom: boolean;
  decimal: ',' | '.';
}

export const SWEDISH_EXCEL: CsvDialect = { separator: ';', newline: '\r\n', bom: true, decimal: ',' };
export const DATA_FILE: CsvDialect = { separator: ',', newline: '\n', bom: false, decimal: '.' };

/** A number with a decimal comma and an ASCII minus (which Excel reads as a number); no thousands separator. */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(value).replace('.', ',');
}

// Text that is only a plain number (as formatCsvNumber writes it) cannot hold a formula.
const PLAIN_NUMBER = /^-?\d+([,.]\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises text a spreadsheet would run as a formula (OWASP's CSV injection advice). */
export function escapeFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvCell(value: CsvCell, dialect: CsvDialect = SWEDISH_EXCEL): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return dialect.decimal === ',' ? formatCsvNumber(value) : Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return dialect.decimal === ',' ? (value ? 'sant' : 'falskt') : String(value);
  return quote(escapeFormula(value), dialect.separator);
}

/** A whole file: BOM where the dialect has one, header line, one line per row, each line ended. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  const lines = [header, ...rows].map((cells) => cells.map((c) => csvCell(c, dialect)).join(dialect.separator));
  return (dialect.bom ? CSV_BOM : '') + lines.map((l) => l + dialect.newline).join('');
}

/** A whole file for Swedish Excel. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return writeCsv(header, rows, SWEDISH_EXCEL);
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
