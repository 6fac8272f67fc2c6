import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { surveyChange, surveyDispersion } from '../../../src/lib/stats/proportion-did';
import { expectClose, type JsonNum } from './helpers';

interface Place {
  x: number | number[];
  n: number | number[];
  deff: number;
}
interface Reference {
  dispersion: { places: Place[]; raw: JsonNum; df: number }[];
  change: { own: number[]; group: number[] | null; deffo: number; deffg: number; phi: number; df: JsonNum; level: number; ratio: JsonNum; low: JsonNum; high: JsonNum; se: JsonNum; p: JsonNum }[];
}

/** Written by scripts/proportion-did-reference.R. */
const ref = JSON.parse(readFileSync(new URL('../../fixtures/proportion-did-reference.json', import.meta.url), 'utf8')) as Reference;
const arr = (v: number | number[]) => (Array.isArray(v) ? v : [v]);
const num = (v: JsonNum) => (typeof v === 'number' ? v : Number(v));

describe('surveyDispersion matches quasibinomial glm ~ factor(place)', () => {
  it.each(ref.dispersion.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const places = c.places.map((p) => arr(p.x).map((x, j) => ({ x, n: arr(p.n)[j] ?? Number.NaN, deff: p.deff })));
    const d = surveyDispersion(places);
    expectClose(d.raw, c.raw, 'raw');
    expect(d.df).toBe(c.df);
    expectClose(d.phi, Math.max(1, num(c.raw)), 'phi');
  });
});

describe('surveyChange matches the binomial glm with a fixed dispersion', () => {
  it.each(ref.change.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const [b1, bn, a1, an] = c.own as [number, number, number, number];
    const own = { before: { x: b1, n: bn, deff: c.deffo }, after: { x: a1, n: an, deff: c.deffo } };
    const g = c.group as [number, number, number, number] | null;
    const group = g ? { before: { x: g[0], n: g[1], deff: c.deffg }, after: { x: g[2], n: g[3], deff: c.deffg } } : null;
    const r = surveyChange(own, group, c.phi, { better: 'higher', df: num(c.df), level: c.level });
    const used = r.relative ?? r.own;
    expect(r.basis).toBe(group ? 'relative' : 'own');
    expectClose(used?.ratio ?? Number.NaN, c.ratio, 'ratio');
    expectClose(used?.low ?? Number.NaN, c.low, 'low');
    expectClose(used?.high ?? Number.NaN, c.high, 'high');
    expectClose(used?.se ?? Number.NaN, c.se, 'se');
    expectClose(used?.p ?? Number.NaN, c.p, 'p');
  });
});

describe('surveyChange verdicts', () => {
  const pair = (x1: number, n1: number, x2: number, n2: number) => ({ before: { x: x1, n: n1 }, after: { x: x2, n: n2 } });
  it.each([
    { label: 'a large rise, higher is better', own: pair(300, 1000, 450, 1000), better: 'higher' as const, expected: 'improved' },
    { label: 'a large rise, lower is better', own: pair(300, 1000, 450, 1000), better: 'lower' as const, expected: 'worsened' },
    { label: 'a small change', own: pair(300, 1000, 310, 1000), better: 'higher' as const, expected: 'cannot-tell' },
    { label: 'too few respondents', own: pair(10, 25, 20, 25), better: 'higher' as const, expected: 'too-few' },
    { label: 'too few positive answers', own: pair(2, 400, 30, 400), better: 'higher' as const, expected: 'too-few' },
  ])('$label → $expected', ({ own, better, expected }) => {
    expect(surveyChange(own, null, 1, { better }).verdict).toBe(expected);
  });

  it('a change the group shares is not credited', () => {
    const own = pair(300, 1000, 450, 1000);
    expect(surveyChange(own, null, 1, { better: 'higher' }).verdict).toBe('improved');
    expect(surveyChange(own, pair(600, 2000, 900, 2000), 1, { better: 'higher' }).verdict).toBe('cannot-tell');
  });

  it('a dispersion above 1 widens the interval and can take the verdict away', () => {
    const own = pair(300, 1000, 350, 1000);
    const plain = surveyChange(own, null, 1, { better: 'higher' });
    const wide = surveyChange(own, null, 4, { better: 'higher', df: 5 });
    expect(plain.verdict).toBe('improved');
    expect(wide.verdict).toBe('cannot-tell');
    expect((wide.own?.high ?? 0) - (wide.own?.low ?? 0)).toBeGreaterThan((plain.own?.high ?? 0) - (plain.own?.low ?? 0));
    expect(wide.detectable?.increase ?? 0).toBeGreaterThan(plain.detectable?.increase ?? 0);
  });

  it('the detectable change is the one found with 80 % power: a true change of that size gives z ≈ 2.80', () => {
    const r = surveyChange(pair(300, 1000, 300, 1000), null, 1, { better: 'higher' });
    const up = 0.3 + (r.detectable?.increase ?? 0);
    // On the log-odds scale the detectable change is (1.96 + 0.84) standard errors.
    const se = Math.sqrt(2 * (1 / 300 + 1 / 700));
    expect((Math.log(up / (1 - up)) - Math.log(0.3 / 0.7)) / se).toBeCloseTo(1.959964 + 0.841621, 5);
  });

  it('a group with too few respondents is left out and the own change is used', () => {
    const r = surveyChange(pair(300, 1000, 450, 1000), pair(5, 20, 6, 20), 1, { better: 'higher' });
    expect(r.basis).toBe('own');
    expect(r.relative).toBeNull();
  });
});
