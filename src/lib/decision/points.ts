/**
 * The decision view's year points, read from the query's columns (what Beslut holds) or from rows
 * (the report, tests): per category and area the years with a population, by year. Built once per
 * result, so a card looks its points up instead of filtering every row.
 */
import type { DecisionCrimeRow } from '../queries/decision';
import type { CrimeRow } from '../queries/crimes';
import { booleanAt, column, numberAt, stringAt, type Columns } from '../db/columns';
import type { YearPoint } from '../stats';
import type { IndicatorPoint } from './types';

export type Area = 'own' | 'group';

/** Per `category|area`, the points sorted by year. */
export type DecisionPoints = ReadonlyMap<string, readonly IndicatorPoint[]>;

const keyOf = (categoryId: string, area: Area) => `${categoryId}|${area}`;

function index(n: number, at: (i: number) => { key: string; point: IndicatorPoint } | null): DecisionPoints {
  const out = new Map<string, IndicatorPoint[]>();
  for (let i = 0; i < n; i++) {
    const p = at(i);
    if (!p) continue;
    const list = out.get(p.key);
    if (list) list.push(p.point);
    else out.set(p.key, [p.point]);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

/** From the decision query's columns (`decisionCrimesQuery`). */
export function decisionPointsFromColumns(cols: Columns): DecisionPoints {
  const [year, category, area, count, population, preliminary, example] = ['year', 'category_id', 'area', 'count', 'population', 'preliminary', 'example'].map((n) => column(cols, n));
  return index(cols.length, (i) => {
    const pop = numberAt(population, i);
    const y = numberAt(year, i);
    const c = numberAt(count, i);
    if (pop === null || !(pop > 0) || y === null || c === null) return null;
    return {
      key: keyOf(stringAt(category, i) ?? '', stringAt(area, i) === 'own' ? 'own' : 'group'),
      point: { year: y, count: c, population: pop, preliminary: booleanAt(preliminary, i) === true, example: booleanAt(example, i) === true },
    };
  });
}

/** From the decision query's rows. */
export function decisionPointsFromRows(rows: readonly DecisionCrimeRow[]): DecisionPoints {
  return index(rows.length, (i) => {
    const r = rows[i];
    if (!r || !(r.population > 0)) return null;
    return { key: keyOf(r.category_id, r.area), point: { year: r.year, count: r.count, population: r.population, preliminary: r.preliminary === true, example: r.example === true } };
  });
}

/** One category's points of one area (none: empty). */
export function pointsOf(points: DecisionPoints, categoryId: string, area: Area): IndicatorPoint[] {
  return [...(points.get(keyOf(categoryId, area)) ?? [])];
}

/** Per municipality of one category: its name and its years with a count and a population (the placebo ranking's input). */
export interface AreaSeries {
  name: string;
  points: YearPoint[];
}

/** From the crime series query's columns (`crimeSeriesQuery`), one category. */
export function areaSeriesFromColumns(cols: Columns, categoryId: string): Map<string, AreaSeries> {
  const [year, kommunkod, municipality, category, count, population] = ['year', 'kommunkod', 'municipality', 'category_id', 'count', 'population'].map((n) => column(cols, n));
  const out = new Map<string, AreaSeries>();
  for (let i = 0; i < cols.length; i++) {
    if (stringAt(category, i) !== categoryId) continue;
    const k = stringAt(kommunkod, i) ?? '';
    const s = out.get(k) ?? { name: stringAt(municipality, i) ?? k, points: [] };
    out.set(k, s);
    const [y, c, p] = [numberAt(year, i), numberAt(count, i), numberAt(population, i)];
    if (y !== null && c !== null && p !== null && p > 0) s.points.push({ year: y, count: c, population: p });
  }
  return out;
}

/** From the crime series query's rows (already one category, as the tests give them). */
export function areaSeriesFromRows(rows: readonly CrimeRow[]): Map<string, AreaSeries> {
  const out = new Map<string, AreaSeries>();
  for (const r of rows) {
    const s = out.get(r.kommunkod) ?? { name: r.municipality, points: [] };
    out.set(r.kommunkod, s);
    if (r.count !== null && r.population !== null && r.population > 0) s.points.push({ year: r.year, count: r.count, population: r.population });
  }
  return out;
}
