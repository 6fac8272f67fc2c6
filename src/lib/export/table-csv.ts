/** A chart's table as CSV: its raw numbers where it has them, else the numbers read back from its text. */
import type { TableData } from '../shape/tables';
import { parseSvNumber, toCsv, type CsvCell } from './csv';

/**
 * The table, then (after an empty line) `notes` one per line: title, place and period, unit,
 * source, so the file says what it holds when it is opened on its own.
 */
export function tableToCsv(table: TableData, notes: readonly string[] = []): string {
  // Plain spaces in the words (a non-breaking one in "100 000" is for the screen, and trips up spreadsheets).
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  const foot: CsvCell[][] = notes.length > 0 ? [[], ...notes.map((n) => [plain(n)])] : [];
  if (table.raw) {
    const { columns, rows } = table.raw;
    return toCsv(
      columns.map((c) => plain(c.label)),
      [...rows.map((r) => columns.map((c) => r[c.key])), ...foot],
    );
  }
  const columns = table.columns;
  return toCsv(
    columns.map((c) => plain(c.label)),
    [
      ...table.rows.map((r) => columns.map((c): CsvCell => {
        const text = r[c.key] ?? '';
        return c.numeric ? (parseSvNumber(text) ?? text) : text;
      })),
      ...foot,
    ],
  );
}

/** A file name from a title: lower case, ASCII, words joined by `-` (`Stöld: antal` → `stold-antal`). */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem || 'export';
}
