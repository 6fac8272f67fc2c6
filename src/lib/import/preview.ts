/**
 * What an import will change, before it is written: the rows, municipalities, years, categories
 * and periods it holds, the existing values it replaces (old → new), and populations that jump
 * by more than 20 % from their neighbouring years (a likely wrong cell, e.g. one age group read
 * as the whole population), which need a confirmation of their own. Pure: the figures come from
 * preview-query.ts.
 */
import { formatChange, formatNumber, formatYears } from '../format/number';
import { t } from '../i18n/catalogue';
import '../i18n/messages/dataimport';

/** A population jumping more than this fraction from a neighbouring year needs a confirmation. */
export const JUMP_THRESHOLD = 0.2;
/** Examples of replaced values shown. */
export const REPLACED_EXAMPLES = 5;

export interface PopulationPoint {
  year: number;
  kommunkod: string;
  population: number | null;
}

export interface Jump {
  kommunkod: string;
  year: number;
  value: number;
  /** The nearest years before and after with a population, after the import. */
  neighbours: { year: number; value: number }[];
  /** The largest change from a neighbour, as a fraction of the neighbour (0.25 = 25 %). */
  change: number;
  /** The value over that neighbour (1.25 = 25 % more). */
  ratio: number;
}

export interface Replacement {
  year: number;
  kommunkod: string;
  category_id: string | null;
  old: number | null;
  new: number | null;
  oldSource: string;
}

export interface ImportPreview {
  fileName: string;
  target: 'crimes' | 'population' | 'survey_results';
  rows: number;
  /** Names of the municipalities (and Riket), sorted. */
  municipalities: string[];
  years: number[];
  /** Category names (crimes only). */
  categories: string[];
  /** Period types the rows hold ("År": whole years). */
  periodTypes: string[];
  /** Existing rows with the same key whose value changes, and how many keep their value. */
  replaced: { count: number; unchanged: number; examples: Replacement[] };
  /** Rows with keys that are new to the tables. */
  added: number;
  jumps: Jump[];
  notes: string[];
  /** Names by kommunkod and category names by id, for the municipalities and categories named above. */
  names: Record<string, string>;
  categoryNames: Record<string, string>;
}

/**
 * Each imported population compared with the nearest years before and after it in the series as
 * it will be after the import (imported values over existing ones): a change of more than
 * `threshold` from either neighbour is a jump.
 */
export function findJumps(existing: readonly PopulationPoint[], incoming: readonly PopulationPoint[], threshold = JUMP_THRESHOLD): Jump[] {
  const series = new Map<string, Map<number, number>>();
  const put = (p: PopulationPoint) => {
    let s = series.get(p.kommunkod);
    if (!s) series.set(p.kommunkod, (s = new Map()));
    if (p.population === null || p.population <= 0) s.delete(p.year);
    else s.set(p.year, p.population);
  };
  existing.forEach(put);
  incoming.forEach(put);
  const jumps: Jump[] = [];
  for (const p of incoming) {
    if (p.population === null || p.population <= 0) continue;
    const years = [...(series.get(p.kommunkod)?.entries() ?? [])];
    const before = years.filter(([y]) => y < p.year).sort((a, b) => b[0] - a[0])[0];
    const after = years.filter(([y]) => y > p.year).sort((a, b) => a[0] - b[0])[0];
    const neighbours = [before, after].filter((n): n is [number, number] => n !== undefined).map(([year, value]) => ({ year, value }));
    const value = p.population;
    const furthest = neighbours.map((n) => value / n.value).sort((a, b) => Math.abs(b - 1) - Math.abs(a - 1))[0] ?? 1;
    const change = Math.abs(furthest - 1);
    if (change > threshold) jumps.push({ kommunkod: p.kommunkod, year: p.year, value, neighbours, change, ratio: furthest });
  }
  return jumps.sort((a, b) => a.kommunkod.localeCompare(b.kommunkod) || a.year - b.year);
}

const fmt = (n: number | null) => (n === null ? t('dataimport.preview.missing') : formatNumber(n));

/** The years as ranges: 2015–2019, 2022. */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i]!;
    parts.push(formatYears(start, end));
  }
  return parts.join(', ');
}

/** A list of names, with "och N till" after the first `max`. */
export function someNames(names: readonly string[], max = 8): string {
  if (names.length <= max) return names.join(', ');
  return t('dataimport.preview.more', { names: names.slice(0, max).join(', '), n: formatNumber(names.length - max) });
}

/** "Mariestad 2017: 24 290 → 26 000". */
export function describeReplacement(r: Replacement, name: (kommunkod: string) => string, category: (id: string) => string = (id) => id): string {
  const what = r.category_id ? `, ${category(r.category_id)}` : '';
  return `${name(r.kommunkod)} ${r.year}${what}: ${fmt(r.old)} → ${fmt(r.new)}`;
}

/** "Mariestad 2017: 50 000 invånare, +106 % mot året intill (2016: 24 215, 2018: 24 372).", naming municipality, year and values. */
export function describeJump(j: Jump, name: (kommunkod: string) => string): string {
  const around = j.neighbours.map((n) => `${n.year}: ${fmt(n.value)}`).join(', ');
  return t('dataimport.preview.jump', { place: name(j.kommunkod), year: j.year, value: fmt(j.value), change: formatChange(j.ratio), around });
}
