/**
 * The validation rules over a whole prepared table: the raw rows to the CSV of our own format, or
 * an ImportFailure naming file, row, column and value. Pure and synchronous; in the browser it runs
 * in a worker (convert-worker.ts through convert-off-main.ts), in Node it is called directly.
 */
import { convertRows } from './convert';
import { isBraExtract } from './bra-extract';
import { convertExtract } from './bra-import';
import { convertSurveyRows } from './convert-survey';
import { fieldLabel, missingFields } from './layout';
import { shapeGrid } from './reshape';
import { recordsToCsv } from './staging';
import { ImportFailure, type ImportContext, type ImportIssue, type Mapping, type RawTable, type Target } from './types';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/dataimport';

export interface Prepared {
  fileName: string;
  raw: RawTable;
  hasHeader: boolean;
  /** The detected mapping; complete unless `missingFields` says otherwise. */
  mapping: Mapping;
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
  // A loop, not Math.min(...years): spreading a few hundred thousand arguments overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const r of records) {
    if (r.year < first) first = r.year;
    if (r.year > last) last = r.year;
  }
  return {
    target: mapping.target,
    source,
    csv: recordsToCsv(mapping.target, records),
    rows: records.length,
    years: [first, last],
    municipalities: new Set(records.map((r) => r.kommunkod)).size,
    notes,
  };
}

