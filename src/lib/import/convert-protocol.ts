/**
 * The messages between the page and the conversion worker (convert-worker.ts), as pure functions:
 * the prepared table goes over in pages of rows (one structured clone per page, so none is a long
 * task), the worker puts them back together, and a refusal comes back as plain data and is made an
 * ImportFailure again on the page, with the same message, issues and file name.
 */
import type { Converted, Prepared } from './convert-prepared';
import type { Locale } from '../i18n/locale';
import { ImportFailure, type Cell, type ImportContext, type ImportIssue, type Mapping } from './types';

/**
 * Cells per message: cloning costs by the cell and its text, so a page is 10 000 rows of a
 * four-column file and 1 600 of a BRÅ extract (25 columns, long names). On the generated national
 * extract (444 280 rows) pages of 100 000 cells still made 80–220 ms tasks; of 40 000, none over 120 ms.
 */
export const PAGE_CELLS = 40_000;

/** Rows per page for a table `width` cells wide. */
export function rowsPerPage(width: number, cells = PAGE_CELLS): number {
  return Math.max(1, Math.floor(cells / Math.max(1, width)));
}

/**
 * Which cells go over: the rows as read, or (when the mapping reshapes a delimited file) the grid
 * the rows are cut from again, never both: convertPrepared reads only one of them.
 */
export type Body = 'rows' | 'grid';

export interface StartMessage {
  type: 'start';
  fileName: string;
  hasHeader: boolean;
  mapping: Mapping;
  ctx: ImportContext;
  /** The page's language: the worker's messages are in it. */
  locale: Locale;
  body: Body;
  columns: string[];
  firstRow: number;
  notes?: string[];
  /** How many rows (of the body) the pages will hold. */
  total: number;
  /** The widest of the header and the first rows: what a page's size is chosen by. */
  width: number;
  /** Whether the pages carry the file line of each row. */
  hasLines: boolean;
}

export interface PageMessage {
  type: 'page';
  cells: Cell[][];
  lines?: number[];
}

export type ToWorker = StartMessage | PageMessage | { type: 'end' };

/** A refusal as plain data: an ImportFailure's parts, or any other error's message. */
export type SerialFailure = { kind: 'import'; message: string; issues: ImportIssue[]; fileName: string } | { kind: 'error'; message: string };

export type FromWorker =
  | { type: 'ack'; received: number }
  | { type: 'done'; converted: Converted; inWorker: boolean; ms: number }
  | { type: 'failed'; failure: SerialFailure };

/** [from, to) of each page of `total` rows, `size` to a page. */
export function pageRanges(total: number, size: number): [number, number][] {
  if (!(size >= 1)) throw new Error(`Sidstorleken måste vara minst 1, inte ${size}.`);
  const out: [number, number][] = [];
  for (let from = 0; from < total; from += size) out.push([from, Math.min(total, from + size)]);
  return out;
}

/** The first message and the cells (and their lines) the pages are cut from. */
export function startMessage(p: Prepared, mapping: Mapping, ctx: ImportContext, locale: Locale): { start: StartMessage; cells: readonly Cell[][]; lines?: readonly number[] } {
  const grid = mapping.reshape && p.raw.grid ? p.raw.grid : null;
  const cells = grid ? grid.cells : p.raw.rows;
  const lines = grid ? grid.lines : p.raw.lines;
  const start: StartMessage = {
    type: 'start',
    fileName: p.fileName,
    hasHeader: p.hasHeader,
    mapping,
    ctx,
    locale,
    body: grid ? 'grid' : 'rows',
    columns: p.raw.columns,
    firstRow: p.raw.firstRow,
    ...(p.raw.notes ? { notes: p.raw.notes } : {}),
    total: cells.length,
    width: Math.max(p.raw.columns.length, ...cells.slice(0, 50).map((r) => r.length)),
    hasLines: lines !== undefined,
  };
  return { start, cells, ...(lines ? { lines } : {}) };
}

export function pageMessage(cells: readonly Cell[][], lines: readonly number[] | undefined, [from, to]: [number, number]): PageMessage {
  return { type: 'page', cells: cells.slice(from, to), ...(lines ? { lines: lines.slice(from, to) } : {}) };
}

/** The worker's side: the pages back into a Prepared as convertPrepared reads it. */
export class Assembler {
  readonly #start: StartMessage;
  readonly #cells: Cell[][] = [];
  readonly #lines: number[] = [];

  constructor(start: StartMessage) {
    this.#start = start;
  }

  /** Adds a page; returns the rows received so far. */
  add(page: PageMessage): number {
    // A loop, not push(...page): spreading 25 000 arguments can overflow the stack.
    for (const row of page.cells) this.#cells.push(row);
    if (this.#start.hasLines) for (const line of page.lines ?? []) this.#lines.push(line);
    if (this.#cells.length > this.#start.total) throw new Error(`${this.#start.fileName}: fler rader kom fram (${this.#cells.length}) än väntat (${this.#start.total}).`);
    return this.#cells.length;
  }

  prepared(): Prepared {
    const s = this.#start;
    if (this.#cells.length !== s.total) throw new Error(`${s.fileName}: ${this.#cells.length} av ${s.total} rader kom fram.`);
    if (s.hasLines && this.#lines.length !== s.total) throw new Error(`${s.fileName}: radnumren för ${this.#lines.length} av ${s.total} rader kom fram.`);
    const lines = s.hasLines ? this.#lines : undefined;
    const notes = s.notes ? { notes: s.notes } : {};
    const raw =
      s.body === 'grid'
        ? { columns: s.columns, rows: [], firstRow: s.firstRow, ...notes, grid: { cells: this.#cells, ...(lines ? { lines } : {}) } }
        : { columns: s.columns, rows: this.#cells, firstRow: s.firstRow, ...notes, ...(lines ? { lines } : {}) };
    return { fileName: s.fileName, raw, hasHeader: s.hasHeader, mapping: s.mapping };
  }
}

export function serialiseFailure(e: unknown): SerialFailure {
  if (e instanceof ImportFailure) return { kind: 'import', message: e.message, issues: e.issues.map((i) => ({ ...i })), fileName: e.fileName };
  return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
}

/** The error the page throws: an ImportFailure exactly as the worker's, or a plain Error. */
export function reviveFailure(f: SerialFailure): Error {
  return f.kind === 'import' ? new ImportFailure(f.message, f.issues, f.fileName) : new Error(f.message);
}
