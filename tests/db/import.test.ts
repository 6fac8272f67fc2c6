/** The import pipeline against real DuckDB-WASM: real formats in, broken files change nothing. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { checksumQuery } from '../../src/lib/import/datasets';
import { loadContext, prepareImport, type ImportInput } from '../../src/lib/import/pipeline';
import { ImportFailure } from '../../src/lib/import/types';
import { importPrepared, removeImport, resetImports } from '../../src/lib/persist/imports';
import { restoreImports } from '../../src/lib/persist/restore';
import { CorruptIndexError, memoryStore, type ImportStore } from '../../src/lib/persist/store';
import { BRA_YEARLY, BRA_YEARLY_NAME, cp1252, crimesParquet, input, koladaJson, utf16le, utf8 } from '../fixtures/import/files';

let conn: Connector;
let store: ImportStore;

beforeAll(async () => {
  conn = await openNodeDbWithData();
  store = memoryStore();
});

async function doImport(file: ImportInput) {
  const ctx = await loadContext(conn);
  const p = await prepareImport(conn, file, ctx);
  return importPrepared(conn, store, p, p.mapping, ctx);
}

async function crime(year: number, kommunkod: string, category: string) {
  const rows = await conn.query({
    sql: 'SELECT count, source FROM crimes WHERE year = ? AND kommunkod = ? AND category_id = ?',
    params: [year, kommunkod, category],
  });
  return rows;
}

const checksum = () => conn.query(checksumQuery());

describe('importing real formats', () => {
  it('reads a BRÅ yearly file in Windows-1252 with spaces, NBSP, decimal commas, `..` and `-`', async () => {
    const before = await crime(2023, '1493', 'skadegorelse');
    expect(before[0]?.source).toBe('exempeldata');
    const done = await doImport(input(BRA_YEARLY_NAME, cp1252(BRA_YEARLY)));
    const source = 'BRÅ (import: bra-skadegorelse-2023.csv)';
    expect(await crime(2023, '1493', 'skadegorelse')).toEqual([{ count: 2537, source }]);
    expect(await crime(2023, '1496', 'skadegorelse')).toEqual([{ count: null, source }]);
    expect(await crime(2023, '1471', 'skadegorelse')).toEqual([{ count: 0, source }]);
    expect(await crime(2023, '1497', 'skadegorelse')).toEqual([{ count: 1204, source }]);
    // Stockholm is not shipped with data, but every municipality can receive it.
    expect(await crime(2023, '0180', 'skadegorelse')).toEqual([{ count: 45001, source }]);
    expect(done.stored.rows).toBe(5);
    expect(done.notes.join(' ')).not.toMatch(/verktyget inte känner till/);
  });

  it('reads the same file in UTF-8 with BOM and in UTF-16', async () => {
    await doImport(input('bra-misshandel-2022.csv', utf8(BRA_YEARLY, true)));
    expect((await crime(2022, '1493', 'misshandel'))[0]?.count).toBe(2537);
    await doImport(input('bra-stold-2021.csv', utf16le(BRA_YEARLY)));
    expect((await crime(2021, '1493', 'stold'))[0]).toEqual({ count: 2537, source: 'BRÅ (import: bra-stold-2021.csv)' });
  });

  it('reads a BRÅ statistics-database export, skipping crime types the dashboard does not use', async () => {
    const text = ['År,Kommun,Brott,Brott_ID,Antal,Per100000', '2020,Mariestad,Våldsbrott,3145,321,1300.5', '2020,Mariestad,Bedrägeri,3200,50,200', '2020,Lidköping,Våldsbrott,3145,-,0'].join('\n');
    await doImport(input('bra-export.csv', utf8(text)));
    expect(await crime(2020, '1493', 'valdsbrott')).toEqual([{ count: 321, source: 'BRÅ (import: bra-export.csv)' }]);
    expect((await crime(2020, '1494', 'valdsbrott'))[0]?.count).toBe(0);
  });

  it('reads a Kolada response, turning the rate per 100 000 into a count with the population', async () => {
    const pop = await conn.query({ sql: "SELECT population FROM population WHERE year = 2016 AND kommunkod = '1493'", params: [] });
    await doImport(input('kolada-N07403.json', utf8(koladaJson(1000))));
    expect(await crime(2016, '1493', 'valdsbrott')).toEqual([{ count: Math.round((1000 * Number(pop[0]?.population)) / 1e5), source: 'Kolada N07403 (import: kolada-N07403.json)' }]);
  });

  it('reads Parquet decoded in JS (DuckDB fetches no extension)', async () => {
    await doImport(input('crimes.parquet', crimesParquet([{ year: 2019, kommunkod: '1493', category_id: 'narkotikabrott', count: 77 }])));
    expect(await crime(2019, '1493', 'narkotikabrott')).toEqual([{ count: 77, source: 'Egen fil (import: crimes.parquet)' }]);
    const ext = await conn.query({ sql: "SELECT count(*)::INTEGER AS n FROM duckdb_extensions() WHERE extension_name = 'parquet' AND loaded", params: [] });
    expect(ext[0]?.n).toBe(0);
  });

  it('reads an SCB json-stat2 population table', async () => {
    const jsonStat = { version: '2.0', class: 'dataset', label: 'Folkmängd efter region och år', id: ['Region', 'ContentsCode', 'Tid'], size: [2, 1, 2],
      dimension: { Region: { category: { index: { '1493': 0, '1496': 1 } } }, ContentsCode: { category: { index: { BE0101N1: 0 } } }, Tid: { category: { index: { '2023': 0, '2024': 1 } } } },
      value: [24800, 24900, 57000, null], status: { '3': '..' } };
    await doImport(input('scb-folkmangd.json', utf8(JSON.stringify(jsonStat))));
    const rows = await conn.query({ sql: "SELECT kommunkod, year, population, source FROM population WHERE source LIKE 'SCB (import%' ORDER BY kommunkod, year", params: [] });
    expect(rows.map((r) => [r.kommunkod, r.year, r.population])).toEqual([['1493', 2023, 24800], ['1493', 2024, 24900], ['1496', 2023, 57000], ['1496', 2024, null]]);
  });
});

describe('broken files leave the data exactly as they were', () => {
  const header = 'Kommun;Antal;Per 100 000 inv.\r\n';
  it.each([
    ['negative count', 'bra-totalt-2023.csv', cp1252(header + 'Mariestads kommun;-5;1,0'), /Negativt antal/, { row: 2, column: 'Antal', value: '-5' }],
    ['wrong type', 'bra-totalt-2023.csv', cp1252(header + 'Mariestads kommun;många;1,0'), /inte ett tal/, { row: 2, column: 'Antal', value: 'många' }],
    ['unknown municipality', 'bra-totalt-2023.csv', cp1252(header + 'Marriestad kommun;5;1,0'), /Okänd kommun/, { row: 2, column: 'Kommun', value: 'Marriestad kommun' }],
    ['duplicate key', 'bra-totalt-2023.csv', cp1252(header + 'Mariestads kommun;5;1,0\r\nMariestad;6;1,0'), /Dubblett.*rad 2/, { row: 3, column: 'Kommun', value: 'Mariestad' }],
    ['a row after blank lines', 'bra-totalt-2023.csv', cp1252(header + 'Hjo kommun;1;1,0\r\n\r\n \r\nMariestads kommun;-5;1,0\r\n'), /Negativt antal/, { row: 5, column: 'Antal', value: '-5' }],
    ['year out of range', 'bra-totalt-1850.csv', cp1252('År,Kommun,Brott_ID,Antal\n1850,Mariestad,3144,5'), /utanför/, { row: 2, column: 'År', value: '1850' }],
  ])('%s: names file, row, column and value', async (_what, name, bytes, message, where) => {
    const before = await checksum();
    const err = await doImport(input(name, bytes)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFailure);
    const failure = err as ImportFailure;
    expect(failure.message).toContain(name);
    expect(failure.issues[0]?.message).toMatch(message);
    expect(failure.issues[0]).toMatchObject(where);
    expect(await checksum()).toEqual(before);
  });

  it.each([
    ['empty file', 'tom.csv', new Uint8Array(0), /tom/],
    ['only a header', 'rubrik.csv', utf8(header), /inga datarader/],
    ['binary junk', 'skrap.csv', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x7f, 0x80]), /binära/],
    ['an Excel file', 'brott.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /Excel/],
    ['broken JSON', 'kolada.json', utf8('{"values": [ '), /inte giltig JSON/],
    ['broken Parquet', 'brott.parquet', new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2, 3, 4]), /ingen giltig Parquet-fil/],
    ['a Kolada value without population', 'kolada.json', utf8(koladaJson(500).replace('2016', '1990')), /fel, inget lästes in/],
  ])('%s', async (_what, name, bytes, message) => {
    const before = await checksum();
    await expect(doImport(input(name, bytes))).rejects.toThrow(message);
    expect(await checksum()).toEqual(before);
  });

  it('refuses a file too large for memory before reading it', async () => {
    let read = false;
    const big: ImportInput = { name: 'stor.csv', size: 5e9, bytes: async () => ((read = true), new Uint8Array(0)) };
    await expect(doImport(big)).rejects.toThrow(/för stor/);
    expect(read).toBe(false);
  });
});

describe('kept imports: restore, remove, reset', () => {
  it('restores every kept import on a fresh database, removes one and resets to the shipped data', async () => {
    const fresh = await openNodeDbWithData();
    const shipped = await fresh.query(checksumQuery());
    const restored = await restoreImports(fresh, store);
    expect(restored.failed).toEqual([]);
    expect(await fresh.query(checksumQuery())).toEqual(await checksum());

    const bra = (await store.list()).find((m) => m.fileName === BRA_YEARLY_NAME);
    expect(bra).toBeDefined();
    await removeImport(fresh, store, bra?.id ?? '');
    const back = await fresh.query({ sql: "SELECT source FROM crimes WHERE year = 2023 AND kommunkod = '1493' AND category_id = 'skadegorelse'", params: [] });
    expect(back).toEqual([{ source: 'exempeldata' }]);
    expect((await fresh.query({ sql: "SELECT count FROM crimes WHERE year = 2019 AND kommunkod = '1493' AND category_id = 'narkotikabrott'", params: [] }))[0]?.count).toBe(77);

    await resetImports(fresh, store);
    expect(await fresh.query(checksumQuery())).toEqual(shipped);
    expect(await store.list()).toEqual([]);
  });
});

describe('transactions', () => {
  it('a failure inside the transaction rolls back, even after the shipped tables were recreated', async () => {
    const { applyImport, rebuild } = await import('../../src/lib/import/staging');
    const before = await checksum();
    const bad = 'year,kommunkod,category_id,count,preliminary,source\ninte-ett-år,1493,totalt,1,false,x\n';
    await expect(applyImport(conn, 'crimes', bad)).rejects.toThrow();
    expect(await checksum()).toEqual(before);
    await expect(rebuild(conn, [{ target: 'crimes', csv: bad }])).rejects.toThrow();
    expect(await checksum()).toEqual(before);
  });
});

describe('Kolada responses', () => {
  it('refuses a response with several KPIs, changing nothing', async () => {
    const before = await checksum();
    const two = JSON.parse(koladaJson(1000)) as { values: { kpi: string }[] };
    two.values.push({ ...two.values[0], kpi: 'N01951' } as { kpi: string });
    await expect(doImport(input('kolada.json', utf8(JSON.stringify(two))))).rejects.toThrow(/flera nyckeltal/);
    expect(await checksum()).toEqual(before);
  });
});

describe('SCB population as text', () => {
  it('reads an SCB table saved as semicolon text (region "1493 Mariestad", år, folkmängd)', async () => {
    const text = ['region;år;Folkmängd', '1493 Mariestad;2024;24 811', '1496 Skövde;2024;57 500'].join('\r\n');
    await doImport(input('BE0101A-folkmangd.csv', cp1252(text)));
    const rows = await conn.query({ sql: "SELECT kommunkod, population, source FROM population WHERE year = 2024 AND kommunkod IN ('1493', '1496') ORDER BY kommunkod", params: [] });
    expect(rows).toEqual([
      { kommunkod: '1493', population: 24811, source: 'SCB (import: BE0101A-folkmangd.csv)' },
      { kommunkod: '1496', population: 57500, source: 'SCB (import: BE0101A-folkmangd.csv)' },
    ]);
  });
});

describe('restore failures are reported, not dropped', () => {
  it('lists a kept import whose copy is damaged or gone with a Swedish reason, and reports a broken list', async () => {
    const kept = memoryStore();
    const meta = (id: string, fileName: string) => ({ id, fileName, target: 'crimes' as const, source: `x (import: ${fileName})`, rows: 1, years: null, municipalities: 1, loadedAt: '2026-01-01T00:00:00Z' });
    await kept.save(meta('a', 'trasig.csv'), 'year,kommunkod\ninte,ett,tal\n');
    await kept.save(meta('b', 'borta.csv'), '');
    const gone: ImportStore = { ...kept, read: async (id) => (id === 'b' ? Promise.reject(new Error('NotFoundError')) : kept.read(id)) };
    const before = await checksum();
    const r = await restoreImports(conn, gone);
    expect(r.restored).toEqual([]);
    expect(r.failed.map((f) => f.meta.fileName)).toEqual(['trasig.csv', 'borta.csv']);
    expect(r.failed[1]?.reason).toBe('den sparade kopian finns inte längre i webbläsaren.');
    expect(r.failed[0]?.reason.length).toBeGreaterThan(0);
    expect(await checksum()).toEqual(before);

    const broken: ImportStore = { ...kept, list: async () => Promise.reject(new CorruptIndexError('Listan är skadad.')) };
    expect(await restoreImports(conn, broken)).toEqual({ restored: [], failed: [], indexError: 'Listan är skadad.' });
    const blocked: ImportStore = { ...kept, list: async () => Promise.reject(new Error('SecurityError')) };
    expect((await restoreImports(conn, blocked)).indexError).toBeNull();
  });
});

describe("BRÅ's yearly municipality file as it comes", () => {
  it('skips stadsområden with a note and reads every municipality (en dash in Malung–Sälen)', async () => {
    const text = ['Kommun;Antal;Per 100 000 inv.', 'Mariestads kommun;1 234;5 000,0', 'Malung–Sälens kommun;456;4 500,0', 'Spånga-Tensta;3 210;8 000,0', 'Stockholm: Rinkeby-Kista;2 100;7 000,0', 'Skövde kommun;2 222;4 100,0'].join('\r\n');
    const done = await doImport(input('bra-stold-2015.csv', utf8(text)));
    expect(await crime(2015, '1493', 'stold')).toEqual([{ count: 1234, source: 'BRÅ (import: bra-stold-2015.csv)' }]);
    expect(await crime(2015, '1496', 'stold')).toEqual([{ count: 2222, source: 'BRÅ (import: bra-stold-2015.csv)' }]);
    const notes = done.notes.join(' ');
    expect(await crime(2015, '2023', 'stold')).toEqual([{ count: 456, source: 'BRÅ (import: bra-stold-2015.csv)' }]);
    expect(notes).not.toMatch(/verktyget inte känner till/);
    expect(notes).toMatch(/2 stadsområden i storstäderna hoppades över .*”Spånga-Tensta”, ”Stockholm: Rinkeby-Kista”/);
  });
});

