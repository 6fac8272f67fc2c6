/**
 * The importer, SQL console and activity log in the English UI (`?lang=en`): the same refusals
 * and issues, in English, still naming file, row, column and value. Expected texts written by hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/lib/i18n/locale';
import { convertRows } from '../../../src/lib/import/convert';
import { convertPrepared, checkSize } from '../../../src/lib/import/pipeline';
import { emptyMapping } from '../../../src/lib/import/layout';
import { jsonTable } from '../../../src/lib/import/json';
import { checkCube } from '../../../src/lib/import/json-bounds';
import { shapeGrid } from '../../../src/lib/import/reshape';
import { someNames } from '../../../src/lib/import/preview';
import { ImportFailure, type ImportContext, type Mapping, type RawTable } from '../../../src/lib/import/types';
import { checkReadOnly } from '../../../src/lib/queries/sql-console';
import { validateActivity, type ActivityForm } from '../../../src/lib/activity-log/record';

const ctx: ImportContext = {
  municipalities: [
    { kommunkod: '1493', name: 'Mariestad' },
    { kommunkod: '1496', name: 'Skövde' },
  ],
  categories: [{ category_id: 'totalt', bra_id: 3144, name: 'Totalt antal brott' }],
  population: new Map(),
  minYear: 1950,
  maxYear: 2030,
};
const bra: Mapping = { ...emptyMapping('crimes', 'bra-kommun'), municipality: 0, count: 1, yearValue: 2020, categoryValue: 'totalt', dashIsZero: true };
const raw = (...rows: string[][]): RawTable => ({ columns: ['Kommun', 'Antal'], rows, firstRow: 2 });

function failure(f: () => unknown): ImportFailure {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportFailure) return e;
    throw e;
  }
  throw new Error('no ImportFailure thrown');
}

describe('English importer messages', () => {
  beforeEach(() => setLocale('en'));
  afterEach(() => setLocale('sv'));

  it('row issues name row, column and value, with the message in English', () => {
    const r = convertRows(raw(['Mariestad', 'x'], ['Atlantis', '3'], ['Skövde', '1.000'], ['Mariestad', '5']), bra, ctx, 's');
    expect(r.issues).toEqual([
      { row: 2, column: 'Antal', value: 'x', message: 'The value for count is not a number.' },
      { row: 3, column: 'Kommun', value: 'Atlantis', message: 'Unknown municipality.' },
      {
        row: 4,
        column: 'Antal',
        value: '1.000',
        message: 'Ambiguous number: “1.000” may be thousands or decimals. Write the number without separators (e.g. 1000) or with a space (1 000).',
      },
    ]);
  });

  it('a headerless file names its columns in English, and the year range in English', () => {
    const noHeader: RawTable = { columns: [], rows: [['Mariestad', '3', '1900']], firstRow: 1 };
    const m: Mapping = { ...bra, yearValue: null, year: 2 };
    expect(convertRows(noHeader, m, ctx, 's').issues).toEqual([{ row: 1, column: 'Column 3', value: '1900', message: 'The year is outside 1950–2030.' }]);
  });

  it('the refusal of a file with errors names the file and counts the errors', () => {
    const prepared = { fileName: 'bra-2020.csv', raw: raw(['Mariestad', '-3']), hasHeader: true, mapping: bra };
    const e = failure(() => convertPrepared(prepared, bra, ctx));
    expect(e.message).toBe('bra-2020.csv: 1 error, nothing was read.');
    expect(e.issues).toEqual([{ row: 2, column: 'Antal', value: '-3', message: 'Negative count.' }]);
  });

  it('a mapping without year and municipality asks for them in English', () => {
    const prepared = { fileName: 'egen.csv', raw: raw(['Mariestad', '3']), hasHeader: true, mapping: emptyMapping() };
    expect(failure(() => convertPrepared(prepared, { ...emptyMapping(), count: 1 }, ctx)).message).toBe('egen.csv: give year, municipality, crime category.');
  });

  it('whole-file refusals: size with English number grouping, invalid JSON with the character position', () => {
    expect(failure(() => checkSize('stor.csv', 300 * 1024 * 1024)).message).toBe(
      "stor.csv: the file is too large (300 MB) for the browser’s memory; the limit is 200 MB. Split or filter the file first.",
    );
    expect(failure(() => jsonTable('{"values": [1, 2,', 'kolada.json')).message).toMatch(/^kolada\.json: the file is not valid JSON( \(the error is at character [\d,]+\))?: it may be cut short or contain a typing error\.$/);
    const cube = failure(() => checkCube({ ids: ['Region', 'Tid'], size: [2, 3], categories: [2, 3], valueLength: 5 }, 'scb.json'));
    expect(cube.message).toBe('scb.json: the json-stat file cannot be read: "value" has 5 values but the dimensions give 6 cells.');
    expect(cube.issues[0]).toMatchObject({ column: 'size', value: '[2,3]' });
  });

  it('notes on skipped rows and long name lists are English', () => {
    const grid = { cells: [['Crimes by municipality'], ['Kommun', 'Antal'], ['Mariestad', '3'], ['Källa: BRÅ']] };
    expect(shapeGrid(grid, { skipTop: 1, skipBottom: 1, yearsAsColumns: false }).raw.notes).toEqual(['1 row above the table and 1 row below it were skipped (title, note and footnote rows).']);
    const titled = { cells: [['Crimes'], ['by municipality'], ['Kommun', 'Antal'], ['Mariestad', '3']] };
    expect(shapeGrid(titled, { skipTop: 2, skipBottom: 0, yearsAsColumns: false }).raw.notes).toEqual(['2 rows above the table were skipped (title, note and footnote rows).']);
    expect(shapeGrid(grid, { skipTop: 1, skipBottom: 0, yearsAsColumns: false }).raw.notes).toEqual(['1 row above the table was skipped (title, note and footnote rows).']);
    expect(someNames(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
  });
});

describe('English SQL console and activity-log messages', () => {
  beforeEach(() => setLocale('en'));
  afterEach(() => setLocale('sv'));

  it('refuses a write in English, naming the word', () => {
    expect(checkReadOnly('DELETE FROM crimes')).toEqual({
      ok: false,
      message: 'Only read-only queries are allowed: begin with SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN. “DELETE” is not run.',
    });
    expect(checkReadOnly('')).toEqual({ ok: false, message: 'Write a query first.' });
  });

  it('validates an activity form in English, quoting what was written', () => {
    const form: ActivityForm = {
      activity_id: 'x', promise_id: '', kommunkod: '1493', actor: '', activity_type: '', venue_id: '', target_group: '', when: '2018-13', count: 'fyra', participants: '', description: '',
    };
    const r = validateActivity(form, { minYear: 2010, maxYear: 2024, venues: [], promises: [], kommunkoder: ['1493'] });
    expect(r).toEqual({
      errors: {
        actor: 'Choose an actor: police, municipality or joint (samverkan).',
        activity_type: 'Give the type of intervention, for example “targeted intervention”.',
        when: 'There is no month 13.',
        count: 'The count must be a whole number, 0 or more (you wrote “fyra”).',
      },
    });
  });
});

describe('the Swedish texts are unchanged', () => {
  it('after English, Swedish again', () => {
    setLocale('en');
    expect(checkReadOnly('').ok).toBe(false);
    setLocale('sv');
    expect(convertRows(raw(['Mariestad', 'x']), bra, ctx, 's').issues[0]?.message).toBe('Värdet för antal är inte ett tal.');
    expect(checkReadOnly('')).toEqual({ ok: false, message: 'Skriv en fråga först.' });
    expect(shapeGrid({ cells: [['Titel'], ['Kommun', 'Antal'], ['Mariestad', '3']] }, { skipTop: 1, skipBottom: 0, yearsAsColumns: false }).raw.notes).toEqual([
      '1 rad ovanför tabellen hoppades över (rubrik-, not- och fotnotsrader).',
    ]);
  });
});
