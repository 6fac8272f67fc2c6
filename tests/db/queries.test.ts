/** Every query module against real DuckDB-WASM (Node, blocking build) on the shipped data. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { crimeSeriesQuery, type CrimeRow } from '../../src/lib/queries/crimes';
import {
  activitiesByTypeQuery,
  activitiesByVenueYearQuery,
  activitiesByYearActorQuery,
  activityRecordsQuery,
  activityRecordCountQuery,
  type ActivityByTypeRow,
  type ActivityByVenueYearRow,
  type ActivityByYearActorRow,
  type ActivityRecordRow,
} from '../../src/lib/queries/activities';
import { defaultFilters, knownValues, loadMeta, type Meta } from '../../src/lib/state/meta';

let conn: Connector;
let meta: Meta;

beforeAll(async () => {
  conn = await openNodeDbWithData();
  meta = await loadMeta(conn);
});

/** The source file as published, parsed independently of DuckDB (it has quoted commas). */
function braSourceValue(crimeId: number, year: number): number {
  const lines = readFileSync('data/sources/bra-anmalda-brott-hela-landet-2000-2016.csv', 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
    if (Number(cells[2]) === crimeId && cells[8]?.startsWith(String(year))) return Number(cells[9]);
  }
  throw new Error(`no source value for ${crimeId} ${year}`);
}

describe('engine settings', () => {
  it('never loads or installs an extension from the internet', async () => {
    const rows = await conn.query({
      sql: "SELECT current_setting('autoload_known_extensions') AS autoload, current_setting('autoinstall_known_extensions') AS autoinstall",
      params: [],
    });
    expect(rows).toEqual([{ autoload: false, autoinstall: false }]);
  });

  it('binds parameters instead of running them as SQL', async () => {
    const rows = await run<CrimeRow>(conn, crimeSeriesQuery({ kommunkoder: ["1493' OR '1'='1"], categoryIds: ['totalt'], from: 2010, to: 2024 }));
    expect(rows).toEqual([]);
  });
});

describe('meta', () => {
  it('lists Mariestad with its neighbours and Riket, and the years with data', () => {
    const codes = meta.municipalities.map((m) => m.kommunkod);
    expect(codes).toEqual(expect.arrayContaining(['1493', '1496', '1494', '1473', '1447', '1497', '1472', '1446', '1471', '00']));
    expect(meta.minYear).toBeLessThanOrEqual(2010);
    expect(meta.maxYear).toBeGreaterThanOrEqual(2023);
    expect(meta.actors).toEqual(['kommun', 'polis', 'samverkan']);
    expect(meta.exampleRows.find((t) => t.table_name === 'crimes')?.example_rows).toBeGreaterThan(0);
  });

  it('defaults to Mariestad against Riket, total crime and the youth categories', () => {
    const d = defaultFilters(meta);
    expect(d.municipality).toBe('1493');
    expect(d.compare).toEqual(['00']);
    expect(d.category).toEqual(['totalt', ...meta.categories.filter((c) => c.youth_relevant).map((c) => c.category_id)]);
    expect(d.category).toEqual(expect.arrayContaining(['narkotikabrott', 'skadegorelse', 'misshandel', 'stold']));
    expect(knownValues(meta).venues).toContain('elvarket');
  });
});

describe('crimeSeriesQuery', () => {
  it("returns Sweden's real BRÅ totals as published, with population", async () => {
    const rows = await run<CrimeRow>(conn, crimeSeriesQuery({ kommunkoder: ['00'], categoryIds: ['totalt', 'skadegorelse'], from: 2010, to: 2016 }));
    expect(rows).toHaveLength(14);
    const total2015 = rows.find((r) => r.category_id === 'totalt' && r.year === 2015);
    expect(total2015?.count).toBe(braSourceValue(3144, 2015));
    expect(total2015?.source).toBe('BRÅ');
    expect(total2015?.population).toBe(9851017);
    const vandalism2016 = rows.find((r) => r.category_id === 'skadegorelse' && r.year === 2016);
    expect(vandalism2016?.count).toBe(braSourceValue(3151, 2016));
    expect(vandalism2016?.preliminary).toBe(true);
  });

  it('filters by municipality, category and years, and labels example rows', async () => {
    const rows = await run<CrimeRow>(conn, crimeSeriesQuery({ kommunkoder: ['1493', '1496'], categoryIds: ['narkotikabrott'], from: 2015, to: 2019 }));
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.kommunkod))).toEqual(new Set(['1493', '1496']));
    expect(rows.every((r) => r.year >= 2015 && r.year <= 2019 && r.category_id === 'narkotikabrott')).toBe(true);
    expect(rows.every((r) => r.source === 'exempeldata')).toBe(true);
    expect(rows.find((r) => r.kommunkod === '1493' && r.year === 2018)?.population).toBe(24372);
    expect(rows.every((r) => typeof r.count === 'number' && typeof r.population === 'number')).toBe(true);
  });
});

