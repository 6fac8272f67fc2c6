/**
 * A file from the user to rows in the tables: size check before reading, kind and encoding,
 * DuckDB's CSV reader for delimited text (every column as VARCHAR), layout detection, the
 * validation rules, then the all-or-nothing upsert.
 */
import type { Connector } from '../db/types';
import { checkLineCount, delimitedTable, throwIfCancelled } from './delimited';
import { run } from '../db/run';
import { convertRows } from './convert';
import { isBraExtract } from './bra-extract';
import { convertExtract } from './bra-import';
import { convertSurveyRows } from './convert-survey';
import { decodeText, detectKind } from './encoding';
import { jsonTable } from './json';
import { detectLayout, fieldLabel, missingFields } from './layout';
import { parquetTable } from './parquet';
import { detectReshape, reshapedMapping, shapeGrid } from './reshape';
import { applyImport, recordsToCsv } from './staging';
import { ImportFailure, type ImportContext, type ImportIssue, type Mapping, type RawTable, type Target } from './types';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/dataimport';

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
    const mb = (n: number) => t('dataimport.mb', { n: formatNumber(Math.round(n / 1024 / 1024)) });
    throw new ImportFailure(t('dataimport.tooLarge', { file: name, size: mb(size), max: mb(limit) }), [], name);
  }
}

/** Reads and recognises a file; throws ImportFailure for files that cannot be tables at all. */
export async function prepareImport(conn: Connector, input: ImportInput, ctx: ImportContext, onProgress: Progress = () => {}, signal?: AbortSignal): Promise<Prepared> {
  const name = input.name;
  checkSize(name, input.size);
  const bytes = await input.bytes((f) => onProgress(f * 0.6, t('dataimport.progress.reading')));
  throwIfCancelled(signal, name);
  const kind = detectKind(bytes, name);
  if (kind === 'empty') throw new ImportFailure(t('dataimport.empty', { file: name }), [], name);
  if (kind === 'excel') throw new ImportFailure(t('dataimport.excel', { file: name }), [], name);
  if (kind === 'binary') throw new ImportFailure(t('dataimport.binary', { file: name }), [], name);
  if (kind === 'text') {
    onProgress(0.62, t('dataimport.progress.counting'));
    await checkLineCount(bytes, name, signal);
  }
  onProgress(0.65, t('dataimport.progress.parsing'));
  let raw: RawTable;
  let hasHeader = true;
  if (kind === 'parquet') raw = await parquetTable(bytes, name, signal);
  else if (kind === 'json') raw = jsonTable(decodeText(bytes).text, name);
  else ({ raw, hasHeader } = await delimitedTable(conn, decodeText(bytes).text, name, { signal, onProgress: (f) => onProgress(0.65 + f * 0.15, t('dataimport.progress.rows')) }));
  throwIfCancelled(signal, name);
  // Title rows, footnotes, years as columns: the table is reshaped and the mapping dialog offers the choices.
  const reshape = raw.grid ? detectReshape(raw.grid) : null;
  if (reshape && raw.grid) ({ raw, hasHeader } = shapeGrid(raw.grid, reshape));
  if (raw.rows.length === 0) throw new ImportFailure(t('dataimport.noRows', { file: name }), [], name);
  let mapping = detectLayout(raw, name, ctx, hasHeader);
  if (reshape) {
    mapping = { ...mapping, reshape };
    if (reshape.yearsAsColumns) mapping = { ...reshapedMapping(mapping, raw), layout: 'okand', sourceLabel: 'Import' };
  }
  if (mapping.layout === 'kolada' && new Set(raw.rows.map((r) => r[0])).size > 1) {
    throw new ImportFailure(t('dataimport.koladaManyKpis', { file: name }), [], name);
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
  if (missing.length > 0) throw new ImportFailure(t('dataimport.giveFields', { file: p.fileName, fields: missing.map(fieldLabel).join(', ') }), [], p.fileName);
  const source = sourceFor(mapping, p.fileName);
  const raw = mapping.reshape && p.raw.grid ? shapeGrid(p.raw.grid, mapping.reshape).raw : p.raw;
  // BRÅ's statistics-database extract: its periods, levels and categories as BRÅ publishes them.
  if (mapping.target === 'crimes' && mapping.layout === 'bra-databas' && isBraExtract(raw.columns)) return { ...convertExtract(p.fileName, raw, mapping, ctx, source), source };
  const { records, issues, skipped } =
    mapping.target === 'survey_results' && mapping.survey ? convertSurveyRows(raw, mapping, mapping.survey, ctx, source) : convertRows(raw, mapping, ctx, source);
  if (issues.length > 0) throw new ImportFailure(t('dataimport.errors', { file: p.fileName, atLeast: issues.length >= 50, n: formatNumber(issues.length) }), issues, p.fileName);
  const notes: string[] = [...(raw.notes ?? [])];
  const named = (set: ReadonlySet<string>) => [...set].filter(Boolean).sort((a, b) => a.localeCompare(b, 'sv')).map((v) => `”${v}”`).join(', ');
  const m = skipped.municipalities.size;
  const c = skipped.categories.size;
  if (m > 0) notes.push(t('dataimport.note.municipalities', { n: m, names: named(skipped.municipalities) }));
  const periodRows = [...skipped.periods.values()].reduce((s, n) => s + n, 0);
  if (periodRows > 0) {
    const kinds = [...skipped.periods.keys()].map((k) => `”${k || t('dataimport.note.emptyKind')}”`).join(', ');
    notes.push(t('dataimport.note.periods', { n: periodRows, count: formatNumber(periodRows), kinds }));
  }
  const d = skipped.districts.size;
  if (d > 0) notes.push(t('dataimport.note.districts', { n: d, names: named(skipped.districts) }));
  if (c > 0) notes.push(t('dataimport.note.categories', { n: c, names: named(skipped.categories) }));
  if (records.length === 0) {
    const issue: ImportIssue = { row: null, column: null, value: null, message: notes.join(' ') || t('dataimport.noUsableRows') };
    const noYearly = periodRows > 0 && skipped.municipalities.size === 0 && skipped.categories.size === 0;
    throw new ImportFailure(noYearly ? t('dataimport.noYearly', { file: p.fileName }) : t('dataimport.noneKnown', { file: p.fileName }), [issue], p.fileName);
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
