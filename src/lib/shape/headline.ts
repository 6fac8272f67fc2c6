/** Headline figures for one year: the rate with its interval, against the year before and a baseline. */
import type { CrimeRow } from '../queries/crimes';
import { rateCI, rateRatio, changeIsSignificant } from '../stats';
import { EXAMPLE_SOURCE } from '../db/schema';

export interface Comparison {
  label: string;
  ratio: number;
  low: number;
  high: number;
  significant: boolean;
}

export interface Headline {
  categoryId: string;
  category: string;
  year: number;
  count: number;
  rate: number;
  low: number;
  high: number;
  example: boolean;
  previous: Comparison | null;
  baseline: Comparison | null;
}

interface Period {
  count: number;
  population: number;
}

function sumPeriod(rows: readonly CrimeRow[], from: number, to: number): Period | null {
  const inside = rows.filter((r) => r.year >= from && r.year <= to);
  if (inside.length !== to - from + 1) return null;
  let count = 0;
  let population = 0;
  for (const r of inside) {
    if (r.count === null || r.population === null) return null;
    count += r.count;
    population += r.population;
  }
  return { count, population };
}

function compare(a: Period, b: Period, label: string): Comparison | null {
  if (b.count === 0) return null;
  const rr = rateRatio(a, b);
  return { label, ratio: rr.ratio, low: rr.low, high: rr.high, significant: changeIsSignificant(rr.low, rr.high) };
}

/** `rows`: one municipality, every year, the categories wanted. Null when the year has no data. */
export function headlineFor(
  rows: readonly CrimeRow[],
  categoryId: string,
  year: number,
  baseline: [number, number] | null,
): Headline | null {
  const own = rows.filter((r) => r.category_id === categoryId);
  const now = sumPeriod(own, year, year);
  const row = own.find((r) => r.year === year);
  if (!now || !row) return null;
  const ci = rateCI(now.count, now.population);
  const prev = sumPeriod(own, year - 1, year - 1);
  const base = baseline && baseline[1] < year ? sumPeriod(own, baseline[0], baseline[1]) : null;
  const used = own.filter((r) => r.year === year || r.year === year - 1 || (baseline && r.year >= baseline[0] && r.year <= baseline[1]));
  return {
    categoryId,
    category: row.category,
    year,
    count: now.count,
    rate: ci.rate,
    low: ci.low,
    high: ci.high,
    example: used.some((r) => r.source === EXAMPLE_SOURCE || r.population_source === EXAMPLE_SOURCE),
    previous: prev ? compare(now, prev, `mot ${year - 1}`) : null,
    baseline: base && baseline ? compare(now, base, `mot ${baseline[0]}–${baseline[1]}, före löftet`) : null,
  };
}
