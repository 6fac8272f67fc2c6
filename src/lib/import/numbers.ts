/**
 * Numbers as Swedish agencies write them: decimal comma, spaces or non-breaking spaces between
 * thousands, `..` (suppressed) and `.` (not applicable) as missing, `-` as zero where the source says so.
 */
export type ParsedNumber = { kind: 'value'; value: number } | { kind: 'missing' } | { kind: 'invalid' };

const MISSING = new Set(['', '..', '.', '…']);
const DASHES = new Set(['-', '–', '—']);
// Spaces, NBSP, narrow NBSP and thin space, only when they sit between digits.
const GROUP_SPACE = /(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(\D|$))/g;

export function parseNumber(cell: string | null, dashIsZero = false): ParsedNumber {
  if (cell === null) return { kind: 'missing' };
  const s = cell.trim();
  if (MISSING.has(s)) return { kind: 'missing' };
  if (DASHES.has(s)) return dashIsZero ? { kind: 'value', value: 0 } : { kind: 'invalid' };
  const compact = s.replace(GROUP_SPACE, '').replace(/^\u2212/, '-');
  let normal: string;
  if (/^[-+]?\d+(,\d+)?$/.test(compact)) normal = compact.replace(',', '.');
  else if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(compact)) normal = compact;
  else return { kind: 'invalid' };
  const value = Number(normal);
  return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'invalid' };
}

/** A year as an integer, or null when the cell is not one (`2023`, `2023.0`, `2023 prel.`). */
export function parseYear(cell: string | null): number | null {
  if (cell === null) return null;
  // BRÅ's statistics database labels a year "År, 2000" (and "År, 2016 prel.").
  const m = /^\s*(?:år,\s*)?(\d{4})(\.0+)?(\s*(prel\.?|p))?\s*$/i.exec(cell);
  return m?.[1] ? Number(m[1]) : null;
}

/** The year named in a file name, e.g. `bra-kommuner-2023.csv` → 2023. */
export function yearFromFileName(name: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name);
  return m?.[1] ? Number(m[1]) : null;
}
