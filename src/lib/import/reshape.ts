/**
 * Delimited files as people save them from spreadsheets: a title or note rows above the header,
 * footnotes below the table ("Källa: SCB"), and years written as columns
 * (`Kommun;2015;2016;2017`). The grid (every record as read) is reshaped into a table: rows
 * skipped at the top and bottom, and year columns unpivoted into a year and a value column.
 * Detected here; the mapping dialog offers the choices ("hoppa över N rader", "år som kolumner").
 */
import { looksLikeHeader } from './sniff';
import type { Cell, Mapping, RawTable, Reshape } from './types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/dataimport';

type Grid = NonNullable<RawTable['grid']>;

const filled = (row: readonly Cell[]) => row.filter((c) => c !== null && c.trim() !== '').length;
const YEAR = /^\s*(19|20)\d{2}\s*$/;

const NOTE = /^\s*(källa|källor|fotnot|fotnoter|not|noter|anm|anmärkning|kommentar|uppdaterad|\*|¹|²|³|\(\d\))/i;

/**
 * A title, note or footnote row: blank, or a single filled cell. Below a two-column table a single
 * cell could be a data row with its value missing, so there it must read like a note ("Källa: …").
 * Sparse data rows (many empty cells) are never notes: they have two or more cells filled.
 */
function isNoteRow(row: readonly Cell[], width: number, below: boolean): boolean {
  const n = filled(row);
  if (n === 0) return true;
  if (n > 1) return false;
  return !below || width >= 3 || NOTE.test(row.find((c) => c !== null && c.trim() !== '') ?? '');
}

/** Title/note rows above the table and footnote rows below it. */
export function detectPreamble(cells: readonly Cell[][]): { top: number; bottom: number } {
  const width = Math.max(0, ...cells.slice(0, 500).map(filled), ...cells.slice(-100).map(filled));
  if (width < 2) return { top: 0, bottom: 0 };
  const first = cells.findIndex((r) => !isNoteRow(r, width, false));
  if (first < 0) return { top: 0, bottom: 0 };
  let last = cells.length - 1;
  while (last > first && isNoteRow(cells[last] ?? [], width, true)) last--;
  return { top: first, bottom: cells.length - 1 - last };
}

/** Columns whose header is a year (19xx/20xx): at least two of them, beside at least one other column. */
export function yearColumns(header: readonly Cell[]): number[] {
  const years = header.map((c, i) => (c !== null && YEAR.test(c) ? i : -1)).filter((i) => i >= 0);
  return years.length >= 2 && years.length < header.length ? years : [];
}

/** The reshape a grid needs, or null when it is a plain table. */
export function detectReshape(grid: Grid): Reshape | null {
  const { top, bottom } = detectPreamble(grid.cells);
  const yearsAsColumns = yearColumns(grid.cells[top] ?? []).length > 0;
  return top > 0 || bottom > 0 || yearsAsColumns ? { skipTop: top, skipBottom: bottom, yearsAsColumns } : null;
}

/** Years as columns to one row per year: the other columns, then `År` and `Värde`; blank cells are no row. */
export function unpivotYears(raw: RawTable): RawTable {
  const years = yearColumns(raw.columns);
  if (years.length === 0) return raw;
  const ids = raw.columns.map((_, i) => i).filter((i) => !years.includes(i));
  const rows: Cell[][] = [];
  const lines: number[] = [];
  raw.rows.forEach((row, r) => {
    for (const y of years) {
      const v = row[y] ?? null;
      if (v === null || v.trim() === '') continue;
      rows.push([...ids.map((i) => row[i] ?? null), raw.columns[y]?.trim() ?? null, v]);
      lines.push(raw.lines?.[r] ?? raw.firstRow + r);
    }
  });
  return { ...raw, columns: [...ids.map((i) => raw.columns[i] ?? t('dataimport.column', { n: i + 1 })), t('dataimport.column.year'), t('dataimport.column.value')], rows, lines, firstRow: lines[0] ?? raw.firstRow };
}

/** The grid as a table under the given reshape. */
export function shapeGrid(grid: Grid, r: Reshape): { raw: RawTable; hasHeader: boolean } {
  const top = Math.max(0, Math.floor(r.skipTop));
  const end = Math.max(top, grid.cells.length - Math.max(0, Math.floor(r.skipBottom)));
  const cells = grid.cells.slice(top, end);
  const lines = grid.lines?.slice(top, end);
  // A header of years (Kommun;2015;2016) has numbers in it: it is still a header when the years are its only numbers.
  const first = cells[0];
  const yearsHeader = first !== undefined && yearColumns(first).length > 0 && looksLikeHeader(first.filter((c) => c === null || !YEAR.test(c)), cells[1]);
  const hasHeader = first !== undefined && (looksLikeHeader(first, cells[1]) || yearsHeader);
  const width = Math.max(0, ...cells.slice(0, 50).map((c) => c.length));
  const columns = hasHeader ? (cells[0] ?? []).map((c, i) => c?.trim() || t('dataimport.column', { n: i + 1 })) : Array.from({ length: width }, (_, i) => t('dataimport.column', { n: i + 1 }));
  const notes: string[] = [];
  const skipped = [top > 0 ? t('dataimport.note.skippedTop', { n: top }) : '', end < grid.cells.length ? t('dataimport.note.skippedBottom', { n: grid.cells.length - end }) : ''].filter(Boolean);
  if (skipped.length > 0) notes.push(t('dataimport.note.skipped', { parts: skipped, rows: top + grid.cells.length - end }));
  let raw: RawTable = {
    columns,
    rows: hasHeader ? cells.slice(1) : cells,
    firstRow: top + (hasHeader ? 2 : 1),
    lines: lines ? lines.slice(hasHeader ? 1 : 0) : undefined,
    grid,
    notes,
  };
  if (r.yearsAsColumns) raw = unpivotYears(raw);
  return { raw, hasHeader };
}

/** The mapping dialog should ask: rows were skipped or years are columns, so the user sees and may change it. */
export function offersReshape(p: { mapping: Mapping }): boolean {
  const r = p.mapping.reshape;
  return r !== undefined && (r.skipTop > 0 || r.skipBottom > 0 || r.yearsAsColumns);
}

/** The column choices after the table changed shape: years as columns map to `År` and `Värde`. */
export function reshapedMapping(m: Mapping, raw: RawTable): Mapping {
  const n = raw.columns.length;
  const keep = (i: number | null) => (i !== null && i < n ? i : null);
  if (m.reshape?.yearsAsColumns && raw.columns[n - 2] === t('dataimport.column.year') && raw.columns[n - 1] === t('dataimport.column.value')) {
    const id = (i: number | null, fallback: number | null) => (i !== null && i < n - 2 ? i : fallback);
    return { ...m, municipality: id(m.municipality, 0), year: n - 2, yearValue: null, count: n - 1, category: id(m.category, null), preliminary: id(m.preliminary, null) };
  }
  return { ...m, year: keep(m.year), municipality: keep(m.municipality), category: keep(m.category), count: keep(m.count), preliminary: keep(m.preliminary) };
}
