/**
 * Numbers as Swedes write them: `1 234,5`, `−12 %`, via Intl with sv-SE; in the English UI as
 * English does (`1,234.5`), via the page's locale.
 */
import { intlLocale } from '../i18n/locale';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(minDecimals: number, maxDecimals: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const tag = intlLocale();
  const key = `${tag}:${style}:${minDecimals}:${maxDecimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, { style, minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    cache.set(key, f);
  }
  return f;
}

const DASH = '–';

/** A count or any number, with up to `maxDecimals` decimals; null/NaN become an en dash. */
export function formatNumber(value: number | null | undefined, maxDecimals = 0, minDecimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return formatter(minDecimals, maxDecimals).format(value);
}

/** The decimals a rate per 100 000 inhabitants is shown with: one below 100, none above. */
export function rateDecimals(value: number): number {
  return Math.abs(value) < 100 ? 1 : 0;
}

/** A number rounded to `decimals`, as it is shown (for exports that must match the screen). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A rate per 100 000 inhabitants: one decimal below 100, none above. */
export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const d = rateDecimals(value);
  return formatNumber(value, d, d);
}

/** A relative change given as a ratio (1.18 → `+18 %`, 0.82 → `−18 %`). */
export function formatChange(ratio: number | null | undefined, decimals = 0): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return DASH;
  const change = ratio - 1;
  const text = formatter(decimals, decimals, 'percent').format(Math.abs(change));
  if (Math.abs(change) < 0.5 * 10 ** -(decimals + 2)) return text;
  return `${change > 0 ? '+' : '−'}${text}`;
}

/** A year range, `2014–2016`, or a single year. */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * Counts from 1 up to this are never shown (the dashboard's own disclosure-control choice), so that no
 * individual can be singled out: they read `<3`.
 */
export const SMALL_COUNT_MAX = 2;

/** True for a count that must not be shown: 1 up to `max` (0 and missing are not suppressed). */
export function isSuppressed(count: number | null | undefined, max = SMALL_COUNT_MAX): boolean {
  return count !== null && count !== undefined && count >= 1 && count <= max;
}

/** A count for display: `<3` for 1–2 (generally `<max+1`), otherwise as formatNumber. */
export function formatCount(n: number | null | undefined, max = SMALL_COUNT_MAX): string {
  return isSuppressed(n, max) ? `<${formatNumber(max + 1)}` : formatNumber(n);
}

/** Years as short as they can be said: runs joined by an en dash (2017, 2018, 2019, 2021 → `2017–2019, 2021`). */
export function formatYearList(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`)).join(', ');
}
