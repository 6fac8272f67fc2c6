import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareProportions, detectableShareChange, proportionCI, twoProportionTest, type Better } from '../../../src/lib/stats';
import { expectClose, type JsonNum } from './helpers';

interface Interval {
  low: JsonNum;
  high: JsonNum;
}
interface TestRef {
  p: JsonNum;
  low: JsonNum;
  high: JsonNum;
}
interface ProportionReference {
  proportionCI: { x: number; n: number; level: number; deff: number; share: JsonNum; wilson: Interval; clopperPearson: Interval }[];
  clopperPearsonFractional: ({ x: number; n: number; level: number; deff: number } & Interval)[];
  compareProportions: { before: { x: number; n: number; deff: number }; after: { x: number; n: number; deff: number }; level: number; plain: TestRef; yates: TestRef }[];
  detectableShareChange: { p0: number; n: number; level: number; power: number; increase: JsonNum; decrease: JsonNum }[];
}

/** Written by scripts/proportion-reference.R. */
const ref = JSON.parse(readFileSync(new URL('../../fixtures/proportion-reference.json', import.meta.url), 'utf8')) as ProportionReference;

interface PowerBand {
  p2At077: number;
  p2At083: number;
}
/** Written by scripts/proportion-power-reference.R. */
const powerRef = JSON.parse(readFileSync(new URL('../../fixtures/proportion-power-reference.json', import.meta.url), 'utf8')) as {
  exactPowerBands: { p0: number; n1: number; n2: number; increase: PowerBand; decrease: PowerBand }[];
};

describe('proportionCI matches prop.test (Wilson) and binom.test (Clopper–Pearson)', () => {
  it.each(ref.proportionCI.map((c) => [`${c.x} of ${c.n}, level ${c.level}, deff ${c.deff}`, c] as const))('%s', (label, c) => {
    const w = proportionCI(c.x, c.n, { level: c.level, deff: c.deff, method: 'wilson' });
    const cp = proportionCI(c.x, c.n, { level: c.level, deff: c.deff, method: 'clopper-pearson' });
    expectClose(w.share, c.share, `${label} share`);
    expectClose(w.low, c.wilson.low, `${label} Wilson low`);
    expectClose(w.high, c.wilson.high, `${label} Wilson high`);
    expectClose(cp.low, c.clopperPearson.low, `${label} Clopper–Pearson low`);
    expectClose(cp.high, c.clopperPearson.high, `${label} Clopper–Pearson high`);
    expect(w.effectiveN).toBe(c.n / c.deff);
  });
  it.each(ref.clopperPearsonFractional.map((c) => [`${c.x} of ${c.n}, deff ${c.deff}`, c] as const))('Clopper–Pearson with non-integer effective counts: %s', (label, c) => {
    const cp = proportionCI(c.x, c.n, { level: c.level, deff: c.deff, method: 'clopper-pearson' });
    expectClose(cp.low, c.low, `${label} low`);
    expectClose(cp.high, c.high, `${label} high`);
  });
  it('defaults to Wilson at 95 % without a design effect', () => {
    expect(proportionCI(30, 100)).toEqual(proportionCI(30, 100, { method: 'wilson', level: 0.95, deff: 1 }));
  });
  it('widens with the design effect and keeps the share', () => {
    const plain = proportionCI(300, 1000);
    const deff = proportionCI(300, 1000, { deff: 2 });
    expect(deff.share).toBe(plain.share);
    expect(deff.high - deff.low).toBeGreaterThan(plain.high - plain.low);
  });
  it.each([
    [-1, 10, {}],
    [11, 10, {}],
    [5, 0, {}],
    [Number.NaN, 10, {}],
    [5, 10, { deff: 0.5 }],
    [5, 10, { level: 1 }],
  ] as const)('refuses %s of %s with %o', (x, n, options) => {
    expect(() => proportionCI(x, n, options)).toThrow(RangeError);
  });
});

describe('twoProportionTest and compareProportions match prop.test(c(after, before))', () => {
  it.each(ref.compareProportions.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const eff = (s: { x: number; n: number; deff: number }) => [s.x / s.deff, s.n / s.deff] as const;
    const [x1, n1] = eff(c.before);
    const [x2, n2] = eff(c.after);
    for (const [correct, r] of [[false, c.plain], [true, c.yates]] as const) {
      const t = twoProportionTest(x1, n1, x2, n2, { level: c.level, correct });
      for (const k of ['p', 'low', 'high'] as const) expectClose(t[k], r[k], `case ${i} correct=${String(correct)} ${k}`);
    }
    const v = compareProportions(c.before, c.after, { better: 'higher', level: c.level, minRespondents: 1, minExpected: 0 });
    expectClose(v.p, c.yates.p, `case ${i} verdict p`);
    expectClose(v.low, c.yates.low, `case ${i} verdict low`);
    expect(v.difference).toBeCloseTo(c.after.x / c.after.n - c.before.x / c.before.n, 12);
  });
});

