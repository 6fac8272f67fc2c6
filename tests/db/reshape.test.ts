/** A spreadsheet-saved file with a title, footnotes and years as columns, imported through the pipeline into DuckDB. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { commitImport, loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { offersReshape } from '../../src/lib/import/reshape';
import { ImportFailure } from '../../src/lib/import/types';
import { input, utf8 } from '../fixtures/import/files';

let conn: Connector;
beforeAll(async () => {
  conn = await openNodeDbWithData();
});

const WIDE = ['Befolkning 31 december;;;', ';;;', 'Kommun;2015;2016;2017', 'Mariestad;24043;24215;24290', 'Skövde;54110;54490;x', ';;;', 'Källa: SCB;;;'].join('\r\n');

describe('title rows, footnotes and years as columns', () => {
  it('detected and offered; the unpivoted rows are stored as population', async () => {
    const ctx = await loadContext(conn);
    const p = await prepareImport(conn, input('befolkning-bred.csv', utf8(WIDE.replace(';x', ';54898'))), ctx);
    expect(offersReshape(p)).toBe(true);
    expect(p.mapping.reshape).toEqual({ skipTop: 2, skipBottom: 2, yearsAsColumns: true });
    expect(p.raw.columns).toEqual(['Kommun', 'År', 'Värde']);
    const done = await commitImport(conn, p, { ...p.mapping, target: 'population' }, ctx);
    expect(done.rows).toBe(6);
    expect(done.notes[0]).toMatch(/2 rader ovanför tabellen och 2 rader under den hoppades över/);
    const [row] = await conn.query({ sql: "SELECT population, source FROM population WHERE year = 2017 AND kommunkod = '1496'", params: [] });
    expect(row).toEqual({ population: 54898, source: 'Import (import: befolkning-bred.csv)' });
  });

  it('an error in a year column names the file line', async () => {
    const ctx = await loadContext(conn);
    const p = await prepareImport(conn, input('befolkning-bred.csv', utf8(WIDE)), ctx);
    const e = await commitImport(conn, p, { ...p.mapping, target: 'population' }, ctx).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(ImportFailure);
    // "x" is Skövde's 2017 cell, on line 5 of the file.
    expect((e as ImportFailure).issues[0]).toMatchObject({ row: 5, column: 'Värde', value: 'x' });
  });
});
