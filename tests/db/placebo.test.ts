/**
 * Placebo calibration of assessIndicator on the shipped data, which has no promise effect built in
 * (data/README.md): every municipality × category × year is treated as if a promise had started
 * that year (baseline: the three years before, dispersion: every year before). The verdict may
 * call a change in at most 5 % of the cases.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { decisionCrimesQuery, type DecisionCrimeRow } from '../../src/lib/queries/decision';
import { loadMeta, type Meta } from '../../src/lib/state/meta';
import { assessIndicator, type YearPoint } from '../../src/lib/stats';
import { crimeSeriesQuery, type CrimeRow } from '../../src/lib/queries/crimes';
import { headlineFor } from '../../src/lib/shape/headline';
import { comparisonGroup } from '../../src/lib/decision/group';

let conn: Connector;
let meta: Meta;
beforeAll(async () => {
  conn = await openNodeDbWithData();
  meta = await loadMeta(conn);
});

async function placebo(group: 'grannar' | 'kommungrupp' | 'riket'): Promise<{ cases: number; assessed: number; calls: number }> {
  const categoryIds = meta.categories.map((c) => c.category_id);
  const municipalities = meta.municipalities.filter((m) => m.kind === 'kommun' && m.has_crimes);
  let cases = 0;
  let assessed = 0;
  let calls = 0;
  for (const m of municipalities) {
    const picked = comparisonGroup(meta.municipalities, m.kommunkod, group, []).picked;
    const rows = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: m.kommunkod, categoryIds, group, picked }));
    for (const categoryId of categoryIds) {
      const series = (area: 'own' | 'group'): YearPoint[] =>
        rows.filter((r) => r.category_id === categoryId && r.area === area).map((r) => ({ year: r.year, count: r.count, population: r.population }));
      const own = series('own');
      const grp = series('group');
      const first = Math.min(...own.map((p) => p.year));
      for (let year = first + 3; year <= meta.maxYear; year++) {
        if (!own.some((p) => p.year === year)) continue;
        const a = assessIndicator({ own, group: grp, baseline: [year - 3, year - 1], period: [year, year], dispersionYears: [first, year - 1] });
        cases++;
        if (a.verdict === 'too-few') continue;
        assessed++;
        if (a.verdict === 'improved' || a.verdict === 'worsened') calls++;
      }
    }
  }
  return { cases, assessed, calls };
}

describe('placebo: assessIndicator on the shipped example data (no promise effect)', () => {
  it.each(['grannar', 'kommungrupp', 'riket'] as const)('comparison group %s: a change is called in at most 5 of 100 municipality × category × year cases', async (group) => {
    const r = await placebo(group);
    const rate = r.calls / r.assessed;
    console.info(`placebo (${group}): ${r.calls} changes called in ${r.assessed} assessed cases (${(rate * 100).toFixed(1)} %); ${r.cases - r.assessed} too few`);
    expect(r.assessed).toBeGreaterThan(800);
    expect(rate).toBeLessThanOrEqual(0.05);
  });
});

describe('placebo: the Översikt headline comparisons on the shipped example data', () => {
  it('call a change in at most 5 of 100 cases, against the three years before and against the year before', async () => {
    const codes = meta.municipalities.filter((m) => m.kind === 'kommun' && m.has_crimes).map((m) => m.kommunkod);
    const rows = await run<CrimeRow>(conn, crimeSeriesQuery({ kommunkoder: codes, categoryIds: meta.categories.map((c) => c.category_id), from: meta.minYear, to: meta.maxYear }));
    const tally = { baseline: [0, 0], previous: [0, 0] };
    for (const k of codes) {
      const own = rows.filter((r) => r.kommunkod === k);
      for (const c of meta.categories) {
        for (let year = meta.minYear + 3; year <= meta.maxYear; year++) {
          const h = headlineFor(own, c.category_id, year, [year - 3, year - 1]);
          for (const key of ['baseline', 'previous'] as const) {
            const cmp = h?.[key];
            if (!cmp || cmp.tooFew) continue;
            tally[key][0]! += 1;
            if (cmp.significant) tally[key][1]! += 1;
          }
        }
      }
    }
    for (const key of ['baseline', 'previous'] as const) {
      const [n = 0, calls = 0] = tally[key];
      console.info(`placebo Översikt (${key}): ${calls} changes called in ${n} cases (${((calls / n) * 100).toFixed(1)} %)`);
      expect(n).toBeGreaterThan(800);
      expect(calls / n).toBeLessThanOrEqual(0.05);
    }
  });
});
