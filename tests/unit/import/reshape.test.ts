/** Title rows, footnotes and years as columns: detection and reshaping of the grid. */
import { describe, expect, it } from 'vitest';
import { detectPreamble, detectReshape, reshapedMapping, shapeGrid, yearColumns } from '../../../src/lib/import/reshape';
import { emptyMapping } from '../../../src/lib/import/layout';
import type { Cell } from '../../../src/lib/import/types';

const grid = (rows: string[]): Cell[][] => rows.map((r) => r.split(';').map((c) => (c === '' ? null : c)));

const TITLED = grid(['Folkmängd i Skaraborg;;;', 'Källa: SCB, 31 december;;;', ';;;', 'Kommun;2015;2016;2017', 'Mariestad;24043;24215;24290', 'Skövde;54110;54490;;', ';;;', 'Fotnot: 2017 preliminärt;;;']);

describe('detectPreamble', () => {
  it('finds the title and note rows above the header and the footnotes below the table', () => {
    expect(detectPreamble(TITLED)).toEqual({ top: 3, bottom: 2 });
  });
  it('leaves a plain table alone, also one without a header or with a missing cell', () => {
    expect(detectPreamble(grid(['Ale kommun;123;45,6', 'Alingsås kommun;..;', 'Arboga kommun;88;4,1']))).toEqual({ top: 0, bottom: 0 });
  });
  it('never takes sparse data rows (most cells empty) for notes', () => {
    const wide = 'year;kommunkod;area;question_id;question;subgroup;kind;respondents;positive;share;index_value;index_low;index_high;deff;better;';
    expect(detectPreamble(grid([wide, '2023;1493;;trygg_kvall;Trygg;;proportion;500;340;;;;;;higher;', '2023;1493;;utsatt;Utsatt;;proportion;100;20;;;;;;lower;']))).toEqual({ top: 0, bottom: 0 });
  });
  it('below a two-column table a lone cell is a footnote only when it reads like one', () => {
    expect(detectPreamble(grid(['Ale;12', 'Öckerö;']))).toEqual({ top: 0, bottom: 0 });
    expect(detectPreamble(grid(['Ale;12', 'Öckerö;3', 'Källa: BRÅ;']))).toEqual({ top: 0, bottom: 1 });
  });
});

describe('years as columns', () => {
  it('needs two or more year headers beside another column', () => {
    expect(yearColumns(['Kommun', '2015', '2016', '2017'])).toEqual([1, 2, 3]);
    expect(yearColumns(['Kommun', '2015', 'Antal'])).toEqual([]);
    expect(yearColumns(['2015', '2016'])).toEqual([]);
  });

  it('detectReshape and shapeGrid: rows skipped, one row per municipality and year, file lines kept', () => {
    const lines = TITLED.map((_, i) => i + 1);
    const r = detectReshape({ cells: TITLED, lines });
    expect(r).toEqual({ skipTop: 3, skipBottom: 2, yearsAsColumns: true });
    const { raw, hasHeader } = shapeGrid({ cells: TITLED, lines }, r!);
    expect(hasHeader).toBe(true);
    expect(raw.columns).toEqual(['Kommun', 'År', 'Värde']);
    // Skövde 2017 is blank in the file: no row, rather than a zero.
    expect(raw.rows).toEqual([
      ['Mariestad', '2015', '24043'],
      ['Mariestad', '2016', '24215'],
      ['Mariestad', '2017', '24290'],
      ['Skövde', '2015', '54110'],
      ['Skövde', '2016', '54490'],
    ]);
    // Mariestad is on file line 5, Skövde on line 6.
    expect(raw.lines).toEqual([5, 5, 5, 6, 6]);
    expect(raw.notes).toEqual(['3 rader ovanför tabellen och 2 rader under den hoppades över (rubrik-, not- och fotnotsrader).']);
  });

  it('without the unpivot the year headers stay columns; a choice of 0 rows keeps the title as the first row', () => {
    expect(shapeGrid({ cells: TITLED }, { skipTop: 3, skipBottom: 2, yearsAsColumns: false }).raw.columns).toEqual(['Kommun', '2015', '2016', '2017']);
    const whole = shapeGrid({ cells: TITLED }, { skipTop: 0, skipBottom: 0, yearsAsColumns: false });
    expect(whole.hasHeader).toBe(false);
    expect(whole.raw.rows[0]?.[0]).toBe('Folkmängd i Skaraborg');
    expect(whole.raw.notes).toEqual([]);
  });

  it('reshapedMapping points year and count at År and Värde, and drops columns that no longer exist', () => {
    const raw = { columns: ['Kommun', 'År', 'Värde'], rows: [], firstRow: 1 };
    const m = reshapedMapping({ ...emptyMapping('population'), count: 5, reshape: { skipTop: 0, skipBottom: 0, yearsAsColumns: true } }, raw);
    expect(m).toMatchObject({ municipality: 0, year: 1, count: 2, yearValue: null });
    const plain = reshapedMapping({ ...emptyMapping('population'), municipality: 0, count: 7, reshape: { skipTop: 1, skipBottom: 0, yearsAsColumns: false } }, raw);
    expect(plain).toMatchObject({ municipality: 0, count: null });
  });
});
