/**
 * Beslut's evidence and ranking and Karta's table read the queries' columns. Against real DuckDB
 * on the shipped data: the columnar reading gives what the row reading gave, and its numbers are
 * those of data/crimes.csv and data/population.csv (read here as plain text, not by the code under test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { decisionCrimesQuery, type DecisionCrimeRow } from '../../src/lib/queries/decision';
import { crimeSeriesQuery, type CrimeRow } from '../../src/lib/queries/crimes';
import { mapRatesQuery, type MapRateRow } from '../../src/lib/queries/map';
import { buildEvidence, focusCategories, periodsFor, type Periods } from '../../src/lib/decision/build';
import { areaSeriesFromColumns, areaSeriesFromRows, decisionPointsFromColumns, decisionPointsFromRows, pointsOf } from '../../src/lib/decision/points';
import { placeboRanking } from '../../src/lib/decision/placebo-rank';
import { comparisonGroup } from '../../src/lib/decision/group';
import { mapTable, mapValues } from '../../src/lib/shape/map-table';
import { allRawRows, allRows } from '../../src/lib/shape/table-source';
import { loadMeta, type Meta } from '../../src/lib/state/meta';
import type { PromiseRow } from '../../src/lib/shape/promise-bands';

let conn: Connector;
let meta: Meta;
let promise: PromiseRow;
let periods: Periods;
beforeAll(async () => {
  conn = await openNodeDbWithData();
  meta = await loadMeta(conn);
  const p = meta.promises.find((q) => q.promise_id === 'mariestad-2018');
  if (!p) throw new Error('no 2018 promise');
  promise = p;
  const ps = periodsFor(promise, null, meta.minYear, meta.maxYear, meta.promises);
  if (!ps) throw new Error('no periods');
  periods = ps;
});

/** data/<name>.csv as plain text (these files have no quoted fields). */
function csv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(process.cwd(), 'data', `${name}.csv`), 'utf8').trim().split('\n');
  const cols = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

/** Per year for `codes`: the summed count and population, and whether any is example data, from the files. */
function fromFiles(codes: readonly string[], categoryId: string) {
  const pop = new Map(csv('population').map((r) => [`${r.year}|${r.kommunkod}`, r]));
  const years = new Map<number, { count: number; population: number; preliminary: boolean; example: boolean }>();
  for (const c of csv('crimes')) {
    if (c.category_id !== categoryId || !codes.includes(c.kommunkod!) || c.count === '') continue;
    const p = pop.get(`${c.year}|${c.kommunkod}`);
    if (!p) continue;
    const y = years.get(Number(c.year)) ?? { count: 0, population: 0, preliminary: false, example: false };
    years.set(Number(c.year), {
      count: y.count + Number(c.count),
      population: y.population + Number(p.population),
      preliminary: y.preliminary || c.preliminary === 'true',
      example: y.example || c.source === 'exempeldata' || p.source === 'exempeldata',
    });
  }
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, v]) => ({ year, ...v }));
}

