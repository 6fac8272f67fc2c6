/**
 * Holm's step-down adjustment of p-values for a family of tests, in the
 * input order. Matches R's `p.adjust(p, method = "holm")`: sort ascending,
 * multiply the i-th smallest (1-based) by (m − i + 1), take the running
 * maximum, cap at 1. NaN p-values are returned as NaN and do not count in m.
 */
export function holmAdjust(p: readonly number[]): number[] {
  const idx = p.map((v, i) => ({ v, i })).filter((e) => !Number.isNaN(e.v)).sort((a, b) => a.v - b.v);
  const m = idx.length;
  const out = p.map(() => Number.NaN);
  let running = 0;
  idx.forEach((e, k) => {
    running = Math.max(running, Math.min(1, (m - k) * e.v));
    out[e.i] = running;
  });
  return out;
}
