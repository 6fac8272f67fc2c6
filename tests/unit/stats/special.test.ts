import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  betainc,
  betaincUpper,
  betaQuantile,
  binomialCdf,
  binomialPmf,
  erfc,
  gammainc,
  gammaincUpper,
  gammaQuantile,
  logGamma,
  normalQuantile,
  studentTQuantile,
} from '../../../src/lib/stats/special';
import type { JsonNum } from './helpers';
import { solveGammaQuantile } from '../../../src/lib/stats/special-gamma';

interface SpecialReference {
  lgamma: { a: number; value: JsonNum }[];
  pgamma: { x: number; shape: number; lower: JsonNum; upper: JsonNum }[];
  qgamma: { p: number; shape: number; value: JsonNum }[];
  erfc: { x: number; value: JsonNum }[];
  qnorm: { p: number; mu: number; sigma: number; value: JsonNum }[];
  pbeta: { x: number; a: number; b: number; lower: JsonNum; upper: JsonNum }[];
  qbeta: { p: number; a: number; b: number; value: JsonNum }[];
  binom: { k: number; n: number; p: number; pmf: JsonNum; cdf: JsonNum }[];
  qt: { p: number; df: number; value: JsonNum }[];
}

/** Written by scripts/special-reference.R (R's own functions, never this code). */
const ref = JSON.parse(readFileSync(new URL('../../fixtures/special-reference.json', import.meta.url), 'utf8')) as SpecialReference;

const num = (v: JsonNum): number => (typeof v === 'number' ? v : Number(v));

/** Relative error, or absolute error below `floor` (where a relative error means nothing: lgamma(1) = 0, erfc(∞) underflows). */
function relErr(actual: number, expected: number, floor = 1e-300): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
}

/** Checks every case, reporting the worst ones together. */
function expectAll<T>(cases: readonly T[], tol: number, check: (c: T) => [label: string, actual: number, expected: number, floor?: number][]): void {
  const bad: string[] = [];
  for (const c of cases) {
    for (const [label, actual, expected, floor] of check(c)) {
      const e = relErr(actual, expected, floor);
      if (!(e <= tol)) bad.push(`${label}: got ${actual}, R ${expected} (rel. error ${e.toExponential(2)})`);
    }
  }
  expect(bad, bad.slice(0, 20).join('\n')).toEqual([]);
}

const TOL = 1e-10;

describe('special functions match R', () => {
  it('logGamma = lgamma', () => {
    expectAll(ref.lgamma, TOL, (c) => [[`lgamma(${c.a})`, logGamma(c.a), num(c.value), 1]]);
  });
  it('gammainc, gammaincUpper = pgamma (both tails)', () => {
    expectAll(ref.pgamma, TOL, (c) => [
      [`pgamma(${c.x}, ${c.shape})`, gammainc(c.x, c.shape), num(c.lower)],
      [`pgamma(${c.x}, ${c.shape}, lower = FALSE)`, gammaincUpper(c.x, c.shape), num(c.upper)],
    ]);
  });
  it('gammaQuantile = qgamma', () => {
    expectAll(ref.qgamma, TOL, (c) => [[`qgamma(${c.p}, ${c.shape})`, gammaQuantile(c.p, c.shape), num(c.value)]]);
  });
  it('erfc = 2 pnorm(−x √2)', () => {
    expectAll(ref.erfc, TOL, (c) => [[`erfc(${c.x})`, erfc(c.x), num(c.value)]]);
  });
  it('normalQuantile = qnorm', () => {
    expectAll(ref.qnorm, TOL, (c) => [[`qnorm(${c.p}, ${c.mu}, ${c.sigma})`, normalQuantile(c.p, c.mu, c.sigma), num(c.value)]]);
  });
  it('betainc, betaincUpper = pbeta (both tails)', () => {
    expectAll(ref.pbeta, TOL, (c) => [
      [`pbeta(${c.x}, ${c.a}, ${c.b})`, betainc(c.x, c.a, c.b), num(c.lower)],
      [`pbeta(${c.x}, ${c.a}, ${c.b}, lower = FALSE)`, betaincUpper(c.x, c.a, c.b), num(c.upper)],
    ]);
  });
  it('betaQuantile = qbeta', () => {
    expectAll(ref.qbeta, TOL, (c) => [[`qbeta(${c.p}, ${c.a}, ${c.b})`, betaQuantile(c.p, c.a, c.b), num(c.value)]]);
  });
  it('binomialPmf = dbinom, binomialCdf = pbinom', () => {
    expectAll(ref.binom, TOL, (c) => [
      [`dbinom(${c.k}, ${c.n}, ${c.p})`, binomialPmf(c.k, c.n, c.p), num(c.pmf)],
      [`pbinom(${c.k}, ${c.n}, ${c.p})`, binomialCdf(c.k, c.n, c.p), num(c.cdf)],
    ]);
  });
  it('studentTQuantile = qt', () => {
    // qt(0.5, df) is 0 by symmetry; R returns its rounding error there (2e-16 for df = 0.7), so the median is checked against 0.
    expectAll(ref.qt, TOL, (c) => [[`qt(${c.p}, ${c.df})`, studentTQuantile(c.p, c.df), c.p === 0.5 ? 0 : num(c.value)]]);
  });
});

