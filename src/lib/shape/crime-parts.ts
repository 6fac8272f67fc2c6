/**
 * The crime series query asked municipality by municipality (uwdata/mosaic's per-client caching
 * taken one step further): each part is one municipality's answer, its own coordinator key, so a
 * new comparison asks for that municipality only and taking it away again asks nothing. What is
 * drawn from a part is kept with the part (a WeakMap on its columns), so the series and cards of the
 * municipalities that did not change are not computed again, and stay the same objects for Svelte.
 */
import { column, rowsAt, stringAt, type Columns } from '../db/columns';
import type { Row } from '../db/types';
import { memoOn } from './memo';
import { crimeSeriesFromColumns, type Measure, type Series } from './crime-series';

/** kommunkod → the columns holding its rows (several municipalities may share one, as the snapshot's do). */
export type CrimeParts = ReadonlyMap<string, Columns>;

/** One combined answer (the snapshot's, a test's) as parts: every municipality reads the same columns. */
export function partsOf(cols: Columns, kommunkoder: readonly string[]): CrimeParts {
  return new Map(kommunkoder.map((k) => [k, cols]));
}

/** Series for one category, ordered as `kommunkoder`; each computed once per part. */
export function crimeSeriesFromParts(parts: CrimeParts, categoryId: string, measure: Measure, kommunkoder: readonly string[], from = Number.NEGATIVE_INFINITY): Series[] {
  const out: Series[] = [];
  for (const kod of kommunkoder) {
    const cols = parts.get(kod);
    if (!cols) continue;
    const series = memoOn(cols, `series|${kod}|${categoryId}|${measure}|${from}`, () => crimeSeriesFromColumns(cols, categoryId, measure, [kod], from)[0] ?? null);
    if (series) out.push(series);
  }
  return out;
}

/**
 * The rows of `kommunkoder` in the order the single query gave them (category as in `categoryOrder`,
 * then kommunkod, then year), for tables and exports; built only when asked for.
 */
export function rowsOfParts(parts: CrimeParts, kommunkoder: readonly string[], categoryOrder: readonly string[]): Row[] {
  const rank = new Map(categoryOrder.map((id, i) => [id, i]));
  const rows: Row[] = [];
  const seen = new Set<Columns>();
  const wanted = new Set(kommunkoder);
  for (const kod of kommunkoder) {
    const cols = parts.get(kod);
    if (!cols || seen.has(cols)) continue;
    seen.add(cols);
    const kods = column(cols, 'kommunkod');
    const at: number[] = [];
    for (let i = 0; i < cols.length; i++) if (wanted.has(stringAt(kods, i) ?? '')) at.push(i);
    rows.push(...rowsAt(cols, at));
  }
  const order = (r: Row) => rank.get(String(r.category_id)) ?? rank.size;
  return rows.sort((a, b) => order(a) - order(b) || byteOrder(String(a.kommunkod), String(b.kommunkod)) || Number(a.year) - Number(b.year));
}

// DuckDB's ORDER BY on text, without a collation.
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How many rows `rowsOfParts` would give, without building them. */
export function rowCountOfParts(parts: CrimeParts, kommunkoder: readonly string[]): number {
  const wanted = new Set(kommunkoder);
  let n = 0;
  const seen = new Set<Columns>();
  for (const kod of kommunkoder) {
    const cols = parts.get(kod);
    if (!cols || seen.has(cols)) continue;
    seen.add(cols);
    const kods = column(cols, 'kommunkod');
    for (let i = 0; i < cols.length; i++) if (wanted.has(stringAt(kods, i) ?? '')) n++;
  }
  return n;
}
