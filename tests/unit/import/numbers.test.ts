import { describe, expect, it } from 'vitest';
import { parseNumber, parseYear, yearFromFileName, type ParsedNumber } from '../../../src/lib/import/numbers';

const v = (value: number): ParsedNumber => ({ kind: 'value', value });
const missing: ParsedNumber = { kind: 'missing' };
const invalid: ParsedNumber = { kind: 'invalid' };

describe('parseNumber', () => {
  it.each<{ input: string | null; dash?: boolean; expected: ParsedNumber }>([
    { input: '2537', expected: v(2537) },
    { input: '2 537', expected: v(2537) },
    { input: '2\u00a0537', expected: v(2537) },
    { input: '1\u202f234\u202f567', expected: v(1234567) },
    { input: '10 254,3', expected: v(10254.3) },
    { input: '0,5', expected: v(0.5) },
    { input: '1234.5', expected: v(1234.5) },
    { input: ' 12 ', expected: v(12) },
    { input: '-5', expected: v(-5) },
    { input: '\u22125', expected: v(-5) },
    { input: '..', expected: missing },
    { input: '.', expected: missing },
    { input: '', expected: missing },
    { input: null, expected: missing },
    { input: '-', expected: invalid },
    { input: '-', dash: true, expected: v(0) },
    { input: '–', dash: true, expected: v(0) },
    { input: 'många', expected: invalid },
    { input: '1.234.567', expected: invalid },
    { input: '12 34', expected: invalid },
    { input: '1,2,3', expected: invalid },
  ])('$input (dash = zero: $dash) → $expected', ({ input, dash, expected }) => {
    expect(parseNumber(input, dash)).toEqual(expected);
  });
});

describe('parseYear and yearFromFileName', () => {
  it.each([
    { input: '2023', expected: 2023 },
    { input: '2023.0', expected: 2023 },
    { input: '2016 prel.', expected: 2016 },
    { input: '23', expected: null },
    { input: 'år', expected: null },
    { input: null, expected: null },
  ])('parseYear($input) → $expected', ({ input, expected }) => {
    expect(parseYear(input)).toBe(expected);
  });
  it.each([
    { input: 'bra-skadegorelse-2023.csv', expected: 2023 },
    { input: 'Anmälda brott 2019 kommuner.csv', expected: 2019 },
    { input: 'kommuner_1999.tsv', expected: 1999 },
    { input: 'kommuner.csv', expected: null },
    { input: 'export-12345.csv', expected: null },
  ])('yearFromFileName($input) → $expected', ({ input, expected }) => {
    expect(yearFromFileName(input)).toBe(expected);
  });
});
