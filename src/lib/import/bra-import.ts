/** A BRÅ extract's records as one kept import: the bundle of its tables and the notes the user reads. */
import { convertBraExtract } from './bra-extract';
import { bundle, recordsToCsv } from './staging';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import { ImportFailure, type ImportContext, type Mapping, type RawTable } from './types';
import '../i18n/messages/bra';
import '../i18n/messages/dataimport';

export interface ExtractConverted {
  target: 'crimes';
  csv: string;
  rows: number;
  years: [number, number] | null;
  municipalities: number;
  notes: string[];
}


export function convertExtract(fileName: string, raw: RawTable, mapping: Mapping, ctx: ImportContext, source: string): ExtractConverted {
  const r = convertBraExtract(raw, mapping, ctx, source);
  if (r.issues.length > 0) throw new ImportFailure(t('dataimport.errors', { file: fileName, n: formatNumber(r.issues.length), atLeast: r.issues.length >= 50 }), r.issues, fileName);
  const named = (set: ReadonlySet<string>) => [...set].sort((a, b) => a.localeCompare(b, 'sv')).slice(0, 12).map((v) => `”${v}”`).join(', ') + (set.size > 12 ? ' …' : '');
  const notes: string[] = [];
  // The scraped layout has no level column: its categories' parents come from their names.
  const fromNames = r.categories.every((x) => x.bra_level === null);
  const months = r.periods.filter((p) => p.period_type === 'manad').length;
  const quarters = r.periods.length - months;
  if (months + quarters > 0) {
    notes.push(t('bra.note.periods', { months: formatNumber(months), nMonths: months, quarters: formatNumber(quarters), nQuarters: quarters }));
  }
  if (r.derived > 0) notes.push(t('bra.note.derived', { n: formatNumber(r.derived), count: r.derived }));
  if (r.categories.length > 0 && !fromNames) notes.push(t('bra.note.categories', { n: formatNumber(r.categories.length), count: r.categories.length }));
  if (r.categories.length > 0 && fromNames) notes.push(t('bra.note.categoriesFromNames', { n: formatNumber(r.categories.length), count: r.categories.length }));
  if (r.skipped.municipalities.size > 0) notes.push(t('bra.note.unknownMunicipalities', { n: formatNumber(r.skipped.municipalities.size), count: r.skipped.municipalities.size, names: named(r.skipped.municipalities) }));
  if (r.skipped.districts.size > 0) notes.push(t('bra.note.districts', { n: formatNumber(r.skipped.districts.size), count: r.skipped.districts.size, names: named(r.skipped.districts) }));
  const rows = r.years.length + r.periods.length;
  if (rows === 0) throw new ImportFailure(t('bra.noRows', { file: fileName }), [{ row: null, column: null, value: null, message: notes.join(' ') || t('dataimport.noUsableRows') }], fileName);
  const allYears = [...r.years.map((y) => y.year), ...r.periods.map((p) => p.year)];
  const places = new Set([...r.years.map((y) => y.kommunkod), ...r.periods.map((p) => p.kommunkod)]);
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of allYears) {
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  const csv = bundle([
    { table: 'crime_categories', csv: recordsToCsv('crime_categories', r.categories) },
    { table: 'crimes', csv: recordsToCsv('crimes', r.years) },
    { table: 'crimes_period', csv: recordsToCsv('crimes_period', r.periods) },
  ]);
  return { target: 'crimes', csv, rows, years: [lo, hi], municipalities: places.size, notes };
}
