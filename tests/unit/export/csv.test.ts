import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, escapeFormula, formatCsvNumber, parseCsv, parseSvNumber, rowsToCsv, toCsv } from '../../../src/lib/export/csv';

describe('formatCsvNumber', () => {
  it.each([
    [0, '0'],
    [12, '12'],
    [-12, '-12'],
    [-12.5, '-12,5'],
    [1234567.891, '1234567,891'],
    [0.1 + 0.2, '0,30000000000000004'],
    [NaN, ''],
    [Infinity, ''],
  ])('%d → %s', (value, expected) => {
    expect(formatCsvNumber(value)).toBe(expected);
  });
});

describe('escapeFormula: text a spreadsheet would run gets a leading apostrophe', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+46 70 123', "'+46 70 123"],
    ['-2+3+cmd|\' /C calc\'!A0', '\'-2+3+cmd|\' /C calc\'!A0'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-', "'-"],
    ['--', "'--"],
    ['-12,5 kr', "'-12,5 kr"],
    // A plain negative number as we write it holds no formula: it stays a number.
    ['-12', '-12'],
    ['-12,5', '-12,5'],
    // U+2212 (how the page writes minus) is not a formula character.
    ['−12', '−12'],
    ['Mariestad', 'Mariestad'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });
});

describe('csvCell', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [-3.25, '-3,25'],
    [true, 'sant'],
    [false, 'falskt'],
    ['a;b', '"a;b"'],
    ['säger "hej"', '"säger ""hej"""'],
    ['rad 1\nrad 2', '"rad 1\nrad 2"'],
    ['=1;2', '"\'=1;2"'],
    ['<3', '<3'],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a BOM, `;` between cells and CRLF after every line', () => {
    expect(toCsv(['År', 'Värde'], [[2018, 12.5], [2019, null]])).toBe(`${CSV_BOM}År;Värde\r\n2018;12,5\r\n2019;\r\n`);
  });
  it('writes rows in the first row’s column order', () => {
    expect(rowsToCsv([{ b: 1, a: 'x' }, { a: 'y', b: -2 }])).toBe(`${CSV_BOM}b;a\r\n1;x\r\n-2;y\r\n`);
  });
});

describe('round trip: what we write reads back to the same numbers', () => {
  const rows = [
    { year: 2015, kommun: 'Mariestad', rate: 8123.456789, low: -0.5, note: '=cmd', count: 0 },
    { year: 2016, kommun: 'Töreboda; "norra"', rate: 1e-7, low: -12, note: null, count: 123456789 },
    { year: 2017, kommun: 'rad\r\nbrytning', rate: 0.30000000000000004, low: 3.5e21, note: '-12', count: -3 },
  ];
  const parsed = parseCsv(rowsToCsv(rows));
  const num = (s: string | undefined) => Number((s ?? '').replace(',', '.'));
  it('keeps the header and the text', () => {
    expect(parsed[0]).toEqual(['year', 'kommun', 'rate', 'low', 'note', 'count']);
    expect(parsed.slice(1).map((r) => r[1])).toEqual(['Mariestad', 'Töreboda; "norra"', 'rad\r\nbrytning']);
    expect(parsed.slice(1).map((r) => r[4])).toEqual(["'=cmd", '', '-12']);
  });
  it.each(['year', 'rate', 'low', 'count'] as const)('keeps every %s exactly', (key) => {
    const col = parsed[0]?.indexOf(key) ?? -1;
    expect(parsed.slice(1).map((r) => num(r[col]))).toEqual(rows.map((r) => r[key]));
  });
});

describe('parseSvNumber', () => {
  it.each([
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    ['−12,5', -12.5],
    ['-3', -3],
    ['<3', null],
    ['–', null],
    ['12 (10–14)', null],
  ])('%j → %j', (input, expected) => {
    expect(parseSvNumber(input)).toBe(expected);
  });
});
