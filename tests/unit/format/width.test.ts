import { describe, expect, it } from 'vitest';
import { formatRate, formatYearList } from '../../../src/lib/format/number';
import { measureUnit } from '../../../src/lib/shape/crime-series';
import { labelRows } from '../../../src/lib/shape/promise-bands';

describe('numbers that never break across lines', () => {
  it('the unit "per 100 000" holds a non-breaking space inside the number', () => {
    expect(measureUnit('rate')).toBe('anmälda brott per 100\u00a0000 invånare');
    expect(measureUnit('rate')).not.toMatch(/\d \d/);
  });
  it('Intl groups thousands with a non-breaking space', () => {
    expect(formatRate(12345)).toBe('12\u00a0345');
  });
});

describe('formatYearList', () => {
  it.each([
    { years: [], expected: '' },
    { years: [2018], expected: '2018' },
    { years: [2017, 2018], expected: '2017, 2018' },
    { years: [2021, 2017, 2018, 2019], expected: '2017–2019, 2021' },
    { years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024], expected: '2017–2024' },
  ])('$years → $expected', ({ years, expected }) => {
    expect(formatYearList(years)).toBe(expected);
  });
});

describe('labelRows: promise-period labels that would overlap go a row down', () => {
  it.each([
    { starts: [0, 200], widths: [150, 150], expected: [0, 0] },
    { starts: [0, 100], widths: [150, 150], expected: [0, 1] },
    { starts: [0, 100, 160], widths: [150, 50, 50], expected: [0, 1, 0] },
    { starts: [0, 20, 40], widths: [150, 150, 150], expected: [0, 1, 2] },
  ])('$starts', ({ starts, widths, expected }) => {
    expect(labelRows(starts, widths)).toEqual(expected);
  });
});
