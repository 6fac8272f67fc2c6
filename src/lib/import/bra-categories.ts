/**
 * BRÅ's crime classification onto the dashboard's focus categories: ONE rule, for today's and
 * older names and ids (documented in data/README.md, "BRÅ's categories").
 *
 * 1. The name decides when the file has one. BRÅ's framing is taken off first: a leading "…",
 *    "därav"/"varav", "Brott mot brottsbalken, N kap." and "Brott mot specialstraffrättsliga
 *    författningar,". What is left must then equal one of the names in FOCUS_NAMES exactly
 *    (case, dashes and spaces aside), so a child such as "därav misshandel inkl. grov mot kvinna"
 *    is never taken for its parent.
 * 2. Only a file without names is matched on ids, and only on ids known to mean the same thing:
 *    Totalt antal brott (5036 yearly table, 13192 monthly table, 3144 in the 2017 ids) and the
 *    2017 ids of the shipped categories. BRÅ reuses numbers between its tables, so an id alone
 *    never overrides a name.
 * 3. Anything else is BRÅ's own category, kept under a stable id made from its place in the
 *    hierarchy (`braCategoryId`): the same name path gives the same category whichever table
 *    (and so whichever Brott_ID) it came from.
 */
import { normalise } from './names';

/** Names (after `stripFraming`) that mean a focus category. */
export const FOCUS_NAMES: Readonly<Record<string, readonly string[]>> = {
  totalt: ['totalt antal brott', 'samtliga brott', 'totalt antal anmälda brott'],
  valdsbrott: ['våldsbrott'],
  misshandel: ['misshandel inkl. grov', 'misshandel inklusive grov', 'misshandel inkl grov', 'misshandel, inkl. grov'],
  sexualbrott: ['sexualbrott', 'sexualbrott inkl. försök'],
  stold_ran_haleri: ['stöld-, rån- och häleribrott', 'stöld, rån och häleri', 'stöld, rån och häleribrott'],
  stold: ['stöld och snatteri', 'stöld inkl. snatteri', 'stöldbrott'],
  skadegorelse: ['skadegörelse (inkl. mordbrand)', 'skadegörelsebrott', 'skadegörelse'],
  narkotikabrott: ['brott mot narkotikastrafflagen', 'narkotikabrott', 'narkotikastrafflagen'],
};

/** BRÅ ids that mean the same category in every table they appear in. */
export const FOCUS_IDS: Readonly<Record<number, string>> = {
  5036: 'totalt',
  13192: 'totalt',
  3144: 'totalt',
  3145: 'valdsbrott',
  3161: 'misshandel',
  3147: 'sexualbrott',
  3150: 'stold_ran_haleri',
  3369: 'stold',
  3151: 'skadegorelse',
};

const BY_NAME = new Map(Object.entries(FOCUS_NAMES).flatMap(([id, names]) => names.map((n) => [n, id] as const)));

/** A BRÅ name without its framing: "Brott mot brottsbalken, 12 kap. Skadegörelsebrott" → "skadegörelsebrott". */
export function stripFraming(name: string): string {
  // The 2017 database wrote "inkl.grov": a missing space after "inkl." is a space aside.
  let n = normalise(name).replace(/^(\.\.\.|…)\s*/, '').replace(/\binkl\.(?=\S)/g, 'inkl. ');
  for (;;) {
    const next = n
      .replace(/^(därav|varav)\s*:?\s+/, '')
      .replace(/^brott mot brottsbalken,?\s*(\d+(-\d+)?\s*kap\.?)?\s*/, '')
      .replace(/^\d+(-\d+)?\s*kap\.?\s*/, '')
      .replace(/^brott mot specialstraffrättsliga författningar,?\s*/, '')
      .replace(/^(\.\.\.|…)\s*/, '')
      .trim();
    if (next === n) return n;
    n = next;
  }
}

/** The focus category a BRÅ category means, or null: rule 1 on the name, rule 2 without one. */
export function focusCategory(name: string | null, braId: number | null): string | null {
  const n = name?.trim() ?? '';
  if (n !== '') return BY_NAME.get(stripFraming(n)) ?? null;
  return braId === null ? null : (FOCUS_IDS[braId] ?? null);
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, no dependency. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The dashboard's id for a BRÅ category that is not a focus category: `bra-` and a hash of its
 * name path from the top level down (Nivå1…Nivå5, or the parent's name and its own), so it does
 * not depend on the table's Brott_ID.
 */
export function braCategoryId(path: readonly string[]): string {
  return `bra-${hash(path.map((p) => normalise(p)).filter(Boolean).join(' > '))}`;
}
