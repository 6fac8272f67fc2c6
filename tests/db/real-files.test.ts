/**
 * The importers on real public files nobody on this project wrote (tests/fixtures/real/README.md
 * names their origin). Every expected value was read by hand from the file.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { ImportFailure } from '../../src/lib/import/types';
import { importPrepared } from '../../src/lib/persist/imports';
import { memoryStore } from '../../src/lib/persist/store';
import { categoryOptions } from '../../src/lib/shape/category-options';
import { input } from '../fixtures/import/files';

let conn: Connector;
const store = memoryStore();
beforeAll(async () => {
  conn = await openNodeDbWithData();
});

async function importReal(name: string) {
  const bytes = new Uint8Array(readFileSync(`tests/fixtures/real/${name}`));
  const ctx = await loadContext(conn);
  const p = await prepareImport(conn, input(name, bytes), ctx);
  return { prepared: p, done: await importPrepared(conn, store, p, p.mapping, ctx) };
}

const value = async (sql: string, params: (string | number)[]) => (await conn.query({ sql, params }))[0];

describe('real files', () => {
  it('BRÅ statistics database, scraped (hela_landet.csv): "År, 2000" years, every category (3 as BRÅ\'s own), 2016 preliminary', async () => {
    const { prepared, done } = await importReal('bra-anmalda-brott-hela-landet-2000-2016.csv');
    expect(prepared.mapping.layout).toBe('bra-databas');
    const source = 'BRÅ (import: bra-anmalda-brott-hela-landet-2000-2016.csv)';
    const crime = (year: number, category: string) =>
      value("SELECT count, preliminary, source FROM crimes WHERE year = ? AND kommunkod = '00' AND category_id = ?", [year, category]);
    // File row 0: Totalt antal brott, "År, 2000", 1210821; row 16: "År, 2016 prel.", 1502023; row 17: Våldsbrott 2000, 75696.
    expect(await crime(2000, 'totalt')).toEqual({ count: 1210821, preliminary: false, source });
    expect(await crime(2016, 'totalt')).toEqual({ count: 1502023, preliminary: true, source });
    expect(await crime(2000, 'valdsbrott')).toEqual({ count: 75696, preliminary: false, source });
    // Row 34 "Våldsbrott, Misshandel inkl.grov" (3161) 2000: 58851; row 135 "Stöld-, rån- och häleribrott, Stöld och snatteri" 2016 prel.: 208448.
    expect(await crime(2000, 'misshandel')).toEqual({ count: 58851, preliminary: false, source });
    expect(await crime(2016, 'stold')).toEqual({ count: 208448, preliminary: true, source });
    // 10 crime types × 17 years in the file: the 7 the rule maps, and the 3 others as BRÅ's own categories, none skipped.
    expect(done.stored.rows).toBe(10 * 17);
    expect(done.notes.join(' ')).not.toMatch(/hoppades över/);
    expect(done.notes.join(' ')).toMatch(/3 av BRÅ:s brottstyper utöver verktygets egna lästes in med BRÅ:s id och namn/);
    const own = await conn.query({
      sql: "SELECT c.category_id, c.name, c.bra_id, c.bra_level, c.bra_parent_id, c.parent_id FROM crime_categories c WHERE c.bra_id IN (3294, 3322, 3415) ORDER BY c.bra_id",
      params: [],
    });
    expect(own.map(({ category_id: _, ...rest }) => rest)).toEqual([
      { name: 'Sexualbrott, Våldtäkt inkl. grov (ingår även i våldsbrott)', bra_id: 3294, bra_level: null, bra_parent_id: 3147, parent_id: 'sexualbrott' },
      { name: 'Sexualbrott, Våldtäkt inkl. grov (ingår även i våldsbrott), Mot samtliga personer, Utomhus', bra_id: 3322, bra_level: null, bra_parent_id: 3294, parent_id: own[0]?.category_id },
      { name: 'Stöld-, rån- och häleribrott, Stöld och snatteri, I butik, varuhus, kommersiell utställningslokal', bra_id: 3415, bra_level: null, bra_parent_id: 3369, parent_id: 'stold' },
    ]);
    expect(own.every((c) => String(c.category_id).startsWith('bra-'))).toBe(true);
    const byBra = async (braId: number, year: number) =>
      value("SELECT c.count, c.preliminary FROM crimes c JOIN crime_categories cc USING (category_id) WHERE cc.bra_id = ? AND c.year = ? AND c.kommunkod = '00'", [braId, year]);
    // Rows 68 and 84 (3294): 2000 = 2026, 2016 prel. = 6563; row 85 (3322) 2000 = 554; row 152 (3415) 2016 prel. = 48645.
    expect(await byBra(3294, 2000)).toEqual({ count: 2026, preliminary: false });
    expect(await byBra(3294, 2016)).toEqual({ count: 6563, preliminary: true });
    expect(await byBra(3322, 2000)).toEqual({ count: 554, preliminary: false });
    expect(await byBra(3415, 2016)).toEqual({ count: 48645, preliminary: true });
    // Searchable in the category filter.
    const cats = await conn.query({ sql: 'SELECT category_id, name, bra_level FROM crime_categories ORDER BY sort_order', params: [] });
    const found = categoryOptions(cats.map((c) => ({ category_id: String(c.category_id), name: String(c.name), bra_level: null })), 'våldtäkt utomhus', []).found;
    expect(found.map((o) => o.label)).toEqual(['Sexualbrott, Våldtäkt inkl. grov (ingår även i våldsbrott), Mot samtliga personer, Utomhus']);
    expect(done.stored.years).toEqual([2000, 2016]);
  });

  it('BRÅ statistics-database extract (Lulea-statistik latest.csv): Boden and Luleå, August 2026 by month, 41 BRÅ categories each', async () => {
    const { prepared, done } = await importReal('bra-extrakt-boden-lulea-2026-08.csv');
    expect(prepared.mapping.layout).toBe('bra-databas');
    const month = (kommunkod: string, category: string) =>
      value("SELECT count, preliminary, period_type, month, year FROM crimes_period WHERE period_key = '2026-08' AND kommunkod = ? AND category_id = ?", [kommunkod, category]);
    // File lines 4 and 45: Totalt antal brott (13192), Boden 225, Luleå 652; "2026 prel., Aug", Preliminär True.
    expect(await month('2582', 'totalt')).toEqual({ count: 225, preliminary: true, period_type: 'manad', month: 8, year: 2026 });
    expect(await month('2580', 'totalt')).toEqual({ count: 652, preliminary: true, period_type: 'manad', month: 8, year: 2026 });
    // Names are whole paths; the rule reads the part after the parent (Förälder):
    // "…, 12 kap. Skadegörelsebrott" Boden 21, Luleå 72; "…, därav misshandel inkl. grov" 22 and 63;
    // "…, 6 kap. Sexualbrott" 2 and 13; "…, Brott mot narkotikastrafflagen" 10 and 38.
    expect((await month('2582', 'skadegorelse'))?.count).toBe(21);
    expect((await month('2580', 'skadegorelse'))?.count).toBe(72);
    expect((await month('2582', 'misshandel'))?.count).toBe(22);
    expect((await month('2580', 'misshandel'))?.count).toBe(63);
    expect((await month('2582', 'sexualbrott'))?.count).toBe(2);
    expect((await month('2580', 'sexualbrott'))?.count).toBe(13);
    expect((await month('2582', 'narkotikabrott'))?.count).toBe(10);
    expect((await month('2580', 'narkotikabrott'))?.count).toBe(38);
    // One month is never a year.
    expect(await value("SELECT count(*)::INTEGER AS n FROM crimes WHERE source = ?", ['BRÅ (import: bra-extrakt-boden-lulea-2026-08.csv)'])).toEqual({ n: 0 });
    expect(done.stored.rows).toBe(82);
    // The other 36 are BRÅ's own, with BRÅ's id, level and parent: "…, därav cykeltillgrepp" 13260, level 4, under 8 kap. (13207).
    const cykel = await value("SELECT cc.name, cc.bra_level, cc.bra_parent_id, p.bra_id AS parent_bra FROM crime_categories cc JOIN crime_categories p ON p.category_id = cc.parent_id WHERE cc.bra_id = 13260", []);
    expect(cykel).toEqual({ name: 'Brott mot brottsbalken, 8-12 kap. Brott mot förmögenhet, 8 kap. Stöld, rån m.m., därav cykeltillgrepp', bra_level: 4, bra_parent_id: 13207, parent_bra: 13207 });
    const cykelBoden = await value("SELECT c.count FROM crimes_period c JOIN crime_categories cc USING (category_id) WHERE cc.bra_id = 13260 AND c.kommunkod = '2582'", []);
    expect(cykelBoden).toEqual({ count: 7 });
    expect(done.notes.join(' ')).toMatch(/36 av BRÅ:s brottstyper utöver verktygets egna lästes in med BRÅ:s id, namn, nivå/);
  });

  it('Kolada web export (kolada-befolkning.csv): Invånare for all 290 municipalities and Riket read', async () => {
    const { prepared, done } = await importReal('kolada-invanare-kommuner-2010-2016.csv');
    expect(prepared.mapping).toMatchObject({ layout: 'kolada', target: 'population' });
    const pop = (year: number, kommunkod: string) => value('SELECT population, source FROM population WHERE year = ? AND kommunkod = ?', [year, kommunkod]);
    const source = 'Kolada (import: kolada-invanare-kommuner-2010-2016.csv)';
    // File: Mariestad 2010 23741, 2016 24215; Riket 2010 9415570, 2016 9995153.
    expect(await pop(2010, '1493')).toEqual({ population: 23741, source });
    expect(await pop(2016, '1493')).toEqual({ population: 24215, source });
    expect(await pop(2010, '00')).toEqual({ population: 9415570, source });
    expect(await pop(2016, '00')).toEqual({ population: 9995153, source });
    // File: Boden 2016 28042 (a municipality shipped without crime data).
    expect(await pop(2016, '2582')).toEqual({ population: 28042, source });
    // All 291 regions of the file (290 municipalities and Riket), seven years; none skipped.
    expect(done.stored.rows).toBe(291 * 7);
    expect(done.notes.join(' ')).not.toMatch(/verktyget inte känner till/);
  });

  it('SCB PxWeb v1 "json" (pxweb fixture BefolkningNy-eec451): Riket, Alder "tot", 2016–2019, read as the population', async () => {
    const { prepared, done } = await importReal('scb-v1-json-folkmangd-riket-2016-2019.json');
    expect(prepared.mapping).toMatchObject({ layout: 'scb', target: 'population' });
    const pop = (year: number) => value("SELECT population, source FROM population WHERE year = ? AND kommunkod = '00'", [year]);
    const source = 'SCB (import: scb-v1-json-folkmangd-riket-2016-2019.json)';
    // File data[0]: key ["00","tot","2016"], values ["9995153"]; data[3]: ["00","tot","2019"], ["10327589"].
    expect(await pop(2016)).toEqual({ population: 9995153, source });
    expect(await pop(2019)).toEqual({ population: 10327589, source });
    expect(done.stored.rows).toBe(4);
  });

  it('SCB PxWeb v1 "json" without a region (BefolkningNy-b51455): Riket, Folkmängd read and Folkökning left out with a note', async () => {
    const { done } = await importReal('scb-v1-json-folkmangd-folkokning-riket-2010-2012.json');
    // File data[1]: key ["2011"], values ["9482855", "67285"]: the first is BE0101N1 Folkmängd.
    expect(await value("SELECT population FROM population WHERE year = 2011 AND kommunkod = '00'", [])).toEqual({ population: 9482855 });
    expect(done.stored.rows).toBe(3);
    const notes = done.notes.join(' ');
    expect(notes).toMatch(/”Folkökning” \(BE0101N2\) lästes inte in/);
    expect(notes).toMatch(/ingen regiondimension.*Riket/);
  });

  const refusal = async (name: string) => {
    const bytes = new Uint8Array(readFileSync(`tests/fixtures/real/${name}`));
    const ctx = await loadContext(conn);
    const e = await prepareImport(conn, input(name, bytes), ctx).then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(ImportFailure);
    return e as ImportFailure;
  };

  it('SCB PxWeb v1 "json" holding one cell (BefolkningNy-3e8562: 00, OG, 0, 1, 2024 = 50937) is refused, naming civilstånd and OG', async () => {
    const before = await value("SELECT population FROM population WHERE year = 2024 AND kommunkod = '00'", []);
    const e = await refusal('scb-v1-json-ogifta-0ar-man-riket-2024.json');
    // The first dimension that is not region or time is "civilstånd" with the code "OG" (v1 json carries codes only).
    expect(e.message).toMatch(/dimensionen ”civilstånd” har värdet ”OG”, inte totalen/);
    expect(e.issues[0]).toMatchObject({ column: 'civilstånd', value: 'OG' });
    expect(await value("SELECT population FROM population WHERE year = 2024 AND kommunkod = '00'", [])).toEqual(before);
  });

  it('SCB json-stat 1.x (BefolkningNy-28a10f: { dataset: … }, Kon "1" = "män", 2017) is refused, naming kön and män', async () => {
    const e = await refusal('scb-jsonstat1-folkmangd-man-2017.json');
    expect(e.message).toMatch(/dimensionen ”kön” har värdet ”män”, inte totalen/);
  });

  it('SCB PxWebApi 2.0 json-stat2 (TAB638: Riket, ogifta, 0 år, män, 2024 = 50937) is refused, naming civilstånd and ogifta', async () => {
    const e = await refusal('scb-jsonstat2-tab638-ogifta-0ar-man-2024.json');
    expect(e.message).toMatch(/dimensionen ”civilstånd” har värdet ”ogifta”, inte totalen/);
  });
});
