/**
 * Whether a ratio's confidence interval excludes 1, i.e. whether the data
 * support calling the change a change (an increase when low > 1, a decrease
 * when high < 1). Use it so the UI only says "ökat"/"minskat" when the
 * interval says so. Returns false for NaN limits. Equivalent in R to
 * `low > 1 || high < 1` on e.g. `poisson.test(...)$conf.int`.
 */
export function changeIsSignificant(low: number, high: number): boolean {
  return low > 1 || high < 1;
}