describe('activity queries', () => {
  const mariestad2018 = { kommunkod: '1493', from: 2018, to: 2018, actors: [], venues: [] };

  it("gives the police's 2018 follow-up counts: 6 riktade insatser, 37 trygghetsskapande besök, 13 informationsmöten", async () => {
    const rows = await run<ActivityByTypeRow>(conn, activitiesByTypeQuery({ ...mariestad2018, actors: ['polis'] }));
    const byType = Object.fromEntries(rows.map((r) => [r.activity_type, r.total]));
    expect(byType['riktad insats']).toBe(6);
    expect(byType['trygghetsskapande besök']).toBe(37);
    expect(byType['informationsmöte']).toBe(13);
    expect(rows.every((r) => r.actor === 'polis' && r.example === false)).toBe(true);
  });

  it('counts records without a stated count separately, never as zero occurrences', async () => {
    const rows = await run<ActivityByYearActorRow>(conn, activitiesByYearActorQuery(mariestad2018));
    const kommun = rows.find((r) => r.actor === 'kommun');
    expect(kommun?.records).toBeGreaterThan(0);
    expect(kommun?.uncounted).toBe(kommun?.records);
    expect(kommun?.total).toBeNull();
    expect(rows.find((r) => r.actor === 'polis')?.total).toBe(6 + 37 + 13);
  });

  it("places the municipality's 2018 visits at the seed's venues", async () => {
    const rows = await run<ActivityByVenueYearRow>(conn, activitiesByVenueYearQuery({ ...mariestad2018, actors: ['kommun'] }));
    expect(rows.map((r) => r.venue_id)).toEqual(
      expect.arrayContaining(['skolor', 'resecentrum', 'elvarket', 'torebodafestivalen', 'studentveckan', 'cruising', 'valborg']),
    );
  });

  it('restricts to the chosen venues and actors', async () => {
    const f = { kommunkod: '1493', from: 2017, to: 2024, actors: ['polis'], venues: ['elvarket'] };
    const records = await run<ActivityRecordRow>(conn, activityRecordsQuery(f));
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.actor === 'polis' && r.venue === 'Elvärket')).toBe(true);
    const all = await run<ActivityRecordRow>(conn, activityRecordsQuery({ ...f, actors: [], venues: [] }));
    expect(all.length).toBeGreaterThan(records.length);
  });

  it('pages the records: pages add up to the whole, in the same order, and the count agrees', async () => {
    const f = { kommunkod: '1493', from: 2010, to: 2024, actors: [], venues: [] };
    const all = await run<ActivityRecordRow>(conn, activityRecordsQuery(f));
    const [counted] = await run<{ n: number }>(conn, activityRecordCountQuery(f));
    expect(counted?.n).toBe(all.length);
    expect(all.length).toBeGreaterThan(100);
    const pages: ActivityRecordRow[] = [];
    for (let offset = 0; offset < all.length; offset += 100) pages.push(...(await run<ActivityRecordRow>(conn, activityRecordsQuery(f, { limit: 100, offset }))));
    expect(pages.map((r) => r.activity_id)).toEqual(all.map((r) => r.activity_id));
    expect(await run<ActivityRecordRow>(conn, activityRecordsQuery(f, { limit: 100, offset: 0 }))).toHaveLength(100);
  });

  it('reads the 2017 follow-up by quarter', async () => {
    const rows = await run<ActivityByTypeRow>(conn, activitiesByTypeQuery({ kommunkod: '1493', from: 2017, to: 2017, actors: ['polis'], venues: [] }));
    const byType = Object.fromEntries(rows.map((r) => [r.activity_type, r.total]));
    expect(byType['riktad insats']).toBe(4 + 2);
    expect(byType['drogtest']).toBe(7);
    expect(byType['anmälan narkotikabrott']).toBe(9);
  });
});

describe('targetGroupsByVenueQuery', () => {
  it("names who the 2018 activities at each venue reached, from the follow-up's wording", async () => {
    const { targetGroupsByVenueQuery } = await import('../../src/lib/queries/activities');
    const rows = await run<{ venue_id: string; target_group: string; records: number; total: number | null }>(
      conn,
      targetGroupsByVenueQuery({ kommunkod: '1493', from: 2018, to: 2018, actors: [], venues: [] }),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.venue_id !== null && r.records >= 1)).toBe(true);
    const skolor = rows.filter((r) => r.venue_id === 'skolor');
    expect(skolor.reduce((s, r) => s + (r.total ?? 0), 0)).toBe(37);
  });
});
