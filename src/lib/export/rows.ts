/** Rows prepared for export: counts too small to show are blanked and flagged, as on screen. */
import type { Row } from '../db/types';
import { isSuppressed } from '../format/number';

/**
 * Each row with `column`'s count of 1–2 set to null and a flag column `<column>_under_3` added
 * (true where the count was blanked), so an export never reveals what the charts hide.
 */
export function maskSmallCounts(rows: readonly Row[], column: string): Row[] {
  const flag = `${column}_under_3`;
  return rows.map((r) => {
    const v = r[column];
    const hidden = typeof v === 'number' && isSuppressed(v);
    return { ...r, [column]: hidden ? null : (v ?? null), [flag]: hidden };
  });
}
