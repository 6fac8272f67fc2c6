/**
 * The two silently wrong imports of issue 9, now refused or read right (shapes as the issue
 * describes the real files; the files themselves are not in the repo):
 * - an SCB PxWebApi 2.0 json-stat2 answer holding one cell (Riket, ogifta, 0 år, män, 2024 =
 *   50 937) was stored as Sweden's population;
 * - a BRÅ statistics-database extract with Periodtyp = Månad had its August count stored as the year.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { checksumQuery } from '../../src/lib/import/datasets';
import { loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { ImportFailure } from '../../src/lib/import/types';
import { importPrepared } from '../../src/lib/persist/imports';
import { memoryStore } from '../../src/lib/persist/store';
import { input, utf8 } from '../fixtures/import/files';

let conn: Connector;
const store = memoryStore();
beforeAll(async () => {
  conn = await openNodeDbWithData();
});

async function importText(name: string, text: string) {
  const ctx = await loadContext(conn);
  const p = await prepareImport(conn, input(name, utf8(text)), ctx);
  return importPrepared(conn, store, p, p.mapping, ctx);
}

const dim = (label: string, codes: Record<string, string>, extension?: Record<string, unknown>) => ({
  label,
  category: { index: Object.fromEntries(Object.keys(codes).map((c, i) => [c, i])), label: codes },
  ...(extension ? { extension } : {}),
});

function scbCube(dims: Record<string, ReturnType<typeof dim>>, value: number[]) {
  const ids = Object.keys(dims);
  return JSON.stringify({
    version: '2.0', class: 'dataset', label: 'Folkmängden efter region, civilstånd, ålder, kön, tabellinnehåll och år', source: 'SCB',
    id: ids, size: ids.map((id) => Object.keys(dims[id]!.category.label).length), dimension: dims, value,
    role: { time: ['Tid'], geo: ['Region'], metric: ['ContentsCode'] },
  });
}

describe('SCB json-stat: only a total is a population', () => {
  it('refuses the one-cell answer "Riket, ogifta, 0 år, män, 2024", naming the dimension and value', async () => {
    const before = await conn.query(checksumQuery());
    const text = scbCube({
      Region: dim('region', { '00': 'Riket' }),
      Civilstand: dim('civilstånd', { OG: 'ogifta' }, { elimination: true }),
      Alder: dim('ålder', { '0': '0 år' }, { elimination: true }),
      Kon: dim('kön', { '1': 'män' }, { elimination: true }),
      ContentsCode: dim('tabellinnehåll', { BE0101N1: 'Folkmängd' }),
      Tid: dim('år', { '2024': '2024' }),
    }, [50937]);
    const refusal = await importText('scb-folkmangd.json', text).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ImportFailure);
    expect((refusal as ImportFailure).message).toMatch(/scb-folkmangd\.json: dimensionen ”civilstånd” har värdet ”ogifta”, inte totalen/);
    expect((refusal as ImportFailure).issues[0]).toMatchObject({ column: 'civilstånd', value: 'ogifta' });
    expect(await conn.query(checksumQuery())).toEqual(before);
  });

  it('refuses several values of a dimension, and a content that is not folkmängd', async () => {
    const twoSexes = scbCube({ Region: dim('region', { '1493': 'Mariestad' }), Kon: dim('kön', { '1': 'män', '2': 'kvinnor' }), ContentsCode: dim('tabellinnehåll', { BE0101N1: 'Folkmängd' }), Tid: dim('år', { '2023': '2023' }) }, [12400, 12300]);
    await expect(importText('kon.json', twoSexes)).rejects.toThrow(/dimensionen ”kön” har 2 värden \(män, kvinnor/);
    const births = scbCube({ Region: dim('region', { '1493': 'Mariestad' }), ContentsCode: dim('tabellinnehåll', { BE0101E2: 'Levande födda' }), Tid: dim('år', { '2023': '2023' }) }, [230]);
    await expect(importText('fodda.json', births)).rejects.toThrow(/innehållet ”Levande födda” \(BE0101E2\) är inte folkmängd/);
  });

  it('reads a population at its totals (elimination code or "totalt"), as the population', async () => {
    const text = scbCube({
      Region: dim('region', { '1493': 'Mariestad' }),
      Alder: dim('ålder', { tot: 'totalt ålder' }),
      Kon: dim('kön', { '1+2': 'totalt' }),
      ContentsCode: dim('tabellinnehåll', { BE0101N1: 'Folkmängd' }),
      Tid: dim('år', { '2023': '2023' }),
    }, [24812]);
    await importText('scb-total.json', text);
    const [row] = await conn.query({ sql: "SELECT population FROM population WHERE year = 2023 AND kommunkod = '1493'", params: [] });
    expect(row?.population).toBe(24812);
  });
});

describe('BRÅ extracts: a month or a quarter is never a year', () => {
  const header = 'År,Månad,Kvartal,Periodtyp,Periodetikett,Kommun,Region_ID,Brott,Brott_ID,Antal,Per100000,Preliminär';

  it('reads the yearly row as the year and keeps the month and quarter as periods, never as the year', async () => {
    const text = [header,
      '2019,,,År,2019,Mariestad,1071,Misshandel inkl. grov,3161,211,860.0,False',
      '2019,8,3,Månad,"2019, Aug",Mariestad,1071,Misshandel inkl. grov,3161,19,77.0,False',
      '2019,,3,Kvartal,"2019, kv 3",Mariestad,1071,Misshandel inkl. grov,3161,55,224.0,False'].join('\n');
    await importText('bra-blandat.csv', text);
    const rows = await conn.query({ sql: "SELECT count FROM crimes WHERE year = 2019 AND kommunkod = '1493' AND category_id = 'misshandel'", params: [] });
    expect(rows).toEqual([{ count: 211 }]);
    const parts = await conn.query({ sql: "SELECT period_type, period_key, count FROM crimes_period WHERE kommunkod = '1493' AND category_id = 'misshandel' AND year = 2019 ORDER BY period_key", params: [] });
    expect(parts).toEqual([{ period_type: 'manad', period_key: '2019-08', count: 19 }, { period_type: 'kvartal', period_key: '2019-K3', count: 55 }]);
  });

  it('stores a months-only extract as a month: August is never the year (before: stored as the year, then refused)', async () => {
    const year = "SELECT count, source FROM crimes WHERE year = 2020 AND kommunkod = '1493' AND category_id = 'misshandel'";
    const before = await conn.query({ sql: year, params: [] });
    const text = [header, '2020,8,3,Månad,"2020, Aug",Mariestad,1071,Misshandel inkl. grov,3161,19,77.0,False'].join('\n');
    await importText('bra-augusti.csv', text);
    expect(await conn.query({ sql: year, params: [] })).toEqual(before);
    expect(before[0]?.count).not.toBe(19);
    const aug = await conn.query({ sql: "SELECT count FROM crimes_period WHERE period_key = '2020-08' AND kommunkod = '1493' AND category_id = 'misshandel'", params: [] });
    expect(aug).toEqual([{ count: 19 }]);
  });
});
