/**
 * Columnar reads on the real Node twin: `queryColumns` gives the values `query` gives (the shipped
 * tables, the crime series, a table of nulls, dates and wide numbers), and the coordinator caches,
 * shares, invalidates and drops them as it does rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import { TABLES } from '../../src/lib/db/schema';
import { column, numberAt, rowsOf, type Columns } from '../../src/lib/db/columns';
import { Coordinator } from '../../src/lib/data/coordinator';
import { crimeSeriesQuery } from '../../src/lib/queries/crimes';
import { activitiesByTypeQuery } from '../../src/lib/queries/activities';
import { activityAnnotationsQuery, type ActivityAnnotationRow } from '../../src/lib/queries/annotations';
import { run } from '../../src/lib/db/run';
import { defaultFilters, loadMeta } from '../../src/lib/state/meta';
import { overviewModel, overviewRequests } from '../../src/lib/state/overview';
import type { CrimeRow } from '../../src/lib/queries/crimes';
import type { Connector, Query } from '../../src/lib/db/types';

let engine: Connector;
beforeAll(async () => {
  engine = await openNodeDbWithData();
});

const crimeQ = crimeSeriesQuery({ kommunkoder: ['1493', '1494', '00'], categoryIds: ['totalt', 'misshandel', 'skadegorelse'], from: 2010, to: 2024 });

describe('queryColumns on DuckDB', () => {
  it('gives the rows query gives, for every shipped table', async () => {
    for (const t of TABLES) {
      const q: Query = { sql: `SELECT * FROM ${t.name} ORDER BY ALL`, params: [] };
      const rows = await engine.query(q);
      const cols = await engine.queryColumns(q);
      expect(cols.length, t.name).toBe(rows.length);
      expect(rowsOf(cols), t.name).toEqual(rows);
    }
  });

  it('gives the crime series query gives, with the counts and population in typed arrays', async () => {
    const rows = await engine.query(crimeQ);
    const cols = await engine.queryColumns(crimeQ);
    expect(rows.length).toBeGreaterThan(30);
    expect(rowsOf(cols)).toEqual(rows);
    expect(cols.names).toEqual(['year', 'kommunkod', 'municipality', 'category_id', 'category', 'count', 'population', 'preliminary', 'source', 'population_source']);
    expect(column(cols, 'year')?.values).toBeInstanceOf(Int32Array);
    expect(column(cols, 'count')?.values).toBeInstanceOf(Int32Array);
    expect(column(cols, 'kommunkod')?.kind).toBe('string');
    expect(column(cols, 'preliminary')?.kind).toBe('boolean');
    // Paging gives the same rows as slicing.
    expect(rowsOf(cols, 5, 7)).toEqual(rows.slice(5, 12));
  });

  it('reads nulls, dates, timestamps, decimals and 64-bit integers as query does', async () => {
    await engine.exec(`CREATE OR REPLACE TEMP TABLE kinds AS SELECT * FROM (VALUES
      (1, 2.5::DOUBLE, 12.25::DECIMAL(10, 2), 1099511627776::BIGINT, DATE '2024-02-29', TIMESTAMP '2020-01-02 23:30:00', 'a', true),
      (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
      (-7, 'NaN'::DOUBLE, -0.5::DECIMAL(10, 2), -3::BIGINT, DATE '1999-12-31', TIMESTAMP '1999-12-31 00:00:00', '', false)
    ) AS t(i, d, dec, big, day, ts, s, b)`);
    const q: Query = { sql: 'SELECT i, d, dec, big, day, ts, s, b FROM kinds', params: [] };
    const cols = await engine.queryColumns(q);
    const rows = rowsOf(cols);
    expect(rows[0]).toEqual({ i: 1, d: 2.5, dec: 12.25, big: 1099511627776, day: '2024-02-29', ts: '2020-01-02', s: 'a', b: true });
    expect(rows[1]).toEqual({ i: null, d: null, dec: null, big: null, day: null, ts: null, s: null, b: null });
    expect(rows[2]).toMatchObject({ i: -7, dec: -0.5, big: -3, day: '1999-12-31', ts: '1999-12-31', s: '', b: false });
    expect(Number.isNaN(rows[2]?.d)).toBe(true);
    expect(rows).toEqual(await engine.query(q));
    const i = column(cols, 'i');
    expect(i?.kind === 'int' ? Array.from(i.nulls ?? []) : 'not an int column').toEqual([0, 1, 0]);
    expect(column(cols, 'big')?.values).toBeInstanceOf(Float64Array);
    expect(numberAt(column(cols, 'dec'), 1)).toBeNull();
    await engine.exec('DROP TABLE kinds');
  });
});

describe('the coordinator by column', () => {
  let c: Coordinator;
  beforeAll(async () => {
    c = await Coordinator.open(engine);
  });
  const byType = activitiesByTypeQuery({ kommunkod: '1493', from: 2018, to: 2018, actors: [], venues: [] });

  it('caches a columnar read, and rows and columns of the same SQL share one query', async () => {
    const sent = c.stats.sent;
    const first = await c.queryColumns(crimeQ);
    expect(c.stats.sent).toBe(sent + 1);
    const again = await c.queryColumns(crimeQ);
    expect(again).toBe(first);
    expect(await c.query(crimeQ)).toEqual(rowsOf(first));
    expect(c.stats.sent).toBe(sent + 1);
    expect(c.stats.cached).toBeGreaterThanOrEqual(2);
  });

  it('shares a columnar read under way', async () => {
    const q = crimeSeriesQuery({ kommunkoder: ['1493'], categoryIds: ['totalt'], from: 2012, to: 2020 });
    const sent = c.stats.sent;
    const shared = c.stats.shared;
    const [a, b, rows] = await Promise.all([c.queryColumns(q), c.queryColumns(q), c.query(q)]);
    expect(b).toBe(a);
    expect(rows).toEqual(rowsOf(a));
    expect(c.stats.sent).toBe(sent + 1);
    expect(c.stats.shared).toBe(shared + 2);
  });

  it('a write to activities drops the columnar activities result, not the crimes one', async () => {
    const crimes = await c.queryColumns(crimeQ);
    const before = await c.queryColumns(byType);
    const records = (cols: Columns) => rowsOf(cols).reduce((s, r) => s + Number(r.records), 0);
    await c.writer.exec(`INSERT INTO activities SELECT * REPLACE ('lokal-kolumn-1' AS activity_id) FROM activities WHERE kommunkod = '1493' AND year = 2018 LIMIT 1`);
    const sent = c.stats.sent;
    const after = await c.queryColumns(byType);
    expect(c.stats.sent).toBe(sent + 1);
    expect(records(after)).toBe(records(before) + 1);
    expect(await c.queryColumns(crimeQ)).toBe(crimes);
    expect(c.stats.sent).toBe(sent + 1);
    await c.writer.exec("DELETE FROM activities WHERE activity_id = 'lokal-kolumn-1'");
  });

  it('a queued columnar read whose caller gave up is never sent', async () => {
    const q = crimeSeriesQuery({ kommunkoder: ['1494'], categoryIds: ['totalt'], from: 2011, to: 2013 });
    const { sent, skipped } = c.stats;
    const abort = new AbortController();
    const p = c.queryColumns(q, { signal: abort.signal });
    abort.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(c.stats.skipped).toBe(skipped + 1);
    expect(c.stats.sent).toBe(sent);
  });
});

describe('Översikt by column', () => {
  it('draws the same cards and trend from columns as from rows, the trend from the first year on', async () => {
    const c = await Coordinator.open(engine);
    const meta = await loadMeta(c);
    const base = defaultFilters(meta);
    const f = { ...base, from: base.to - 3 };
    const q = overviewRequests(meta, f);
    const rows = await run<CrimeRow>(c, crimeSeriesQuery(q.crimes));
    const cols = await c.queryColumns(crimeSeriesQuery(q.crimes));
    const activities = await run<ActivityAnnotationRow>(c, activityAnnotationsQuery(q.activities));
    const fromColumns = overviewModel(meta, f, { crimes: cols, activities });
    expect(fromColumns).toEqual(overviewModel(meta, f, { crimes: rows, activities }));
    const own = fromColumns.trend[0];
    expect(own?.id).toBe(f.municipality);
    expect(own?.points.map((p) => p.x)).toEqual([f.to - 3, f.to - 2, f.to - 1, f.to]);
    const trendCategory = f.category[0] ?? 'totalt';
    const first = rows.find((r) => r.kommunkod === f.municipality && r.category_id === trendCategory && r.year === f.from);
    if (!first?.count || !first.population) throw new Error('the shipped data have the first year');
    expect(own?.points[0]?.y).toBeCloseTo((first.count / first.population) * 100_000, 6);
    expect(fromColumns.headlines.length).toBe(5);
  });
});
