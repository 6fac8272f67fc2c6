import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** A number in the fixture; non-finite values are stored as strings. */
export type JsonNum = number | 'Infinity' | '-Infinity' | 'NaN';

export interface RefCountPop {
  count: number;
  population: number;
}
export interface RefRateCI {
  count: number;
  population: number;
  per: number;
  level: number;
  rate: JsonNum;
  low: JsonNum;
  high: JsonNum;
}
export interface RefRateRatio {
  a: RefCountPop;
  b: RefCountPop;
  level: number;
  ratio: JsonNum;
  low: JsonNum;
  high: JsonNum;
  p: JsonNum;
}
export interface RefTrend {
  name: string;
  level: number;
  points: { year: number; count: number; population: number }[];
  slope: JsonNum;
  se: JsonNum;
  annualRatio: JsonNum;
  low: JsonNum;
  high: JsonNum;
}
export interface RefPeriod extends RefCountPop {
  rate: JsonNum;
  low: JsonNum;
  high: JsonNum;
}
export interface RefCompare {
  baselineYears: [number, number];
  periodYears: [number, number];
  per: number;
  level: number;
  baseline: RefPeriod;
  period: RefPeriod;
  ratio: { ratio: JsonNum; low: JsonNum; high: JsonNum; p: JsonNum };
}
export interface RefDiD {
  target: { baseline: RefCountPop; period: RefCountPop };
  comparison: { baseline: RefCountPop; period: RefCountPop };
  ratio: JsonNum;
  low: JsonNum;
  high: JsonNum;
  excludesOne: boolean;
}
export interface Reference {
  rateCI: RefRateCI[];
  rateRatio: RefRateRatio[];
  poissonTrend: RefTrend[];
  comparePeriods: RefCompare[];
  differenceInDifferences: RefDiD[];
}

/** The R reference values written by scripts/stats-reference.R. */
export const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/stats-reference.json', import.meta.url), 'utf8'),
) as Reference;

/** Decodes a fixture number ("Infinity", "-Infinity", "NaN" are strings). */
export function num(v: JsonNum): number {
  if (v === 'Infinity') return Number.POSITIVE_INFINITY;
  if (v === '-Infinity') return Number.NEGATIVE_INFINITY;
  if (v === 'NaN') return Number.NaN;
  return v;
}

/**
 * Asserts agreement with an R value: same non-finite value (Infinity / NaN),
 * |actual| <= abs when the expected value is 0, else relative error <= rel.
 */
export function expectClose(actual: number, expectedRaw: JsonNum, label = '', rel = 1e-6, abs = 1e-12): void {
  const expected = num(expectedRaw);
  const msg = `${label}: got ${actual}, R says ${expected}`;
  if (Number.isNaN(expected)) {
    expect(Number.isNaN(actual), msg).toBe(true);
  } else if (!Number.isFinite(expected)) {
    expect(actual, msg).toBe(expected);
  } else if (expected === 0) {
    expect(Math.abs(actual), msg).toBeLessThanOrEqual(abs);
  } else {
    expect(Number.isFinite(actual), msg).toBe(true);
    expect(Math.abs(actual - expected) / Math.abs(expected), msg).toBeLessThanOrEqual(rel);
  }
}
