/** Shared shapes of the import: a raw table of text cells, the mapping onto a target table, issues. */
import type { SurveyMapping, SurveyRecord } from './survey-types';

/** A cell as read: text, or null when the reader saw nothing. */
export type Cell = string | null;

/** Any file after decoding: column names and rows of text cells. */
export interface RawTable {
  columns: string[];
  rows: Cell[][];
  /** The file's line (or record) number of rows[0], for error messages. */
  firstRow: number;
  /** The file line each row starts on, where quoted line breaks make it differ from firstRow + index. */
  lines?: number[];
  /** Plain-Swedish notes from reading the file (e.g. a Kolada page with more pages, an SCB content left out). */
  notes?: string[];
  /**
   * Delimited text: every record as read, none taken as the header, so title rows, footnotes and
   * years as columns can be reshaped (see reshape.ts) without reading the file again.
   */
  grid?: { cells: Cell[][]; lines?: number[] };
}

/** The dashboard tables an import can fill. */
export type Target = 'crimes' | 'population' | 'survey_results';

export type LayoutId = 'bra-kommun' | 'bra-databas' | 'kolada' | 'scb' | 'egen' | 'enkat' | 'okand';

/** Which column (index into RawTable.columns) or fixed value feeds each field of the target. */
export interface Mapping {
  layout: LayoutId;
  target: Target;
  year: number | null;
  yearValue: number | null;
  municipality: number | null;
  category: number | null;
  categoryValue: string | null;
  count: number | null;
  preliminary: number | null;
  /**
   * BRÅ's `Periodtyp` column (År, Kvartal, Månad), where the file has one: only yearly rows are
   * read, so a month or a quarter is never stored as a year.
   */
  periodType?: number | null;
  /** The value column is a rate per 100 000 inhabitants (Kolada): counts come from the population. */
  ratePer100k: boolean;
  /** `-` means zero (BRÅ). */
  dashIsZero: boolean;
  /** The agency, e.g. 'BRÅ'; the rows' source becomes `BRÅ (import: fil.csv)`. */
  sourceLabel: string;
  /** Rows to skip above the header and below the table, and years written as columns: see reshape.ts. */
  reshape?: Reshape;
  /** The survey fields, for target survey_results (the survey layout of data/README.md, or a Kolada survey KPI). */
  survey?: SurveyMapping;
}

/** How a delimited file's grid becomes the table: rows skipped at the top and bottom, years as columns unpivoted. */
export interface Reshape {
  skipTop: number;
  skipBottom: number;
  yearsAsColumns: boolean;
}

/** What is wrong and where: file row (1-based), column name, the value. */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

export interface CrimeRecord {
  year: number;
  kommunkod: string;
  category_id: string;
  count: number | null;
  preliminary: boolean;
  source: string;
}

export interface PopulationRecord {
  year: number;
  kommunkod: string;
  population: number | null;
  source: string;
}

export type ImportRecord = CrimeRecord | PopulationRecord | SurveyRecord;

/** The reference data a file is checked against. */
export interface ImportContext {
  municipalities: readonly { kommunkod: string; name: string }[];
  categories: readonly { category_id: string; bra_id: number | null; name: string }[];
  /** Population by `${year}|${kommunkod}`, to turn rates into counts. */
  population: ReadonlyMap<string, number>;
  minYear: number;
  maxYear: number;
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * An import that cannot be used: a Swedish summary and the issues found. A hostile file can put a
 * 20 MB line in a cell, so what is shown is cut here, once for every refusal.
 */
export class ImportFailure extends Error {
  readonly issues: readonly ImportIssue[];
  constructor(
    message: string,
    issues: readonly ImportIssue[] = [],
    readonly fileName = '',
  ) {
    super(cut(message, 600));
    this.name = 'ImportFailure';
    this.issues = issues.map((i) => ({
      ...i,
      column: i.column === null ? null : cut(i.column, 80),
      value: i.value === null ? null : cut(i.value, 80),
      message: cut(i.message, 300),
    }));
  }
}