describe('compareProportions: the verdict depends on which direction is better', () => {
  const cases: { name: string; before: [number, number]; after: [number, number]; better: Better; deff?: number; verdict: string }[] = [
    { name: 'more feel safe, higher is better', before: [620, 1000], after: [680, 1000], better: 'higher', verdict: 'improved' },
    { name: 'more feel safe, lower is better', before: [620, 1000], after: [680, 1000], better: 'lower', verdict: 'worsened' },
    { name: 'fewer victims, lower is better', before: [130, 412], after: [95, 398], better: 'lower', verdict: 'improved' },
    { name: 'fewer victims, higher is better', before: [130, 412], after: [95, 398], better: 'higher', verdict: 'worsened' },
    { name: 'a small difference', before: [45, 120], after: [52, 118], better: 'higher', verdict: 'cannot-tell' },
    { name: 'the same change, but a design effect of 3', before: [620, 1000], after: [680, 1000], better: 'higher', deff: 3, verdict: 'cannot-tell' },
    { name: 'no change at all', before: [50, 100], after: [50, 100], better: 'higher', verdict: 'cannot-tell' },
    { name: 'fewer than 30 respondents', before: [5, 25], after: [20, 25], better: 'higher', verdict: 'too-few' },
    { name: 'fewer than 30 effective respondents', before: [20, 50], after: [40, 50], better: 'higher', deff: 2, verdict: 'too-few' },
    { name: 'almost nobody answers yes', before: [1, 400], after: [3, 400], better: 'lower', verdict: 'too-few' },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = compareProportions({ x: c.before[0], n: c.before[1], deff: c.deff }, { x: c.after[0], n: c.after[1], deff: c.deff }, { better: c.better });
    expect(r.verdict).toBe(c.verdict);
    if (c.verdict === 'too-few') {
      expect(r.detectable).toBeNull();
      expect(Number.isNaN(r.p)).toBe(true);
    } else expect(r.detectable).not.toBeNull();
  });
  it('does not call p = 0.05 at level 0.95', () => {
    // A case whose p is exactly on the boundary cannot be constructed from counts; the rule is that of verdictFor.
    const r = compareProportions({ x: 45, n: 120 }, { x: 52, n: 118 }, { better: 'higher', level: 0.95 });
    expect(r.p).toBeGreaterThan(0.05);
    expect(r.verdict).toBe('cannot-tell');
  });
});

describe('detectableShareChange matches power.prop.test', () => {
  it.each(ref.detectableShareChange.map((c) => [`p0 ${c.p0}, n ${c.n}`, c] as const))('without correction: %s', (label, c) => {
    const d = detectableShareChange(c.p0, c.n, c.n, { level: c.level, power: c.power, correct: false });
    expect(d.increase).not.toBeNull();
    expect(d.decrease).not.toBeNull();
    expectClose(d.increase ?? Number.NaN, c.increase, `${label} increase`);
    expectClose(d.decrease ?? Number.NaN, c.decrease, `${label} decrease`);
  });
  // R's exact power of the corrected test (every outcome summed): the p2 at which it is 0.77 and 0.83.
  it.each(powerRef.exactPowerBands.map((c) => [c.p0, c.n1, c.n2, c] as const))(
    'with correction (the test of the verdict): p0 %s, n %s and %s has exact power in [0.77, 0.83]',
    (p0, n1, n2, c) => {
      const d = detectableShareChange(p0, n1, n2);
      const up = p0 + (d.increase ?? Number.NaN);
      const down = p0 - (d.decrease ?? Number.NaN);
      expect(up).toBeGreaterThan(c.increase.p2At077);
      expect(up).toBeLessThan(c.increase.p2At083);
      expect(down).toBeLessThan(c.decrease.p2At077);
      expect(down).toBeGreaterThan(c.decrease.p2At083);
      expect(d.increase ?? 0).toBeGreaterThan(detectableShareChange(p0, n1, n2, { correct: false }).increase ?? 1);
    },
  );
  it('is null towards a share that cannot move far enough', () => {
    const d = detectableShareChange(0.99, 30, 30);
    expect(d.increase).toBeNull();
    expect(d.decrease).toBeGreaterThan(0);
  });
  it('shrinks as the samples grow, also when they differ', () => {
    const small = detectableShareChange(0.4, 200, 300);
    const big = detectableShareChange(0.4, 800, 1200);
    expect(big.increase ?? 1).toBeLessThan(small.increase ?? 0);
    const between = detectableShareChange(0.4, 200, 1200).increase ?? 0;
    expect(between).toBeLessThan(detectableShareChange(0.4, 200, 200).increase ?? 0);
    expect(between).toBeGreaterThan(detectableShareChange(0.4, 1200, 1200).increase ?? 1);
  });
});
