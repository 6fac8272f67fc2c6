/**
 * Placebo for the survey verdict the views use (surveyChange with a dispersion from the surveys'
 * own variation and a comparison group): seeded places whose true shares drift between survey
 * years like the shipped example data (logit AR(1), autocorrelation 0.6, sd 0.12), no effect of
 * any promise. Compared: survey 1 against survey 3 of one place, relative to two others pooled, φ
 * from the place's survey before and the others' surveys up to survey 3 (the rule of
 * decision/survey-evidence.ts). Printed rates are recorded in README.md.
 */
import { describe, expect, it } from 'vitest';
import { surveyChange, surveyDispersion } from '../../../src/lib/stats/proportion-did';
import type { SurveyCount } from '../../../src/lib/stats/proportion-compare';
import { mulberry32, normal, type Rng } from './simulate';

const REPS = 1000;
const SURVEYS = 3;

function binomial(n: number, p: number, rng: Rng): number {
  let x = 0;
  for (let i = 0; i < n; i++) if (rng() < p) x++;
  return x;
}

function place(n: number, base: number, sd: number, rng: Rng): SurveyCount[] {
  let walk = 0;
  return Array.from({ length: SURVEYS }, () => {
    walk = 0.6 * walk + sd * normal(rng);
    const p = 1 / (1 + Math.exp(-(Math.log(base / (1 - base)) + walk)));
    return { x: binomial(n, p, rng), n };
  });
}

function rate(n: number, base: number, sd: number, seed: number, useDispersion = true): number {
  const rng = mulberry32(seed);
  let called = 0;
  let assessed = 0;
  for (let r = 0; r < REPS; r++) {
    const [own, a, b] = [place(n, base, sd, rng), place(n, base, sd, rng), place(n, base, sd, rng)];
    const pool = (i: number) => ({ x: (a[i]?.x ?? 0) + (b[i]?.x ?? 0), n: 2 * n });
    const d = surveyDispersion([own.slice(0, 1), a, b]);
    const c = surveyChange(
      { before: own[0] ?? { x: 0, n }, after: own[2] ?? { x: 0, n } },
      { before: pool(0), after: pool(2) },
      useDispersion ? d.phi : 1,
      { better: 'higher', df: useDispersion && d.df > 0 ? d.df : Number.POSITIVE_INFINITY },
    );
    if (c.verdict === 'too-few') continue;
    assessed++;
    if (c.verdict === 'improved' || c.verdict === 'worsened') called++;
  }
  return called / assessed;
}

describe('surveyChange on drifting placebo surveys (no effect, seeded)', () => {
  const grid = [150, 500].flatMap((n) => [0.15, 0.68].map((base) => ({ n, base })));
  const rates: string[] = [];

  it.each(grid)('n $n, share $base: a change is called in at most 5 % of cases', ({ n, base }) => {
    const r = rate(n, base, 0.12, 1000 + n + Math.round(base * 100));
    rates.push(`n ${n}, p ${base}: ${(100 * r).toFixed(1)} %`);
    expect(r).toBeLessThanOrEqual(0.05);
  });

  it('without the dispersion the same drift is called far more often (why φ is there)', () => {
    const withPhi = rate(500, 0.68, 0.12, 77);
    const without = rate(500, 0.68, 0.12, 77, false);
    console.log(`survey placebo: ${rates.join('; ')}; n 500, p 0.68 without φ: ${(100 * without).toFixed(1)} %, with: ${(100 * withPhi).toFixed(1)} %`);
    expect(without).toBeGreaterThan(0.1);
    expect(withPhi).toBeLessThan(without);
  });
});
