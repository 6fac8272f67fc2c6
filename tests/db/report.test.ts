/** The Mariestad 2018 follow-up built from the shipped data in real DuckDB. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { decisionCrimesQuery, type DecisionCrimeRow } from '../../src/lib/queries/decision';
import { buildEvidence, focusCategories, periodsFor } from '../../src/lib/decision/build';
import { loadMeta, type Meta } from '../../src/lib/state/meta';
import { reportActivitiesQuery, type ReportActivityRow } from '../../src/lib/report/queries';
import { buildReport } from '../../src/lib/report/build';
import { reportSlides } from '../../src/lib/report/slides';
import type { ReportModel } from '../../src/lib/report/types';

let conn: Connector;
let meta: Meta;
let model: ReportModel;
beforeAll(async () => {
  conn = await openNodeDbWithData();
  meta = await loadMeta(conn);
  const promise = meta.promises.find((p) => p.promise_id === 'mariestad-2018');
  if (!promise) throw new Error('mariestad-2018 missing');
  const rows = await run<ReportActivityRow>(conn, reportActivitiesQuery('mariestad-2018', 2018));
  const focus = focusCategories(meta.categories, promise);
  const crimes = await run<DecisionCrimeRow>(conn, decisionCrimesQuery({ kommunkod: '1493', categoryIds: focus.map((c) => c.category_id), group: 'grannar' }));
  const periods = periodsFor(promise, null, meta.minYear, meta.maxYear, meta.promises);
  if (!periods) throw new Error('no periods');
  model = buildReport(promise, 'Mariestad', 2018, rows, buildEvidence(crimes, focus, periods, 'Mariestad', 'grannkommunerna', promise));
  // Starting DuckDB takes 1–2 s alone, much longer while other test runs share the machine.
}, 60000);

describe('Mariestad 2018 follow-up', () => {
  it("lists the police's three counted items as the seed writes them", () => {
    expect(model.police.filter((i) => i.count !== null).map((i) => i.count)).toEqual([6, 37, 13]);
    expect(model.police.map((i) => i.text)).toEqual([
      'Sex (6) riktade insatser utifrån uppkommen problembild.',
      'Trettiosju (37) trygghetsskapande besök inom skolans miljö.',
      'Tretton (13) informationsmöten, riktade till personal, elever och föräldrar.',
      'Trygghetsskapande och brottsförebyggande arbete på platser där ungdomar vistas, såsom resecentrum och inom skolan.',
    ]);
  });

  it("merges the municipality's venues into one bullet and keeps the rest in the seed's wording", () => {
    const venues = model.kommun[0]?.text ?? '';
    for (const v of ['skolor', 'resecentrum', 'Elvärket', 'Törebodafestivalen', 'studentveckan', 'Cruising', 'Valborgsmässoafton']) expect(venues).toContain(v);
    expect(model.kommun.map((i) => i.text)).toContain('Drogtester.');
    expect(model.kommun.map((i) => i.text)).toContain('Bekymringssamtal, samtal med unga och/eller föräldrar.');
    expect(model.kommun.some((i) => i.text.includes('se raden'))).toBe(false);
    expect(model.kommun).toHaveLength(16);
  });

  it('has the joint work, the information efforts and findings marked as example data', () => {
    expect(model.joint.map((i) => i.text)).toEqual([
      'Informationsmöte i samverkan mellan polis och tull.',
      'Stärkt samverkan mellan kommun och polis med arbetet i ungdomsforum, arbeta med modell sociala insatsgrupper och arbetet med ANDT (alkohol, narkotika, doping och tobak).',
    ]);
    expect(model.information).toHaveLength(3);
    expect(model.activitiesExample).toBe(false);
    expect(model.statisticsExample).toBe(true);
    expect(model.findings.map((e) => e.categoryId)).toEqual(expect.arrayContaining(['narkotikabrott', 'skadegorelse', 'misshandel', 'stold']));
    expect(model.conclusion).toMatch(/^Utifrån uppföljningen och statistik för 2018 så ser vi /);
    expect(model.conclusion).not.toMatch(/fortsätt/);
    expect(model.proposal).toMatch(/^att \[fyll i/);
  });

  it('cuts into slides: title, lists, one per finding, the proposal', () => {
    const slides = reportSlides(model, model.proposal, true);
    expect(slides[0]?.kind).toBe('title');
    expect(slides.at(-1)?.kind).toBe('proposal');
    expect(slides.filter((s) => s.kind === 'finding')).toHaveLength(model.findings.length);
  });

  it('sums example rows per type for a year of example data', async () => {
    const rows = await run<ReportActivityRow>(conn, reportActivitiesQuery('mariestad-2019', 2019));
    const promise = meta.promises.find((p) => p.promise_id === 'mariestad-2019');
    if (!promise) throw new Error('mariestad-2019 missing');
    const m = buildReport(promise, 'Mariestad', 2019, rows, []);
    const policeTotal = rows.filter((r) => r.actor === 'polis').reduce((s, r) => s + (r.count ?? 0), 0);
    expect(m.police.reduce((s, i) => s + (i.count ?? 0), 0)).toBe(policeTotal);
    expect(m.police.every((i) => i.example)).toBe(true);
    expect(m.activitiesExample).toBe(true);
  });
});
