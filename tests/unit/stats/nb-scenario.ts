/**
 * The seeded negative-binomial scenario of the placebo and power checks: one municipality of
 * 25 000 inhabitants and nine neighbours, a shared national drift, theta 200, a promise in 2017.
 * Used by tests/unit/stats/placebo-nb.test.ts and by `npm run bench` (scripts/power-bench.mjs).
 */
import { assessIndicator, type Assessment, type YearPoint } from '../../../src/lib/stats';
import { mulberry32, negativeBinomial, normal, type Rng } from './simulate';

export const YEARS = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017];
export const PROMISE = 2017;
export const TARGET_POPULATION = 25000;
/** Nine comparison municipalities, sized like Mariestad's neighbours in data/municipalities.csv. */
const GROUP_POPULATIONS = [55000, 39000, 9000, 5000, 9000, 11000, 7000, 13000, 24000];
/** Size of the negative binomial: variance mu + mu² / THETA. */
const THETA = 200;
/** Yearly crimes per 100 000 inhabitants, roughly sexualbrott, misshandel, skadegörelse and totalt. */
export const LEVELS = [150, 700, 1400, 13000];
export const REPS = 1000;

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

export function share(level: number, effect: number, seed: number, called: (a: Assessment) => boolean, reps = REPS): number {
  const rng = mulberry32(seed);
  let hits = 0;
  for (let i = 0; i < reps; i++) {
    const { own, group } = simulate(rng, level, effect);
    const a = assessIndicator({ own, group, baseline: [2014, 2016], period: [PROMISE, PROMISE], dispersionYears: [2010, 2016] });
    if (called(a)) hits++;
  }
  return hits / reps;
}

/** How often a true 30 % decrease and increase are detected, per crime level. */
export function powerTable(reps = REPS): { level: number; crimesPerYear: number; down: number; up: number }[] {
  return LEVELS.map((level, i) => ({
    level,
    crimesPerYear: (TARGET_POPULATION * level) / 1e5,
    down: share(level, 0.7, 20260201 + i, (a: Assessment) => a.verdict === 'improved', reps),
    up: share(level, 1.3, 20260301 + i, (a: Assessment) => a.verdict === 'worsened', reps),
  }));
}
