/**
 * Months and quarters as chart series: each period gets a place on the x axis (0, 1, 2 … in
 * order, gaps kept), so the yearly line chart's machinery (intervals, small counts, example and
 * preliminary marks) applies unchanged; the axis and the table show the period's name.
 */
import type { CrimePeriodRow } from '../queries/crime-periods';
import { crimeSeriesFor, crimeSeriesFromColumns, type Measure, type Series } from './crime-series';
import { column, makeColumns, numberAt, stringAt, type Columns } from '../db/columns';
import { seriesTable, type TableSource } from './tables';
import { t as msgT } from '../i18n/catalogue';
import '../i18n/messages/crime-text';

/** `2026-08` → "aug 2026" ("Aug 2026"), `2026-K3` → "kv 3 2026" ("Q3 2026"), `2026` → "2026". */
export function periodLabel(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `${msgT('period.months').split(',')[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  const q = /^(\d{4})-K([1-4])$/.exec(key);
  if (q) return msgT('period.quarter', { q: q[2] ?? '', year: q[1] ?? '' });
  return key;
}

/** Every period from the first to the last key in the rows, none skipped: a missing month is a gap. */
export function periodKeys(rows: readonly { period_key: string }[]): string[] {
  return keysBetween(rows.map((r) => r.period_key).sort());
}

/** The same from the period query's columns (`crimePeriodQuery`): its `period_key` column. */
export function periodKeysFromColumns(cols: Columns): string[] {
  const col = column(cols, 'period_key');
  const seen = new Set<string>();
  for (let i = 0; i < cols.length; i++) {
    const k = stringAt(col, i);
    if (k !== null) seen.add(k);
  }
  return keysBetween([...seen].sort());
}

function keysBetween(keys: readonly string[]): string[] {
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (!first || !last) return [];
  const parse = (k: string) => {
    const m = /^(\d{4})-(K)?(\d{1,2})$/.exec(k);
    return m ? { year: Number(m[1]), part: Number(m[3]), quarter: m[2] === 'K' } : null;
  };
  const a = parse(first);
  const b = parse(last);
  if (!a || !b || a.quarter !== b.quarter) return [...new Set(keys)];
  const per = a.quarter ? 4 : 12;
  const out: string[] = [];
  for (let i = a.year * per + a.part - 1; i <= b.year * per + b.part - 1; i++) {
    const year = Math.floor(i / per);
    const part = (i % per) + 1;
    out.push(a.quarter ? `${year}-K${part}` : `${year}-${String(part).padStart(2, '0')}`);
  }
  return out;
}

/** Series for one category, x = the period's index in `keys`. */
export function periodSeriesFor(rows: readonly CrimePeriodRow[], keys: readonly string[], categoryId: string, measure: Measure, kommunkoder: readonly string[]): Series[] {
  const index = new Map(keys.map((k, i) => [k, i]));
  const asYearly = rows.filter((r) => index.has(r.period_key)).map((r) => ({ ...r, year: index.get(r.period_key) ?? 0 }));
  return crimeSeriesFor(asYearly, categoryId, measure, kommunkoder);
}

/**
 * The same from the period query's columns: the columns are shared, only `year` is replaced by
 * the period's index in `keys` (null outside them, so such rows are left out).
 */
export function periodSeriesFromColumns(cols: Columns, keys: readonly string[], categoryId: string, measure: Measure, kommunkoder: readonly string[]): Series[] {
  return crimeSeriesFromColumns(periodIndexed(cols, keys), categoryId, measure, kommunkoder);
}

function periodIndexed(cols: Columns, keys: readonly string[]): Columns {
  const index = new Map(keys.map((k, i) => [k, i]));
  const key = column(cols, 'period_key');
  const x = new Int32Array(cols.length);
  let nulls: Uint8Array | null = null;
  for (let i = 0; i < cols.length; i++) {
    const at = index.get(stringAt(key, i) ?? '');
    if (at === undefined) {
      nulls ??= new Uint8Array(cols.length);
      nulls[i] = 1;
    } else x[i] = at;
  }
  return makeColumns(cols.length, [...cols.columns.filter((c) => c.name !== 'year'), { name: 'year', kind: 'int', values: x, nulls }]);
}

/** The years (ascending) where a count has no population to make a rate from, read from the period query's columns. */
export function yearsWithoutPopulation(cols: Columns): number[] {
  const [year, count, population] = ['year', 'count', 'population'].map((n) => column(cols, n));
  const years = new Set<number>();
  for (let i = 0; i < cols.length; i++) {
    const y = numberAt(year, i);
    if (y !== null && numberAt(count, i) !== null && numberAt(population, i) === null) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** The table behind a period chart: the yearly table with the period's name in its first column (lazy as it is). */
export function periodTable(series: readonly Series[], keys: readonly string[], format: (v: number | null) => string): TableSource {
  const t = seriesTable(series, format, true);
  const name = (cell: string | number | null) => keys[Number(cell)] ?? String(cell);
  const raw = t.raw;
  return {
    columns: t.columns.map((c) => (c.key === 'year' ? { ...c, label: msgT('table.period') } : c)),
    length: t.length,
    row: (i) => {
      const r = t.row(i);
      return { ...r, year: periodLabel(name(r.year ?? '')) };
    },
    raw: raw && {
      columns: raw.columns.map((c) => (c.key === 'year' ? { ...c, label: msgT('table.period'), numeric: false } : c)),
      row: (i) => {
        const r = raw.row(i);
        return { ...r, year: name(r.year ?? null) };
      },
    },
  };
}
