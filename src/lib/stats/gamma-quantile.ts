import stdlibGammaQuantile from '@stdlib/stats-base-dists-gamma-quantile';

/*
 * @stdlib/stats-base-dists-gamma-quantile (0.2.x) loses accuracy for large
 * shapes (e.g. qgamma(0.975, 1001) is off by 1.6e-4 relative), so its value
 * is only used as the starting point for Newton's method on an accurate
 * regularised incomplete gamma function implemented here.
 */

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const EPS = 1e-16;

/** Stirling remainder lgamma(a) - [(a - 0.5) ln a - a + ln sqrt(2 pi)], for a >= 10. */
function stirlingCorrection(a: number): number {
  const a2 = a * a;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * a2)) / a2) / a2) / a;
}

/** ln Gamma(a) for a > 0 (Stirling series, shifted up by recurrence below 10). */
export function logGamma(a: number): number {
  let shift = 0;
  let z = a;
  while (z < 10) {
    shift += Math.log(z);
    z += 1;
  }
  return (z - 0.5) * Math.log(z) - z + LN_SQRT_2PI + stirlingCorrection(z) - shift;
}

/** ln(x^a e^-x / Gamma(a)), computed without cancellation for large a. */
function logPrefactor(a: number, x: number): number {
  if (a < 10) return a * Math.log(x) - x - logGamma(a);
  const t = (x - a) / a;
  return a * (Math.log1p(t) - t) + 0.5 * Math.log(a) - LN_SQRT_2PI - stirlingCorrection(a);
}

/** Regularised incomplete gamma: lower P(a, x) and upper Q(a, x) = 1 - P. */
function incompleteGamma(a: number, x: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  const pre = Math.exp(logPrefactor(a, x));
  if (x < a + 1) {
    // Series: P = pre * sum_n x^n / (a (a+1) ... (a+n)).
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1e7 && Math.abs(term) > Math.abs(sum) * EPS; n++) {
      term *= x / (a + n);
      sum += term;
    }
    const lower = pre * sum;
    return { lower, upper: 1 - lower };
  }
  // Continued fraction for Q (modified Lentz).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e7; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  const upper = pre * h;
  return { lower: 1 - upper, upper };
}

/**
 * Quantile of the Gamma(shape, rate 1) distribution: the x with
 * P(X <= x) = p. Matches R's `qgamma(p, shape)` to ~1e-12 relative.
 */
export function gammaQuantile(p: number, shape: number): number {
  let x = stdlibGammaQuantile(p, shape, 1);
  if (!Number.isFinite(x) || x <= 0) x = shape; // fall back to the mean as a start
  const useUpper = p > 0.5;
  const target = useUpper ? 1 - p : p;
  for (let iter = 0; iter < 100; iter++) {
    const { lower, upper } = incompleteGamma(shape, x);
    const f = useUpper ? target - upper : lower - target; // increasing in x
    const density = Math.exp(logPrefactor(shape, x)) / x;
    let next = x - f / density;
    if (!(next > 0)) next = x / 2;
    const done = Math.abs(next - x) <= 1e-15 * x;
    x = next;
    if (done) break;
  }
  return x;
}
