/**
 * Placebo for the survey indicators: two surveys of the same population with no change between
 * them (seeded). compareProportions must call a change (improved or worsened) in at most 5 % of
 * cases, also for clustered samples when their design effect is given.
 */
import { describe, expect, it } from 'vitest';
import { compareProportions } from '../../../src/lib/stats';
import { mulberry32, type Rng } from './simulate';

const REPS = 1000;

function binomial(n: number, p: number, rng: Rng): number {
  let x = 0;
  for (let i = 0; i < n; i++) if (rng() < p) x++;
  return x;
}

/** n respondents in clusters of `size` (schools, areas) whose own share is p ± spread, half each. */
function clustered(n: number, p: number, size: number, spread: number, rng: Rng): number {
  let x = 0;
  for (let done = 0; done < n; done += size) x += binomial(Math.min(size, n - done), rng() < 0.5 ? p - spread : p + spread, rng);
  return x;
}

function falseAlarmRate(draw: (rng: Rng) => number, n: number, deff: number, seed: number): { called: number; assessed: number } {
  const rng = mulberry32(seed);
  let called = 0;
  let assessed = 0;
  for (let r = 0; r < REPS; r++) {
    const v = compareProportions({ x: draw(rng), n, deff }, { x: draw(rng), n, deff }, { better: 'higher' });
    if (v.verdict === 'too-few') continue;
    assessed++;
    if (v.verdict === 'improved' || v.verdict === 'worsened') called++;
  }
  return { called, assessed };
}

describe('compareProportions on placebo surveys (no change, seeded)', () => {
  const grid = [100, 400, 1500].flatMap((n) => [0.1, 0.3, 0.6, 0.85].map((p) => ({ n, p })));

  it('calls a change in at most 5 % of independent samples overall, and at most 7 % in any cell', () => {
    let called = 0;
    let assessed = 0;
    const cells: string[] = [];
    grid.forEach(({ n, p }, i) => {
      const r = falseAlarmRate((rng) => binomial(n, p, rng), n, 1, 20240101 + i);
      called += r.called;
      assessed += r.assessed;
      cells.push(`n ${n} p ${p}: ${((100 * r.called) / r.assessed).toFixed(1)} %`);
      expect(r.called / r.assessed, cells.at(-1)).toBeLessThanOrEqual(0.07);
    });
    const rate = called / assessed;
    console.info(`Placebo (binomial, ${grid.length} × ${REPS}): ${(100 * rate).toFixed(2)} % called; ${cells.join('; ')}`);
    expect(assessed).toBeGreaterThan(grid.length * REPS * 0.9);
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('stays at most 5 % on clustered samples when their design effect is given, and not without it', () => {
    // Clusters of 11 with shares 0.5 ± 0.158: intra-cluster correlation 0.1, deff = 1 + 10 × 0.1 = 2.
    const draw = (rng: Rng) => clustered(440, 0.5, 11, 0.158, rng);
    const withDeff = falseAlarmRate(draw, 440, 2, 7);
    const without = falseAlarmRate(draw, 440, 1, 7);
    console.info(`Placebo (clustered, deff 2): ${(100 * withDeff.called / withDeff.assessed).toFixed(1)} % with deff, ${(100 * without.called / without.assessed).toFixed(1)} % without`);
    expect(withDeff.called / withDeff.assessed).toBeLessThanOrEqual(0.05);
    expect(without.called / without.assessed).toBeGreaterThan(0.1);
  });
});
