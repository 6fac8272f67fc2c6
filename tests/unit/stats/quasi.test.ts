import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectableChange,
  holmAdjust,
  pearsonDispersion,
  quasiDifferenceInDifferences,
  quasiPoissonTrend,
  quasiRateRatio,
  relativeTrend,
  type YearPoint,
} from '../../../src/lib/stats';
import { tQuantile } from '../../../src/lib/stats/quasi';
import { expectClose, num, type JsonNum, type RefCountPop } from './helpers';

interface QuasiReference {
  dispersion: { name: string; points: YearPoint[]; dispersion: JsonNum; df: number; slope: JsonNum; se: JsonNum; low: JsonNum; high: JsonNum }[];
  pooledDispersion: { series: YearPoint[][]; dispersion: JsonNum; df: number }[];
  quasiRateRatio: { a: RefCountPop; b: RefCountPop; phi: number; level: number; df: JsonNum; ratio: JsonNum; low: JsonNum; high: JsonNum; se: JsonNum; p: JsonNum }[];
  quasiDifferenceInDifferences: {
    target: { baseline: RefCountPop; period: RefCountPop };
    comparison: { baseline: RefCountPop; period: RefCountPop };
    phiTarget: number;
    phiComparison: number;
    dfTarget: JsonNum;
    dfComparison: JsonNum;
    df: JsonNum;
    ratio: JsonNum;
    low: JsonNum;
    high: JsonNum;
    se: JsonNum;
    p: JsonNum;
  }[];
  detectableChange: { se: number; level: number; power: number; df: JsonNum; decrease: JsonNum; increase: JsonNum }[];
  tQuantile: { p: number; df: number; q: JsonNum }[];
  holmAdjust: { p: number[]; adjusted: JsonNum[] }[];
  relativeTrend: { own: YearPoint[]; group: YearPoint[]; phi: JsonNum; slope: JsonNum; se: JsonNum; low: JsonNum; high: JsonNum }[];
}

/** Written by scripts/quasi-reference.R. */
const ref = JSON.parse(readFileSync(new URL('../../fixtures/quasi-reference.json', import.meta.url), 'utf8')) as QuasiReference;

describe('pearsonDispersion matches summary(glm(..., quasipoisson))$dispersion', () => {
  it.each(ref.dispersion.map((c) => [c.name, c] as const))('%s', (label, c) => {
    const d = pearsonDispersion([c.points]);
    expect(d.df).toBe(c.df);
    expectClose(d.raw, c.dispersion, `${label} dispersion`);
    expect(d.phi).toBe(Math.max(1, d.raw));
  });
  it.each(ref.pooledDispersion.map((c, i) => [i, c] as const))('pooled over series, case %i (factor(series) * year)', (_, c) => {
    const d = pearsonDispersion(c.series);
    expect(d.df).toBe(c.df);
    expectClose(d.raw, c.dispersion, 'pooled dispersion');
  });
  it('has no degrees of freedom for two years, and then phi = 1', () => {
    const d = pearsonDispersion([[{ year: 2015, count: 10, population: 1000 }, { year: 2016, count: 30, population: 1000 }]]);
    expect(d).toMatchObject({ df: 0, phi: 1 });
    expect(Number.isNaN(d.raw)).toBe(true);
  });
});

describe('quasiPoissonTrend matches glm(count ~ year + offset(log(population)), quasipoisson)', () => {
  it.each(ref.dispersion.map((c) => [c.name, c] as const))('%s', (label, c) => {
    const phi = pearsonDispersion([c.points]).raw;
    const t = quasiPoissonTrend(c.points, phi);
    expect(t).not.toBeNull();
    if (!t) return;
    expectClose(t.slope, c.slope, `${label} slope`);
    expectClose(t.se, c.se, `${label} se`);
    expectClose(t.low, c.low, `${label} low`);
    expectClose(t.high, c.high, `${label} high`);
  });
});

describe('quasiRateRatio matches the quasi-Poisson glm with a given dispersion', () => {
  it.each(ref.quasiRateRatio.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const r = quasiRateRatio(c.a, c.b, c.phi, { level: c.level, df: num(c.df) });
    expect(r).not.toBeNull();
    if (!r) return;
    for (const k of ['ratio', 'low', 'high', 'se', 'p'] as const) expectClose(r[k], c[k], `case ${i} ${k}`);
  });
  it('returns null when a count is 0 and rejects a bad phi', () => {
    expect(quasiRateRatio({ count: 0, population: 100 }, { count: 5, population: 100 }, 1)).toBeNull();
    expect(() => quasiRateRatio({ count: 3, population: 100 }, { count: 5, population: 100 }, 0)).toThrow(RangeError);
  });
});

describe('quasiDifferenceInDifferences matches the weighted saturated glm', () => {
  it.each(ref.quasiDifferenceInDifferences.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const r = quasiDifferenceInDifferences(c.target, c.comparison, c.phiTarget, c.phiComparison, { df: [num(c.dfTarget), num(c.dfComparison)] });
    expectClose(r?.df ?? Number.NaN, c.df, `case ${i} df`);
    expect(r).not.toBeNull();
    if (!r) return;
    for (const k of ['ratio', 'low', 'high', 'se', 'p'] as const) expectClose(r[k], c[k], `case ${i} ${k}`);
  });
});

describe('detectableChange and holmAdjust match R', () => {
  it.each(ref.detectableChange.map((c) => [c.se, c] as const))('se %f', (_, c) => {
    const d = detectableChange(c.se, { level: c.level, power: c.power, df: num(c.df) });
    expectClose(d.decrease, c.decrease, 'decrease');
    expectClose(d.increase, c.increase, 'increase');
  });
  it.each(ref.tQuantile.map((c) => [c.p, c.df, c] as const))('qt(%f, %f)', (_, __, c) => {
    expectClose(tQuantile(c.p, c.df), c.q, 'qt');
  });
  it.each(ref.holmAdjust.map((c) => [c.p.join(', '), c] as const))('p.adjust(c(%s), "holm")', (_, c) => {
    const adj = holmAdjust(c.p);
    expect(adj).toHaveLength(c.adjusted.length);
    adj.forEach((v, i) => expectClose(v, c.adjusted[i] ?? 'NaN', `adjusted[${i}]`));
  });
});

describe('relativeTrend matches the quasi-Poisson glm with the group rate as offset', () => {
  it.each(ref.relativeTrend.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const t = relativeTrend(c.own, c.group, [2000, 2030]);
    expect(t).not.toBeNull();
    if (!t) return;
    expectClose(t.dispersion.phi, c.phi, `case ${i} phi`);
    for (const k of ['slope', 'se', 'low', 'high'] as const) expectClose(t[k], c[k], `case ${i} ${k}`);
  });
});
