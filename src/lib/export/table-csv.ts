/** A chart's table as CSV: its raw numbers where it has them, else the numbers read back from its text. */
import { toSource, type AnyTable } from '../shape/table-source';
import { parseSvNumber, toCsv, type CsvCell } from './csv';

/**
 * The table, every row of it (a lazy table makes them now), then (after an empty line) `notes`
 * one per line: title, place and period, unit, source, so the file says what it holds when it is
 * opened on its own.
 */
export function tableToCsv(table: AnyTable, notes: readonly string[] = []): string {
  // Plain spaces in the words (a non-breaking one in "100 000" is for the screen, and trips up spreadsheets).
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  const foot: CsvCell[][] = notes.length > 0 ? [[], ...notes.map((n) => [plain(n)])] : [];
  const source = toSource(table);
  const body: CsvCell[][] = new Array(source.length);
  const raw = source.raw;
  const columns = raw ? raw.columns : source.columns;
  for (let i = 0; i < source.length; i++) {
    if (raw) {
      const r = raw.row(i);
      body[i] = columns.map((c) => r[c.key]);
    } else {
      const r = source.row(i);
      body[i] = columns.map((c): CsvCell => {
        const text = r[c.key] ?? '';
        return c.numeric ? (parseSvNumber(text) ?? text) : text;
      });
    }
  }
  return toCsv(
    columns.map((c) => plain(c.label)),
    [...body, ...foot],
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
