/**
 * The preview before an import is committed, against real DuckDB: what it holds, which existing
 * values it replaces (old → new), population jumps of more than 20 %, and that nothing is written
 * until the import is confirmed. Also Kolada's paging (several page files, a next_page noted).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { previewImport } from '../../src/lib/import/preview-query';
import { importPrepared } from '../../src/lib/persist/imports';
import { memoryStore } from '../../src/lib/persist/store';
import { input, utf8 } from '../fixtures/import/files';

let conn: Connector;
beforeEach(async () => {
  conn = await openNodeDbWithData();
});

async function preview(name: string, bytes: Uint8Array) {
  const ctx = await loadContext(conn);
  const p = await prepareImport(conn, input(name, bytes), ctx);
  return { p, ctx, ...(await previewImport(conn, p, p.mapping, ctx)) };
}

const population = async (year: number, kommunkod: string) =>
  (await conn.query({ sql: 'SELECT population, source FROM population WHERE year = ? AND kommunkod = ?', params: [year, kommunkod] }))[0];

describe('preview of an import', () => {
  it('a real SCB v1 answer for Riket 2016–2019: one value kept, three replaced old → new, nothing written yet', async () => {
    const file = 'scb-v1-json-folkmangd-riket-2016-2019.json';
    const { p, ctx, converted, preview: pv } = await preview(file, new Uint8Array(readFileSync(`tests/fixtures/real/${file}`)));
    expect(pv).toMatchObject({ target: 'population', rows: 4, municipalities: ['Riket'], years: [2016, 2017, 2018, 2019], categories: [], periodTypes: ['År'], added: 0 });
    // data/population.csv holds 2016 = 9 995 153 (Kolada/SCB), the same as the file; 2017–2019 are exempeldata.
    expect(pv.replaced.count).toBe(3);
    expect(pv.replaced.unchanged).toBe(1);
    expect(pv.replaced.examples[0]).toEqual({ year: 2017, kommunkod: '00', category_id: null, old: 10095161, new: 10120242, oldSource: 'exempeldata' });
    expect(pv.jumps).toEqual([]);
    expect(await population(2017, '00')).toEqual({ population: 10095161, source: 'exempeldata' });
    // Confirmed: the previewed rows are what is written.
    await importPrepared(conn, memoryStore(), p, p.mapping, ctx, converted);
    expect(await population(2017, '00')).toEqual({ population: 10120242, source: `SCB (import: ${file})` });
  });

  it('a population more than 20 % from its neighbouring years is a jump naming municipality, year and values', async () => {
    const csv = 'year,kommunkod,population\n2017,1493,48580\n2018,1493,24400\n';
    const { preview: pv } = await preview('befolkning.csv', utf8(csv));
    // data/population.csv: Mariestad 2016 = 24 215; 2018 is imported as 24 400, 2019 = 24 537.
    expect(pv.jumps).toHaveLength(2);
    expect(pv.jumps[0]).toMatchObject({ kommunkod: '1493', year: 2017, value: 48580, neighbours: [{ year: 2016, value: 24215 }, { year: 2018, value: 24400 }] });
    // 2018 (24 400) is itself ordinary next to 2019, but 2017 beside it is now 48 580.
    expect(pv.jumps[1]).toMatchObject({ year: 2018, neighbours: [{ year: 2017, value: 48580 }, { year: 2019, value: 24537 }] });
    expect(pv.replaced.examples.map((e) => [e.year, e.old, e.new])).toEqual([
      [2017, 24290, 48580],
      [2018, 24372, 24400],
    ]);
  });

  it('crimes: categories named, new keys counted as added', async () => {
    const csv = 'year,kommunkod,category_id,count\n2027,1493,skadegorelse,300\n2027,1496,narkotikabrott,40\n';
    const { preview: pv } = await preview('brott.csv', utf8(csv));
    expect(pv).toMatchObject({ target: 'crimes', rows: 2, added: 2, municipalities: ['Mariestad', 'Skövde'], years: [2027], jumps: [] });
    expect(pv.replaced.count).toBe(0);
    expect(pv.categories).toHaveLength(2);
  });
});

describe('Kolada API paging (answers written from the documented v2 shape)', () => {
  const page = (period: number, value: number, next: string | null) =>
    JSON.stringify({ count: 1, next_page: next, values: [{ kpi: 'N01951', municipality: '1493', period, values: [{ count: 1, gender: 'T', status: '', value }] }] });
  const next = 'http://api.kolada.se/v2/data/kpi/N01951/municipality/1493?page=2&per_page=1';

  it('two page files both import; the first says plainly that more pages exist and where', async () => {
    const store = memoryStore();
    const one = await preview('kolada-sida-1.json', utf8(page(2021, 24723, next)));
    expect(one.preview.notes.join(' ')).toContain(`nästa på ${next}`);
    await importPrepared(conn, store, one.p, one.p.mapping, one.ctx, one.converted);
    const two = await preview('kolada-sida-2.json', utf8(page(2022, 24768, null)));
    expect(two.preview.notes).toEqual([]);
    const done = await importPrepared(conn, store, two.p, two.p.mapping, two.ctx, two.converted);
    expect(done.notes).toEqual([]);
    expect(await population(2021, '1493')).toEqual({ population: 24723, source: 'Kolada N01951 (import: kolada-sida-1.json)' });
    expect(await population(2022, '1493')).toEqual({ population: 24768, source: 'Kolada N01951 (import: kolada-sida-2.json)' });
    expect((await store.list()).map((m) => m.fileName).sort()).toEqual(['kolada-sida-1.json', 'kolada-sida-2.json']);
  });
});
