/**
 * The importers on real public files nobody on this project wrote (tests/fixtures/real/README.md
 * names their origin). Every expected value was read by hand from the file.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { importPrepared } from '../../src/lib/persist/imports';
import { memoryStore } from '../../src/lib/persist/store';
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
  it('BRÅ statistics database, scraped (hela_landet.csv): "År, 2000" years, BRÅ ids, 2016 preliminary', async () => {
    const { prepared, done } = await importReal('bra-anmalda-brott-hela-landet-2000-2016.csv');
    expect(prepared.mapping.layout).toBe('bra-databas');
    const source = 'BRÅ (import: bra-anmalda-brott-hela-landet-2000-2016.csv)';
    const crime = (year: number, category: string) =>
      value("SELECT count, preliminary, source FROM crimes WHERE year = ? AND kommunkod = '00' AND category_id = ?", [year, category]);
    // File row 0: Totalt antal brott, "År, 2000", 1210821; row 16: "År, 2016 prel.", 1502023; row 17: Våldsbrott 2000, 75696.
    expect(await crime(2000, 'totalt')).toEqual({ count: 1210821, preliminary: false, source });
    expect(await crime(2016, 'totalt')).toEqual({ count: 1502023, preliminary: true, source });
    expect(await crime(2000, 'valdsbrott')).toEqual({ count: 75696, preliminary: false, source });
    // 10 crime types × 17 years in the file; 7 of them are the dashboard's, the others are named in a note.
    expect(done.stored.rows).toBe(7 * 17);
    expect(done.notes.join(' ')).toMatch(/3 brottstyper som instrumentpanelen inte använder hoppades över: ”3294”, ”3322”, ”3415”/);
    expect(done.stored.years).toEqual([2000, 2016]);
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
    expect(done.notes.join(' ')).not.toMatch(/instrumentpanelen inte visar/);
  });
});
