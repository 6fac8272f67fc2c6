/**
 * assessIndicator on seeded negative-binomial series: without an effect it may call a change in at
 * most 5 % of cases; with a true 30 % change in a municipality of 25 000 inhabitants the test
 * reports (and checks roughly) how often the change is detected. The numbers are printed.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/lib/stats';
import { LEVELS, powerTable, REPS, share } from './nb-scenario';

const anyCall = (a: Assessment) => a.verdict === 'improved' || a.verdict === 'worsened';
const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

describe('assessIndicator on seeded negative-binomial series (theta 200, 25 000 inhabitants, 9 neighbours)', () => {
  it('calls a change in at most 5 % of series without an effect', () => {
    const rates = LEVELS.map((level, i) => share(level, 1, 20260101 + i, anyCall));
    LEVELS.forEach((level, i) => console.info(`NB placebo, ${level} per 100 000: change called in ${pct(rates[i]!)} of ${REPS}`));
    const overall = rates.reduce((s, r) => s + r, 0) / rates.length;
    expect(overall).toBeLessThanOrEqual(0.05);
    for (const r of rates) expect(r).toBeLessThanOrEqual(0.06);
  });

  it('reports how often a true 30 % decrease or increase is detected', () => {
    const rows = powerTable();
    for (const r of rows) {
      console.info(`NB power, ${r.level} per 100 000 (about ${r.crimesPerYear.toFixed(0)} crimes a year): −30 % detected in ${pct(r.down)}, +30 % in ${pct(r.up)}`);
    }
    // More crimes give more power: the largest level detects more than the smallest.
    expect(rows.at(-1)!.down).toBeGreaterThan(rows[0]!.down);
  });
});
