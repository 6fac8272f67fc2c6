/**
 * assessIndicator on seeded negative-binomial series: without an effect it may call a change in at
 * most 5 % of cases; with a true 30 % change in a municipality of 25 000 inhabitants the test
 * reports (and checks roughly) how often the change is detected. The numbers are printed.
 */
import { describe, expect, it } from 'vitest';
import { assessIndicator, type Assessment, type YearPoint } from '../../../src/lib/stats';
import { mulberry32, negativeBinomial, normal, type Rng } from './simulate';

const YEARS = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017];
const PROMISE = 2017;
const TARGET_POPULATION = 25000;
/** Nine comparison municipalities, sized like Mariestad's neighbours in data/municipalities.csv. */
const GROUP_POPULATIONS = [55000, 39000, 9000, 5000, 9000, 11000, 7000, 13000, 24000];
/** Size of the negative binomial: variance mu + mu² / THETA. */
const THETA = 200;
/** Yearly crimes per 100 000 inhabitants, roughly sexualbrott, misshandel, skadegörelse and totalt. */
const LEVELS = [150, 700, 1400, 13000];
const REPS = 1000;

function simulate(rng: Rng, ratePer100k: number, effect: number): { own: YearPoint[]; group: YearPoint[] } {
  let national = 0;
  const own: YearPoint[] = [];
  const group: YearPoint[] = [];
  for (const year of YEARS) {
    national += 0.03 * normal(rng);
    const rate = (ratePer100k / 1e5) * Math.exp(national - 0.01 * (year - YEARS[0]!));
    own.push({ year, population: TARGET_POPULATION, count: negativeBinomial(TARGET_POPULATION * rate * (year === PROMISE ? effect : 1), THETA, rng) });
    const counts = GROUP_POPULATIONS.map((pop) => negativeBinomial(pop * rate, THETA, rng));
    group.push({ year, population: GROUP_POPULATIONS.reduce((s, p) => s + p, 0), count: counts.reduce((s, c) => s + c, 0) });
  }
  return { own, group };
}

function share(level: number, effect: number, seed: number, called: (a: Assessment) => boolean): number {
  const rng = mulberry32(seed);
  let hits = 0;
  for (let i = 0; i < REPS; i++) {
    const { own, group } = simulate(rng, level, effect);
    const a = assessIndicator({ own, group, baseline: [2014, 2016], period: [PROMISE, PROMISE], dispersionYears: [2010, 2016] });
    if (called(a)) hits++;
  }
  return hits / REPS;
}

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
    const rows = LEVELS.map((level, i) => ({
      level,
      expected: (TARGET_POPULATION * level) / 1e5,
      down: share(level, 0.7, 20260201 + i, (a) => a.verdict === 'improved'),
      up: share(level, 1.3, 20260301 + i, (a) => a.verdict === 'worsened'),
    }));
    for (const r of rows) {
      console.info(`NB power, ${r.level} per 100 000 (about ${r.expected.toFixed(0)} crimes a year): −30 % detected in ${pct(r.down)}, +30 % in ${pct(r.up)}`);
    }
    // More crimes give more power: the largest level detects more than the smallest.
    expect(rows.at(-1)!.down).toBeGreaterThan(rows[0]!.down);
  });
});
