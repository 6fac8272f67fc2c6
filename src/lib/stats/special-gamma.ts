/*
 * Special functions of the gamma family and the normal distribution, written out so that the
 * first view does not load a general numerics library. Checked against R in
 * tests/unit/stats/special.test.ts (fixture from scripts/special-reference.R).
 *
 * Densities are computed as R's nmath does (Loader's saddle-point form): the Stirling
 * remainder `stirlerr` and the deviance term `bd0` keep them accurate for counts in the millions,
 * where ln Gamma differences would cancel.
 */

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const EPS = 1e-16;
const TINY = 1e-300;

/** Stirling remainder ln Gamma(z + 1) − [(z + ½) ln z − z + ln √(2π)] for z > 0. */
export function stirlerr(z: number): number {
  // Below 15: the recurrence s(z) = s(z + 1) + (z + ½) ln(1 + 1/z) − 1 (each term small, no cancellation).
  let shift = 0;
  while (z < 15) {
    shift += (z + 0.5) * Math.log1p(1 / z) - 1;
    z += 1;
  }
  const z2 = z * z;
  return shift + (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * z2)) / z2) / z2) / z2) / z;
}

/** k ln(k / m) + m − k ≥ 0, accurate also when k ≈ m (R's bd0). */
export function bd0(k: number, m: number): number {
  if (Math.abs(k - m) < 0.1 * (k + m)) {
    const v = (k - m) / (k + m);
    let s = (k - m) * v;
    let ej = 2 * k * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v2;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return k * Math.log(k / m) + m - k;
}

/** ln Gamma(a) for a > 0. */
export function logGamma(a: number): number {
  return (a - 0.5) * Math.log(a) - a + LN_SQRT_2PI + stirlerr(a);
}

/** ln(x^a e^−x / Gamma(a)) = ln of the Gamma(a) density at x, times x. */
function logGammaPrefactor(a: number, x: number): number {
  return -bd0(a, x) + 0.5 * Math.log(a) - LN_SQRT_2PI - stirlerr(a);
}

/** Regularised incomplete gamma: lower P(a, x) and upper Q(a, x), each computed without 1 − (tiny) loss where possible. */
export function incompleteGamma(a: number, x: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (x === Number.POSITIVE_INFINITY) return { lower: 1, upper: 0 };
  const pre = Math.exp(logGammaPrefactor(a, x));
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
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e7; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  const upper = pre * h;
  return { lower: 1 - upper, upper };
}

/** Regularised lower incomplete gamma P(a, x) (stdlib's gammainc(x, a) argument order). */
export function gammainc(x: number, a: number): number {
  return incompleteGamma(a, x).lower;
}

/** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x). */
export function gammaincUpper(x: number, a: number): number {
  return incompleteGamma(a, x).upper;
}

/** erfc(x) = 1 − erf(x) = Q(½, x²) for x ≥ 0, 1 + P(½, x²) for x < 0. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const { lower, upper } = incompleteGamma(0.5, x * x);
  return x >= 0 ? upper : 1 + lower;
}

const A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

/** num(r) / den(r) for polynomials given lowest coefficient first (Horner). */
function ratio(num: readonly number[], den: readonly number[], r: number): number {
  const horner = (c: readonly number[]): number => c.reduceRight((acc, ci) => acc * r + ci, 0);
  return horner(num) / horner(den);
}

/** Quantile of the normal distribution (Wichura's AS 241, as R's qnorm): drop-in for stdlib's normal quantile. */
export function normalQuantile(p: number, mu = 0, sigma = 1): number {
  if (Number.isNaN(p) || Number.isNaN(mu) || Number.isNaN(sigma) || p < 0 || p > 1 || sigma < 0) return Number.NaN;
  if (sigma === 0) return mu;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  let z: number;
  if (Math.abs(q) <= 0.425) {
    z = q * ratio(A, B, 0.180625 - q * q);
  } else {
    const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    z = r <= 5 ? ratio(C, D, r - 1.6) : ratio(E, F, r - 5);
    if (q < 0) z = -z;
  }
  return mu + sigma * z;
}

/**
 * Solve cdf(x) = p for an increasing cdf by Newton's method kept inside a bracket [lo, hi]
 * (bisection, or doubling while hi is infinite, whenever a step would leave it).
 * `f(x)` returns [signed error, slope]; the error is increasing in x.
 */
export function solveIncreasing(f: (x: number) => [number, number], start: number, lo: number, hi: number): number {
  let x = start;
  for (let i = 0; i < 300; i++) {
    const [err, slope] = f(x);
    if (err === 0) return x;
    if (err < 0) lo = x;
    else hi = x;
    let next = x - err / slope;
    if (!(next > lo && next < hi)) next = Number.isFinite(hi) ? (lo > 0 && hi / lo > 4 ? Math.sqrt(lo * hi) : (lo + hi) / 2) : Math.max(2 * x, 1);
    if (Math.abs(next - x) <= 4 * EPS * Math.abs(x) || next === lo || next === hi) return next;
    x = next;
  }
  return x;
}

/**
 * Quantile of the Gamma(shape, rate 1) distribution: the x with P(X ≤ x) = p (R's qgamma(p, shape)).
 * Start: Wilson–Hilferty, or the small-x approximation x ≈ (p Gamma(a + 1))^(1/a) in the lower tail.
 */
export function gammaQuantile(p: number, shape: number): number {
  const key = `${p}|${shape}`;
  const known = QUANTILES.get(key);
  if (known !== undefined) return known;
  const x = solveGammaQuantile(p, shape);
  // Bounded: a full cache starts over rather than growing with every count ever seen.
  if (QUANTILES.size >= QUANTILE_CACHE_SIZE) QUANTILES.clear();
  QUANTILES.set(key, x);
  return x;
}

// Every chart redraw asks for the same exact-interval quantiles (p = 0.025/0.975 of the same
// counts) again; solving one takes tens of incomplete-gamma evaluations, so answers are kept.
const QUANTILE_CACHE_SIZE = 20000;
const QUANTILES = new Map<string, number>();

/** gammaQuantile without the cache (exported for the test that compares the two). */
export function solveGammaQuantile(p: number, shape: number): number {
  if (Number.isNaN(p) || Number.isNaN(shape) || p < 0 || p > 1 || shape <= 0) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const z = normalQuantile(p);
  const c = 1 / (9 * shape);
  let start = shape * (1 - c + z * Math.sqrt(c)) ** 3;
  const small = Math.exp((Math.log(p) + logGamma(shape + 1)) / shape);
  if (!(start > 0) || (shape < 1 && small < start)) start = small;
  const upperTail = p > 0.5;
  const target = upperTail ? 1 - p : p;
  return solveIncreasing((x) => {
    const { lower, upper } = incompleteGamma(shape, x);
    const density = Math.exp(logGammaPrefactor(shape, x)) / x;
    return [upperTail ? target - upper : lower - target, density];
  }, start, 0, Number.POSITIVE_INFINITY);
}