describe('special functions at the edges (as R)', () => {
  it('quantiles at p = 0 and 1', () => {
    expect([betaQuantile(0, 2, 3), betaQuantile(1, 2, 3)]).toEqual([0, 1]);
    expect([gammaQuantile(0, 2), gammaQuantile(1, 2)]).toEqual([0, Number.POSITIVE_INFINITY]);
    expect([normalQuantile(0), normalQuantile(1)]).toEqual([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
    expect([studentTQuantile(0, 3), studentTQuantile(1, 3)]).toEqual([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
  });
  it('NaN for impossible arguments', () => {
    for (const v of [betaQuantile(1.5, 2, 3), betaQuantile(0.5, 0, 3), betainc(0.5, -1, 2), gammaQuantile(-0.1, 2), normalQuantile(0.5, 0, -1), binomialPmf(1, 2.5, 0.5), binomialCdf(1, 10, 1.2), studentTQuantile(0.9, 0)]) {
      expect(v).toBeNaN();
    }
  });
  it('binomial outside the support and at non-integer counts', () => {
    expect([binomialPmf(-1, 10, 0.3), binomialPmf(11, 10, 0.3), binomialPmf(2.5, 10, 0.3)]).toEqual([0, 0, 0]);
    expect([binomialCdf(-1, 10, 0.3), binomialCdf(10, 10, 0.3), binomialCdf(12, 10, 0.3)]).toEqual([0, 1, 1]);
    expect([binomialPmf(0, 10, 0), binomialPmf(10, 10, 1)]).toEqual([1, 1]);
  });
  it('incomplete functions at the ends of their range', () => {
    expect([betainc(0, 2, 3), betainc(1, 2, 3), betaincUpper(0, 2, 3), betaincUpper(1, 2, 3)]).toEqual([0, 1, 1, 0]);
    expect([gammainc(0, 2), gammaincUpper(0, 2), gammainc(Number.POSITIVE_INFINITY, 2)]).toEqual([0, 1, 1]);
    expect([erfc(Number.POSITIVE_INFINITY), erfc(Number.NEGATIVE_INFINITY), erfc(0)]).toEqual([0, 2, 1]);
  });
});

describe('gammaQuantile keeps its answers', () => {
  it('gives the same value from the cache as solving afresh, for counts asked twice', () => {
    const cases: [number, number][] = [];
    for (const shape of [0.5, 1, 2, 7, 40, 41, 312, 1500, 98765]) for (const p of [0.025, 0.975, 0.5]) cases.push([p, shape]);
    const first = cases.map(([p, a]) => gammaQuantile(p, a));
    const again = cases.map(([p, a]) => gammaQuantile(p, a));
    const fresh = cases.map(([p, a]) => solveGammaQuantile(p, a));
    expect(again).toEqual(first);
    expect(first).toEqual(fresh);
    // Not one value for every question: p and shape both enter the key.
    expect(gammaQuantile(0.025, 40)).not.toBe(gammaQuantile(0.025, 41));
    expect(gammaQuantile(0.025, 40)).not.toBe(gammaQuantile(0.975, 40));
    expect(Number.isNaN(gammaQuantile(Number.NaN, 3))).toBe(true);
  });
});
