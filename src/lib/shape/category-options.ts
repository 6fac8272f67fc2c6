/**
 * The category filter's options: the dashboard's own categories always, BRÅ's imported ones
 * (up to ~1 100 over five levels) through a search, the chosen ones always listed.
 */
import { categoryName } from './category-name';

export interface PickerCategory {
  category_id: string;
  name: string;
  bra_level?: number | null;
}

export interface PickerOption {
  value: string;
  label: string;
  /** BRÅ's level (1–5) for an imported category, for indenting; null for the dashboard's own. */
  level: number | null;
}

export const isImported = (c: PickerCategory) => c.category_id.startsWith('bra-');

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv-SE').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();

export function categoryOptions(categories: readonly PickerCategory[], search: string, selected: readonly string[], limit = 40): { fixed: PickerOption[]; found: PickerOption[]; more: number; imported: number } {
  const option = (c: PickerCategory): PickerOption => ({ value: c.category_id, label: categoryName(c.category_id, c.name), level: isImported(c) ? (c.bra_level ?? null) : null });
  const imported = categories.filter(isImported);
  const words = fold(search).split(' ').filter(Boolean);
  // A hit stays among the hits when it is chosen, so the checkbox (and the keyboard focus) stays put.
  const hits = words.length === 0 ? [] : imported.filter((c) => words.every((w) => fold(c.name).includes(w)));
  const found = hits.slice(0, limit);
  const shown = new Set(found.map((c) => c.category_id));
  const fixed = categories.filter((c) => !isImported(c) || (selected.includes(c.category_id) && !shown.has(c.category_id))).map(option);
  return { fixed, found: found.map(option), more: Math.max(0, hits.length - limit), imported: imported.length };
}
