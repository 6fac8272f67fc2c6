/*
 * The beta family: regularised incomplete beta, beta quantile, binomial pmf and cdf and
 * Student's t quantile, with the call signatures of the stdlib functions they replace.
 * Checked against R in tests/unit/stats/special.test.ts.
 */
import { bd0, logGamma, normalQuantile, solveIncreasing, stirlerr } from './special-gamma';

const EPS = 1e-16;
const TINY = 1e-300;
const LN_2PI = Math.log(2 * Math.PI);

/** ln B(a, b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln(x^a y^b / B(a, b)) with y = 1 − x, in Loader's form (accurate for a, b in the millions). */
function logBetaPrefactor(x: number, y: number, a: number, b: number): number {
  const n = a + b;
  return -bd0(a, n * x) - bd0(b, n * y) + 0.5 * Math.log((a / n) * b) - 0.5 * LN_2PI - stirlerr(a) - stirlerr(b) + stirlerr(n);
}

/** Continued fraction of I_x(a, b) · a B(a, b) / (x^a y^b) (modified Lentz; converges fast for x < (a + 1) / (a + b + 2)). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  let c = 1;
  let d = 1 - (qab * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 1e6; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/** Both tails of the regularised incomplete beta, I_x(a, b) and 1 − I_x(a, b); `y` = 1 − x when the caller knows it better. */
export function incompleteBeta(x: number, a: number, b: number, y = 1 - x): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (y <= 0) return { lower: 1, upper: 0 };
  const pre = Math.exp(logBetaPrefactor(x, y, a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (pre * betaContinuedFraction(x, a, b)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (pre * betaContinuedFraction(y, b, a)) / b;
  return { lower: 1 - upper, upper };
}

function invalidBeta(x: number, a: number, b: number): boolean {
  return Number.isNaN(x) || !(a > 0) || !(b > 0) || a === Number.POSITIVE_INFINITY || b === Number.POSITIVE_INFINITY;
}

/** Regularised incomplete beta I_x(a, b) (R's pbeta(x, a, b)): drop-in for stdlib's betainc(x, a, b). */
export function betainc(x: number, a: number, b: number): number {
  if (invalidBeta(x, a, b) || x < 0 || x > 1) return Number.NaN;
  return incompleteBeta(x, a, b).lower;
}

/** 1 − I_x(a, b) without cancellation (R's pbeta(x, a, b, lower.tail = FALSE)). */
export function betaincUpper(x: number, a: number, b: number): number {
  if (invalidBeta(x, a, b) || x < 0 || x > 1) return Number.NaN;
  return incompleteBeta(x, a, b).upper;
}

/** A starting point for the beta quantile: Cornish–Fisher (AS 109) for a, b > 1, else the tail approximations x^a / (a B) and 1 − y^b / (b B). */
function betaStart(prob: number, upperTail: boolean, a: number, b: number, logB: number): number {
  const p = upperTail ? 1 - prob : prob;
  if (a > 1 && b > 1) {
    const yq = -normalQuantile(p);
    const r = (yq * yq - 3) / 6;
    const s = 1 / (2 * a - 1);
    const t = 1 / (2 * b - 1);
    const h = 2 / (s + t);
    const w = (yq * Math.sqrt(h + r)) / h - (t - s) * (r + 5 / 6 - 2 / (3 * h));
    const x = a / (a + b * Math.exp(2 * w));
    if (x > 0 && x < 1) return x;
  }
  const mean = a / (a + b);
  const atMean = incompleteBeta(mean, a, b);
  if (upperTail ? atMean.upper <= prob : atMean.lower >= prob) {
    // The quantile is below the mean: the lower-tail approximation.
    const lowTail = upperTail ? 1 - prob : prob;
    return Math.min(Math.exp((Math.log(lowTail * a) + logB) / a), mean);
  }
  const highTail = upperTail ? prob : 1 - prob;
  return Math.max(1 - Math.exp((Math.log(highTail * b) + logB) / b), mean);
}

/** The x with I_x(a, b) = prob (or 1 − I_x(a, b) = prob when upperTail). */
export function betaQuantileTail(prob: number, a: number, b: number, upperTail: boolean): number {
  if (Number.isNaN(prob) || prob < 0 || prob > 1 || invalidBeta(0, a, b)) return Number.NaN;
  if (prob === 0) return upperTail ? 1 : 0;
  if (prob === 1) return upperTail ? 0 : 1;
  const logB = logBeta(a, b);
  return solveIncreasing((x) => {
    const y = 1 - x;
    const { lower, upper } = incompleteBeta(x, a, b, y);
    const density = Math.exp(logBetaPrefactor(x, y, a, b)) / (x * y);
    return [upperTail ? prob - upper : lower - prob, density];
  }, betaStart(prob, upperTail, a, b, logB), 0, 1);
}

/** Quantile of Beta(a, b) (R's qbeta(p, a, b)): drop-in for stdlib's beta quantile. */
export function betaQuantile(p: number, a: number, b: number): number {
  return p > 0.5 ? betaQuantileTail(1 - p, a, b, true) : betaQuantileTail(p, a, b, false);
}

function invalidBinomial(n: number, p: number): boolean {
  return !(n >= 0) || !Number.isInteger(n) || !(p >= 0 && p <= 1);
}

/** P(X = k) for X ~ Bin(n, p) (R's dbinom; Loader's algorithm): drop-in for stdlib's binomial pmf. */
export function binomialPmf(k: number, n: number, p: number): number {
  if (Number.isNaN(k) || invalidBinomial(n, p)) return Number.NaN;
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return n === 0 ? 1 : Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
  if (k === n) return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
  const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}

/** P(X ≤ k) for X ~ Bin(n, p) (R's pbinom): drop-in for stdlib's binomial cdf. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (Number.isNaN(k) || invalidBinomial(n, p)) return Number.NaN;
  const j = Math.floor(k + 1e-7);
  if (j < 0) return 0;
  if (j >= n) return 1;
  return incompleteBeta(p, j + 1, n - j).upper;
}

/** Quantile of Student's t with df > 0 degrees of freedom (R's qt(p, df)); df = Infinity gives the normal quantile. */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df) || p < 0 || p > 1 || !(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalQuantile(p);
  if (p === 0.5) return 0;
  if (p === 0 || p === 1) return p === 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  // |T| beyond the quantile has probability 2 min(p, 1 − p), taken from p itself below ½ (1 − (1 − p) ≠ p in floating point).
  const sign = p < 0.5 ? -1 : 1;
  const twoTail = 2 * (p < 0.5 ? p : 1 - p);
  // t² / (df + t²) = y with y ~ Beta(½, df/2) and P(Y > y) = twoTail; solved for y, or for x = 1 − y ~ Beta(df/2, ½)
  // when x is the small one. Which one is small is told, closely enough, by the normal quantile (y < ½ when t² < df).
  const z = normalQuantile(p);
  if (z * z >= df) {
    const x = betaQuantileTail(twoTail, df / 2, 0.5, false);
    return sign * Math.sqrt((df * (1 - x)) / x);
  }
  const y = betaQuantileTail(twoTail, 0.5, df / 2, true);
  return sign * Math.sqrt((df * y) / (1 - y));
}
