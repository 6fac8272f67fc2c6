/**
 * Placebo ranking: the same assessment made for every municipality of the comparison group (each
 * against the others summed), and where the municipality in focus ranks. A promise's change that
 * is unremarkable among municipalities without the promise is weak evidence, whatever its interval.
 */
import type { CrimeRow } from '../queries/crimes';
import { areaSeriesFromRows, type AreaSeries } from './points';
import { t } from '../i18n/catalogue';
import { assessIndicator, type YearPoint, type YearRange } from '../stats';
import '../i18n/messages/decision';

export interface RankedArea {
  kommunkod: string;
  name: string;
  /** The area's rate ratio relative to the others (< 1: fell more than the others). */
  ratio: number;
}

export interface PlaceboRank {
  /** 1 = the largest fall relative to the others. */
  rank: number;
  of: number;
  areas: RankedArea[];
}

/** Sum per year over several areas, only for the years every area has. */
function summed(series: readonly YearPoint[][]): YearPoint[] {
  const years = new Map<number, { count: number; population: number; n: number }>();
  for (const s of series) {
    for (const p of s) {
      const y = years.get(p.year) ?? { count: 0, population: 0, n: 0 };
      years.set(p.year, { count: y.count + p.count, population: y.population + p.population, n: y.n + 1 });
    }
  }
  return [...years.entries()].filter(([, v]) => v.n === series.length).map(([year, v]) => ({ year, count: v.count, population: v.population })).sort((a, b) => a.year - b.year);
}

/**
 * `areas`: one category, the focus municipality and its comparison municipalities, as rows or by
 * municipality (`areaSeriesFromColumns`). Null without at least three areas.
 */
export function placeboRanking(
  areas: readonly CrimeRow[] | ReadonlyMap<string, AreaSeries>,
  target: string,
  periods: { baseline: YearRange; period: YearRange; dispersion: YearRange },
): PlaceboRank | null {
  const byArea = areas instanceof Map ? areas : areaSeriesFromRows(areas as readonly CrimeRow[]);
  const codes = [...byArea.keys()];
  if (codes.length < 3 || !codes.includes(target)) return null;
  const ranked: RankedArea[] = [];
  for (const k of codes) {
    const own = byArea.get(k)?.points ?? [];
    const group = summed(codes.filter((o) => o !== k).map((o) => byArea.get(o)?.points ?? []));
    const a = assessIndicator({ own, group, baseline: periods.baseline, period: periods.period, dispersionYears: periods.dispersion });
    if (a.verdict === 'too-few' || !a.relative) continue;
    ranked.push({ kommunkod: k, name: byArea.get(k)?.name ?? k, ratio: a.relative.ratio });
  }
  ranked.sort((a, b) => a.ratio - b.ratio);
  const rank = ranked.findIndex((a) => a.kommunkod === target) + 1;
  return rank > 0 && ranked.length >= 3 ? { rank, of: ranked.length, areas: ranked } : null;
}

/** An ordinal in the page's language: 1:a, 2:a, 3:e … 21:a, 22:a; 1st, 2nd, 3rd … 21st, 22nd. */
export function ordinal(n: number): string {
  return t('decision.ordinal', { n });
}

/** "Mariestads förändring i förhållande till de andra är den 2:a största minskningen av 9 …" */
export function rankSentence(name: string, r: PlaceboRank): string {
  return t('decision.rank', { name, of: r.of, ordinal: ordinal(r.rank) });
}
