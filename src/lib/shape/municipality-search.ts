/**
 * The municipality picker's list: every municipality, narrowed as the user types. A name that
 * begins with the text comes before one that only contains it; a kommunkod matches from its
 * start; within each rank the Swedish alphabetical order (å, ä, ö last).
 */
export interface PickerItem {
  kommunkod: string;
  name: string;
  /** The crimes table holds figures for it. */
  hasData: boolean;
}

import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/filters';

const collator = new Intl.Collator('sv-SE');

/** Lower case, one kind of dash and single spaces: "Malung–Sälen" and "malung-sälen" match. */
export function foldQuery(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('sv-SE').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Rank 0: the name starts with the text (or a word of it does: "sälen"); 1: contains it; 2: the kommunkod starts with it; null: no match. */
function rank(item: PickerItem, q: string): number | null {
  if (q === '') return 0;
  const name = foldQuery(item.name);
  if (name.startsWith(q)) return 0;
  if (name.split(/[ -]/).some((w) => w.startsWith(q))) return 1;
  if (name.includes(q)) return 2;
  if (/^\d+$/.test(q) && item.kommunkod.startsWith(q)) return 3;
  return null;
}

export function filterMunicipalities(items: readonly PickerItem[], query: string): PickerItem[] {
  const q = foldQuery(query);
  const ranked: { item: PickerItem; r: number }[] = [];
  for (const item of items) {
    const r = rank(item, q);
    if (r !== null) ranked.push({ item, r });
  }
  ranked.sort((a, b) => a.r - b.r || collator.compare(a.item.name, b.item.name) || (a.item.kommunkod < b.item.kommunkod ? -1 : 1));
  return ranked.map((x) => x.item);
}

/** What the status line says after each keystroke, e.g. "3 kommuner, 1 med data". */
export function resultSummary(items: readonly PickerItem[]): string {
  const n = items.length;
  if (n === 0) return t('filter.noMatch');
  const withData = items.filter((i) => i.hasData).length;
  return t('filter.matches', { n, count: formatNumber(n), withData: formatNumber(withData) });
}

/** The next active option for an arrow, Home or End key; -1 = none active. Wraps like the APG example. */
export function moveActive(index: number, length: number, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'): number {
  if (length === 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  if (key === 'ArrowDown') return index < 0 || index >= length - 1 ? 0 : index + 1;
  return index <= 0 ? length - 1 : index - 1;
}
