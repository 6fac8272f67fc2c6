/** The decision view's queries and evidence against real DuckDB on the shipped data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { decisionCrimesQuery, type DecisionCrimeRow } from '../../src/lib/queries/decision';
import { deliveryQuery, type DeliveryRow } from '../../src/lib/queries/delivery';
import { crimeSeriesQuery, type CrimeRow } from '../../src/lib/queries/crimes';
import { buildEvidence, focusCategories, periodsFor } from '../../src/lib/decision/build';
import { defaultFilters, loadMeta, type Meta } from '../../src/lib/state/meta';
import { comparePeriods } from '../../src/lib/stats';
import { comparisonGroup } from '../../src/lib/decision/group';

let conn: Connector;
let meta: Meta;
beforeAll(async () => {
  conn = await openNodeDbWithData();
  meta = await loadMeta(conn);
});

describe('decision data', () => {
  it("opens on Mariestad's 2018 promise, the latest with a real follow-up", () => {
    expect(defaultFilters(meta).promise).toBe('mariestad-2018');
  });

  it('sums the neighbours per year from the same rows as their populations', async () => {
    const rows = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: '1493', categoryIds: ['skadegorelse'], group: 'grannar' }));
    // The municipalities with crime data: the eight shipped neighbours, not all 289 others.
    const neighbours = meta.municipalities.filter((m) => m.kind === 'kommun' && m.kommunkod !== '1493' && m.has_crimes).map((m) => m.kommunkod);
    expect(neighbours).toHaveLength(8);
    const raw = await run<CrimeRow>(conn, crimeSeriesQuery({ kommunkoder: neighbours, categoryIds: ['skadegorelse'], from: 2017, to: 2017 }));
    const g2017 = rows.find((r) => r.area === 'group' && r.year === 2017);
    expect(g2017?.areas).toBe(neighbours.length);
    expect(g2017?.count).toBe(raw.reduce((s, r) => s + (r.count ?? 0), 0));
    expect(g2017?.population).toBe(raw.reduce((s, r) => s + (r.population ?? 0), 0));
    const own2018 = rows.find((r) => r.area === 'own' && r.year === 2018);
    expect(own2018?.population).toBe(24372);
    expect(own2018?.areas).toBe(1);
  });

  it('uses Riket alone as the group when asked', async () => {
    const rows = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: '1493', categoryIds: ['totalt'], group: 'riket' }));
    const r2015 = rows.find((r) => r.area === 'group' && r.year === 2015);
    expect(r2015?.areas).toBe(1);
    expect(r2015?.population).toBe(9851017);
    expect(r2015?.example).toBe(false);
  });

  it('builds a card per focus indicator whose numbers are the statistics of the rows', async () => {
    const promise = meta.promises.find((p) => p.promise_id === 'mariestad-2018');
    if (!promise) throw new Error('no 2018 promise');
    const focus = focusCategories(meta.categories, promise);
    expect(focus.map((c) => c.category_id)).toEqual(expect.arrayContaining(['narkotikabrott', 'skadegorelse', 'misshandel', 'stold']));
    const periods = periodsFor(promise, null, meta.minYear, meta.maxYear, meta.promises);
    if (!periods) throw new Error('no periods');
    // One baseline everywhere: the three years before the first promise (2017), as on Översikt.
    expect(periods.baseline).toEqual([2014, 2016]);
    expect(periods.dispersion).toEqual([meta.minYear, 2016]);
    const rows = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: '1493', categoryIds: focus.map((c) => c.category_id), group: 'grannar' }));
    const evidence = buildEvidence(rows, focus, periods, 'Mariestad', 'grannkommunerna', promise);
    expect(evidence).toHaveLength(focus.length);
    expect(evidence.map((e) => e.role)).toEqual(['primary', 'secondary', 'secondary', 'activity']);
    expect(evidence[0]?.categoryId).toBe(promise.primary_category);
    for (const e of evidence) {
      const own = rows.filter((r) => r.area === 'own' && r.category_id === e.categoryId);
      const direct = comparePeriods(own, periods.baseline, periods.period);
      expect(e.change.ratio).toBeCloseTo(direct.ratio.ratio, 12);
      expect(e.assessment.dispersion.own.phi).toBeGreaterThanOrEqual(1);
      expect(e.period.count).toBe(own.find((r) => r.year === 2018)?.count);
      expect(e.group).not.toBeNull();
      expect(e.warnings.some((w) => w.kind === 'example-data')).toBe(true);
      expect(e.sentence.length).toBeGreaterThan(10);
    }
    expect(evidence.find((e) => e.categoryId === 'narkotikabrott')?.warnings.some((w) => w.kind === 'police-initiated')).toBe(true);
    expect(evidence.find((e) => e.categoryId === 'narkotikabrott')?.verdict).toBe('activity');
  });

  it("lists the 2018 promise's delivery per actor from the real follow-up", async () => {
    const rows = await run<DeliveryRow>(conn, deliveryQuery('mariestad-2018'));
    const police = Object.fromEntries(rows.filter((r) => r.actor === 'polis').map((r) => [r.activity_type, r.total]));
    expect(police).toMatchObject({ 'riktad insats': 6, 'trygghetsskapande besök': 37, informationsmöte: 13 });
    const kommunVenues = rows.filter((r) => r.actor === 'kommun').map((r) => r.venues ?? '').join(', ');
    for (const v of ['Elvärket', 'Resecentrum', 'Cruising']) expect(kommunVenues).toContain(v);
    expect(rows.some((r) => r.example)).toBe(false);
  });
});

describe('the picked comparison group (group=valda)', () => {
  it('sums exactly the picked municipalities, never Riket or the municipality itself', async () => {
    const rows = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: '1493', categoryIds: ['stold'], group: 'valda', picked: ['1494', '1496'] }));
    const raw = await run<CrimeRow>(conn, crimeSeriesQuery({ kommunkoder: ['1494', '1496'], categoryIds: ['stold'], from: 2016, to: 2016 }));
    const g = rows.find((r) => r.area === 'group' && r.year === 2016);
    expect(g?.areas).toBe(2);
    expect(g?.count).toBe(raw.reduce((s, r) => s + (r.count ?? 0), 0));
    const none = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: '1493', categoryIds: ['stold'], group: 'valda', picked: [] }));
    expect(none.every((r) => r.area === 'own')).toBe(true);
  });
  it('names the group and its members as a stated choice', () => {
    const g = comparisonGroup(meta.municipalities, '1493', 'valda', ['00', '1494', '1496', '1493']);
    expect(g.picked).toEqual(['1494', '1496']);
    expect(g.members).toEqual(['1493', '1494', '1496']);
    expect(g.description).toBe('de valda kommunerna tillsammans (Lidköping, Skövde)');
    expect(comparisonGroup(meta.municipalities, '1493', 'riket', []).members).toEqual([]);
    expect(comparisonGroup(meta.municipalities, '1493', 'grannar', []).members).toHaveLength(9);
  });

  it("SKR's kommungrupp and the county as comparison groups, from the shipped reference data", async () => {
    // SKR 2017: Mariestad, Lidköping and Skövde are C6 (data/sources/skr-kommungrupper-2017.csv).
    const g = comparisonGroup(meta.municipalities, '1493', 'kommungrupp', []);
    expect(g.picked.sort()).toEqual(['1494', '1496']);
    expect(g.description).toBe('kommunerna i SKR:s kommungrupp C6 som finns i datan (Lidköping, Skövde)');
    const hjo = comparisonGroup(meta.municipalities, '1497', 'kommungrupp', []);
    expect(hjo.picked.sort()).toEqual(['1446', '1447', '1471', '1472', '1473']);
    const lan = comparisonGroup(meta.municipalities, '1493', 'lan', []);
    expect(lan.picked).toHaveLength(8);
    expect(lan.label).toBe('länet');
    // The query sums exactly the group's two municipalities.
    const rows = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: '1493', categoryIds: ['stold'], group: 'kommungrupp', picked: g.picked }));
    const raw = await run<CrimeRow>(conn, crimeSeriesQuery({ kommunkoder: ['1494', '1496'], categoryIds: ['stold'], from: 2018, to: 2018 }));
    const g2018 = rows.find((r) => r.area === 'group' && r.year === 2018);
    expect(g2018?.areas).toBe(2);
    expect(g2018?.count).toBe(raw.reduce((s, r) => s + (r.count ?? 0), 0));
    // The grannar group from its member list is the same as without one.
    const listed = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: '1493', categoryIds: ['stold'], group: 'grannar', picked: comparisonGroup(meta.municipalities, '1493', 'grannar', []).picked }));
    const unlisted = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: '1493', categoryIds: ['stold'], group: 'grannar' }));
    expect(listed).toEqual(unlisted);
  });
});
