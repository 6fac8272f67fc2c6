import { binomialCdf, binomialPmf } from './special';

/** R's relative tolerance for "as or less likely than the observed count". */
const REL_ERR = 1 + 1e-7;

/** P(X <= q) for X ~ Bin(n, p). */
function lowerTail(q: number, n: number, p: number): number {
  return q < 0 ? 0 : binomialCdf(q, n, p);
}

/** P(X > q) for X ~ Bin(n, p), computed as a lower tail of Bin(n, 1 - p) for accuracy. */
function upperTail(q: number, n: number, p: number): number {
  return q >= n ? 0 : lowerTail(n - q - 1, n, 1 - p);
}

/**
 * Two-sided p-value of the exact binomial test of `x` successes in `n`
 * trials against success probability `p`.
 *
 * Matches R's `binom.test(x, n, p)$p.value` (and therefore the p-value of the
 * two-sample `poisson.test`): the probability of the observed count plus all
 * counts on the other side of the mean whose probability is
 * <= dbinom(x, n, p) * (1 + 1e-7). The binomial pmf is monotone on each side
 * of the mean, so the other-side count is found by bisection instead of R's
 * linear scan (same result, O(log n) work even for n in the millions).
 * The result is clamped to at most 1 (R can exceed 1 by rounding).
 */
export function binomTwoSidedP(x: number, n: number, p: number): number {
  if (p === 0) return x === 0 ? 1 : 0;
  if (p === 1) return x === n ? 1 : 0;
  const d = binomialPmf(x, n, p) * REL_ERR;
  const m = n * p;
  if (x === m) return 1;
  if (x < m) {
    // On [ceil(m), n] the pmf is non-increasing: find the first i with pmf(i) <= d.
    let lo = Math.ceil(m);
    let hi = n + 1; // sentinel: "none found"
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (binomialPmf(mid, n, p) <= d) hi = mid;
      else lo = mid + 1;
    }
    const y = n - lo + 1; // number of i in [ceil(m), n] with pmf(i) <= d
    return Math.min(1, lowerTail(x, n, p) + upperTail(n - y, n, p));
  }
  // On [0, floor(m)] the pmf is non-decreasing: find the last i with pmf(i) <= d.
  let lo = -1; // sentinel: "none found"
  let hi = Math.floor(m);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (binomialPmf(mid, n, p) <= d) lo = mid;
    else hi = mid - 1;
  }
  const y = lo + 1; // number of i in [0, floor(m)] with pmf(i) <= d
  return Math.min(1, lowerTail(y - 1, n, p) + upperTail(x - 1, n, p));
}
