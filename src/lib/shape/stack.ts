/** Stacked bars as plain numbers: each segment's start and end, and each bar's total. */
import type { StackDatum } from './tables';

export interface Segment {
  key: string;
  x: string;
  /** The segment runs from `from` to `to` on the value axis (to > from; empty segments are left out). */
  from: number;
  to: number;
  /** The key's position in `keys`, for its colour. */
  keyIndex: number;
}

/** The segments of every bar, stacked in the order of `keys`; missing values count as 0. */
export function stackSegments(data: readonly StackDatum[], keys: readonly { id: string }[]): Segment[] {
  return data.flatMap((d) => {
    let base = 0;
    return keys.flatMap((k, keyIndex) => {
      const v = d.values[k.id] ?? 0;
      const from = base;
      base += v;
      return v > 0 ? [{ key: k.id, x: d.x, from, to: base, keyIndex }] : [];
    });
  });
}

export function stackTotals(data: readonly StackDatum[], keys: readonly { id: string }[]): number[] {
  return data.map((d) => keys.reduce((sum, k) => sum + (d.values[k.id] ?? 0), 0));
}
