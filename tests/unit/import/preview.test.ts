/** The preview's pure parts: the 20 % jump check against neighbouring years, and the wording. */
import { describe, expect, it } from 'vitest';
import { describeJump, describeReplacement, findJumps, someNames, yearRanges } from '../../../src/lib/import/preview';

const p = (year: number, population: number | null, kommunkod = '1493') => ({ year, kommunkod, population });

describe('findJumps', () => {
  const existing = [p(2015, 24043), p(2016, 24215), p(2017, 24290), p(2018, 24372)];

  it('flags an imported value more than 20 % from the year before or after, naming both neighbours', () => {
    // 2017 imported as 50 000: +106 % from 2016 (24 215), +105 % from 2018 (24 372).
    const [j, ...rest] = findJumps(existing, [p(2017, 50000)]);
    expect(rest).toEqual([]);
    expect(j).toMatchObject({ kommunkod: '1493', year: 2017, value: 50000, neighbours: [{ year: 2016, value: 24215 }, { year: 2018, value: 24372 }] });
    expect(j?.change).toBeCloseTo((50000 - 24215) / 24215, 6);
    expect(j?.ratio).toBeCloseTo(50000 / 24215, 6);
  });

  it('does not flag changes of 20 % or less, and compares with imported neighbours over existing ones', () => {
    // 29 058 = 24 215 × 1.2 exactly: not more than 20 %.
    expect(findJumps(existing, [p(2017, 29058)])).toEqual([]);
    // A whole series scaled consistently: each year is near its imported neighbours, but the edges meet the existing ones.
    const jumps = findJumps(existing, [p(2017, 48580), p(2018, 48744)]);
    expect(jumps.map((j) => j.year)).toEqual([2017]);
    expect(jumps[0]?.neighbours).toEqual([{ year: 2016, value: 24215 }, { year: 2018, value: 48744 }]);
  });

  it('uses the nearest years with a value across gaps, and ignores missing values and other municipalities', () => {
    const jumps = findJumps([p(2010, 1000), p(2014, 1000), p(2014, 99999, '1496')], [p(2012, 1300), p(2013, null)]);
    expect(jumps).toHaveLength(1);
    expect(jumps[0]?.neighbours).toEqual([{ year: 2010, value: 1000 }, { year: 2014, value: 1000 }]);
    expect(findJumps([], [p(2020, 5)])).toEqual([]);
  });
});

describe('wording', () => {
  const name = (k: string) => (k === '1493' ? 'Mariestad' : k);
  it('year ranges and names', () => {
    expect(yearRanges([2019, 2015, 2016, 2017, 2022, 2016])).toBe('2015–2017, 2019, 2022');
    expect(someNames(['a', 'b', 'c'], 2)).toBe('a, b och 1 till');
  });
  it('a replacement old → new and a jump with municipality, year and values', () => {
    expect(describeReplacement({ year: 2017, kommunkod: '1493', category_id: null, old: 24290, new: 26000, oldSource: 'x' }, name)).toBe('Mariestad 2017: 24\u00a0290 → 26\u00a0000');
    const text = describeJump({ kommunkod: '1493', year: 2017, value: 50000, neighbours: [{ year: 2016, value: 24215 }], change: 1.0648, ratio: 2.0648 }, name);
    expect(text).toBe('Mariestad 2017: 50\u00a0000 invånare, +106\u00a0% mot året intill (2016: 24\u00a0215).');
  });
});