describe('Beslut from columns', () => {
  it("reads Mariestad's and the neighbours' points as the files have them, and as the rows did", async () => {
    const picked = comparisonGroup(meta.municipalities, '1493', 'grannar', []).picked;
    expect(picked).toHaveLength(8);
    const q = decisionCrimesQuery({ kommunkod: '1493', categoryIds: ['skadegorelse', 'misshandel'], group: 'grannar', picked });
    const cols = decisionPointsFromColumns(await conn.queryColumns(q));
    const rows = decisionPointsFromRows(await run<DecisionCrimeRow>(conn, q));
    for (const category of ['skadegorelse', 'misshandel']) {
      expect(pointsOf(cols, category, 'own')).toEqual(fromFiles(['1493'], category));
      expect(pointsOf(cols, category, 'group')).toEqual(fromFiles(picked, category));
      expect(pointsOf(cols, category, 'own')).toEqual(pointsOf(rows, category, 'own'));
      expect(pointsOf(cols, category, 'group')).toEqual(pointsOf(rows, category, 'group'));
    }
    // Spot check against data/crimes.csv: 2024,1493,skadegorelse,405,true,exempeldata.
    expect(pointsOf(cols, 'skadegorelse', 'own').find((p) => p.year === 2024)).toMatchObject({ count: 405, preliminary: true, example: true });
  });

  it('builds the same cards from the columns as from the rows', async () => {
    const focus = focusCategories(meta.categories, promise);
    for (const group of ['grannar', 'riket'] as const) {
      const picked = comparisonGroup(meta.municipalities, '1493', group, []).picked;
      const q = decisionCrimesQuery({ kommunkod: '1493', categoryIds: focus.map((c) => c.category_id), group, picked });
      const fromColumns = buildEvidence(await conn.queryColumns(q), focus, periods, 'Mariestad', 'grupp', promise);
      const fromRows = buildEvidence(await run<DecisionCrimeRow>(conn, q), focus, periods, 'Mariestad', 'grupp', promise);
      expect(fromColumns.length).toBeGreaterThanOrEqual(4);
      expect(fromColumns).toEqual(fromRows);
    }
  });

  it('ranks Mariestad among its neighbours the same from columns as from rows, over the files’ figures', async () => {
    const codes = comparisonGroup(meta.municipalities, '1493', 'grannar', []).members;
    expect(codes).toHaveLength(9);
    const q = crimeSeriesQuery({ kommunkoder: codes, categoryIds: ['skadegorelse', 'misshandel'], from: meta.minYear, to: periods.period[1] });
    const cols = await conn.queryColumns(q);
    const rows = await run<CrimeRow>(conn, q);
    for (const category of ['skadegorelse', 'misshandel']) {
      const byColumns = areaSeriesFromColumns(cols, category);
      const byRows = areaSeriesFromRows(rows.filter((r) => r.category_id === category));
      expect([...byColumns.keys()].sort()).toEqual([...codes].sort());
      expect(byColumns).toEqual(byRows);
      // Mariestad's points of the years asked for are the files' count and population.
      const files = fromFiles(['1493'], category).filter((p) => p.year <= periods.period[1]).map(({ year, count, population }) => ({ year, count, population }));
      expect([...(byColumns.get('1493')?.points ?? [])].sort((a, b) => a.year - b.year)).toEqual(files);
      const ranked = placeboRanking(byColumns, '1493', periods);
      expect(ranked).toEqual(placeboRanking(rows.filter((r) => r.category_id === category), '1493', periods));
      expect(ranked?.of).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('Karta from columns', () => {
  it('makes the same table and colours from the columns as the rows hold, with the files’ figures', async () => {
    const q = mapRatesQuery({ categoryId: 'skadegorelse', year: 2016 });
    const cols = await conn.queryColumns(q);
    const rows = await run<MapRateRow>(conn, q);
    const table = mapTable(cols, '1493', ['1446']);
    const raw = allRawRows(table) ?? [];
    expect(raw).toHaveLength(rows.length);
    rows.forEach((r, i) => expect(raw[i]).toMatchObject({ name: r.name, count: r.count, population: r.population, rate: r.rate }));
    const crimes = csv('crimes').filter((r) => r.year === '2016' && r.category_id === 'skadegorelse' && r.kommunkod !== '00');
    const pop = new Map(csv('population').filter((r) => r.year === '2016').map((r) => [r.kommunkod, Number(r.population)]));
    const names = new Map(csv('municipalities').map((m) => [m.kommunkod, m.name]));
    expect(raw.map((r) => r.name).sort()).toEqual(crimes.map((c) => names.get(c.kommunkod!)).sort());
    for (const c of crimes) {
      const r = raw.find((x) => x.name === names.get(c.kommunkod!));
      expect(r?.count).toBe(Number(c.count));
      expect(r?.population).toBe(pop.get(c.kommunkod!));
    }
    const text = allRows(table);
    expect(text.find((r) => r.name === 'Mariestad')?.role).toBe('vald kommun (tjock kant)');
    expect(text.find((r) => r.name === names.get('1446'))?.role).toBe('jämförelsegrupp (streckad kant)');
    const { order } = mapValues(cols);
    expect(order).toEqual(rows.filter((r) => r.rate !== null).map((r) => r.kommunkod));
  });
});
