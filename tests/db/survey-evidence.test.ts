/** Survey outcome indicators and trygghet per venue against real DuckDB on the shipped (example) survey data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { matchAreaStatements, surveyAreasQuery, surveyOutcomesQuery, venueSurveyQuery, type SurveyAreaRow, type SurveyRow, type VenueSurveyRow } from '../../src/lib/queries/survey';
import { buildSurveyEvidence, outcomeIndicators } from '../../src/lib/decision/survey-evidence';
import { periodsFor } from '../../src/lib/decision/build';
import { comparisonGroup } from '../../src/lib/decision/group';
import { loadMeta, type Meta } from '../../src/lib/state/meta';

let conn: Connector;
let meta: Meta;
beforeAll(async () => {
  conn = await openNodeDbWithData();
  meta = await loadMeta(conn);
});

const promise = (id: string) => {
  const p = meta.promises.find((x) => x.promise_id === id);
  if (!p) throw new Error(id);
  return p;
};

describe('survey outcome indicators of a promise', () => {
  it('the 2018 promise names its survey indicators, and the query returns them for Mariestad and the group only, whole municipalities', async () => {
    const p = promise('mariestad-2018');
    expect(outcomeIndicators(p)).toEqual(['trygg_kvall', 'utsatt_brott', 'trygghetsindex']);
    const choice = comparisonGroup(meta.municipalities, '1493', 'grannar', []);
    const rows = await run<SurveyRow>(conn, surveyOutcomesQuery({ kommunkod: '1493', questionIds: outcomeIndicators(p), picked: choice.picked }));
    expect(new Set(rows.map((r) => r.kommunkod))).toEqual(new Set(['1493', '1494', '1496']));
    expect(rows.every((r) => r.area === null && r.example)).toBe(true);
    // 3 places × 5 years × (2 questions × 2 subgroups + 1 index)
    expect(rows.length).toBe(75);
  });

  it('compares 2015 with 2019 (no survey in 2018) relative to the pooled group, with the CSV counts', async () => {
    const p = promise('mariestad-2018');
    const periods = periodsFor(p, null, meta.minYear, meta.maxYear, meta.promises);
    if (!periods) throw new Error('periods');
    const choice = comparisonGroup(meta.municipalities, '1493', 'grannar', []);
    const rows = await run<SurveyRow>(conn, surveyOutcomesQuery({ kommunkod: '1493', questionIds: outcomeIndicators(p), picked: choice.picked }));
    const ev = buildSurveyEvidence(rows, outcomeIndicators(p), periods, '1493', 'Mariestad', choice.label);
    expect(ev.map((e) => e.key)).toEqual(['trygg_kvall|', 'trygg_kvall|unga 16–24 år', 'utsatt_brott|', 'utsatt_brott|unga 16–24 år', 'trygghetsindex|']);
    const trygg = ev[0];
    expect(trygg?.before?.year).toBe(2015);
    expect(trygg?.after?.year).toBe(2019);
    // data/survey_results.csv: Mariestad 2015 298 of 422, 2019 342 of 545.
    expect(trygg?.before?.value).toBeCloseTo(298 / 422, 12);
    expect(trygg?.after?.value).toBeCloseTo(342 / 545, 12);
    expect(trygg?.before?.interval).toBe('wilson');
    expect(trygg?.change?.basis).toBe('relative');
    const pooled = await conn.query({
      sql: `SELECT sum(positive)::DOUBLE / sum(respondents) AS share FROM survey_results WHERE question_id = 'trygg_kvall' AND area IS NULL AND subgroup IS NULL AND year = 2019 AND kommunkod IN ('1494', '1496')`,
      params: [],
    });
    expect(trygg?.group?.after.value).toBeCloseTo(Number(pooled[0]?.share), 12);
    expect(['improved', 'worsened', 'cannot-tell', 'too-few']).toContain(trygg?.verdict);
    expect(trygg?.warnings.some((w) => w.includes('året efter'))).toBe(true);
    expect(trygg?.warnings.some((w) => w.startsWith('Exempeldata'))).toBe(true);
    const index = ev[4];
    expect(index?.kind).toBe('index');
    expect(index?.before?.interval).toBe('publicerat');
    expect(index?.change).toBeNull();
    expect(index?.sentence).toMatch(/^Går inte att avgöra/);
  });

  it('against Riket (no survey) the own change is judged alone', async () => {
    const p = promise('mariestad-2021');
    const periods = periodsFor(p, null, meta.minYear, meta.maxYear, meta.promises);
    if (!periods) throw new Error('periods');
    const rows = await run<SurveyRow>(conn, surveyOutcomesQuery({ kommunkod: '1493', questionIds: outcomeIndicators(p), picked: [] }));
    const ev = buildSurveyEvidence(rows, outcomeIndicators(p), periods, '1493', 'Mariestad', 'riket');
    expect(ev[0]?.after?.year).toBe(2021);
    expect(ev[0]?.change?.basis).toBe('own');
    expect(ev[0]?.group).toBeNull();
    // Mariestad's own surveys before its first promise (2017) are one: the variation cannot be estimated.
    expect(ev[0]?.dispersionSentence).toMatch(/kunde inte skattas/);
  });
});

describe('placebo on the shipped example surveys (no effect built in)', () => {
  it('consecutive surveys of each municipality, against the other two, rarely get a change called', async () => {
    const codes = ['1493', '1494', '1496'];
    const years = [2015, 2017, 2019, 2021, 2023];
    let called = 0;
    let assessed = 0;
    for (const own of codes) {
      const rows = await run<SurveyRow>(conn, surveyOutcomesQuery({ kommunkod: own, questionIds: ['trygg_kvall', 'utsatt_brott'], picked: codes.filter((c) => c !== own) }));
      for (let i = 0; i + 1 < years.length; i++) {
        const [y1, y2] = [years[i] ?? 0, years[i + 1] ?? 0];
        const periods = { baseline: [y1, y1] as [number, number], period: [y2, y2] as [number, number], dispersion: [2015, y1] as [number, number], notice: null };
        for (const e of buildSurveyEvidence(rows, ['trygg_kvall', 'utsatt_brott'], periods, own, own, 'de andra')) {
          if (e.verdict === 'too-few') continue;
          assessed++;
          if (e.verdict === 'improved' || e.verdict === 'worsened') called++;
        }
      }
    }
    console.log(`shipped survey placebo: ${called} of ${assessed} called`);
    expect(assessed).toBe(48);
    expect(called / assessed).toBeLessThanOrEqual(0.05);
  });
});

describe('trygghet per venue', () => {
  it('the venues matched to an area get that area’s results, marked as example mapping', async () => {
    const rows = await run<VenueSurveyRow>(conn, venueSurveyQuery({ kommunkod: '1493', venueIds: ['elvarket', 'cruising'] }));
    expect(new Set(rows.map((r) => r.venue_id))).toEqual(new Set(['elvarket']));
    expect(rows.every((r) => r.area === 'Område norr (exempel)' && r.mapping_example && r.subgroup === null)).toBe(true);
    expect(rows.filter((r) => r.question_id === 'trygg_kvall').map((r) => r.year)).toEqual([2015, 2017, 2019, 2021, 2023]);
  });

  it('lists the survey areas with their venues, and a manual match is stored and used', async () => {
    const before = await run<SurveyAreaRow>(conn, surveyAreasQuery('1493'));
    expect(before).toEqual([
      { area: 'Område norr (exempel)', venue_ids: 'elvarket;resecentrum' },
      { area: 'Område söder (exempel)', venue_ids: 'fritidsgard;vadsboskolan' },
    ]);
    for (const q of matchAreaStatements({ kommunkod: '1493', area: 'Område söder (exempel)', venueId: 'cruising', matchedBy: 'manuell', source: 'vald i Platser' })) await conn.query(q);
    const rows = await run<VenueSurveyRow>(conn, venueSurveyQuery({ kommunkod: '1493', venueIds: ['cruising'] }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.area === 'Område söder (exempel)' && r.matched_by === 'manuell' && !r.mapping_example)).toBe(true);
    const after = await run<SurveyAreaRow>(conn, surveyAreasQuery('1493'));
    expect(after[1]?.venue_ids).toBe('cruising;fritidsgard;vadsboskolan');
  });
});
