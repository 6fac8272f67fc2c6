import { describe, expect, it } from 'vitest';
import { formatChange, formatNumber, formatRate, formatYears } from '../../src/lib/format/number';
import { describeChange } from '../../src/lib/format/sentences';

// Intl's sv-SE output uses a no-break space as thousands separator and U+2212 as minus.
const NBSP = '\u00a0';

describe('formatNumber', () => {
  it.each([
    { value: 1234.5, decimals: 1, expected: `1${NBSP}234,5` },
    { value: 1234567, decimals: 0, expected: `1${NBSP}234${NBSP}567` },
    { value: 0, decimals: 0, expected: '0' },
    { value: -5, decimals: 0, expected: '−5' },
    { value: 2.25, decimals: 1, expected: '2,3' },
    { value: null, decimals: 0, expected: '–' },
    { value: Number.NaN, decimals: 0, expected: '–' },
  ])('$value → $expected', ({ value, decimals, expected }) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});

describe('formatRate', () => {
  it.each([
    { value: 1234.56, expected: `1${NBSP}235` },
    { value: 45.04, expected: '45,0' },
    { value: 9.96, expected: '10,0' },
    { value: undefined, expected: '–' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(formatRate(value)).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each([
    { ratio: 1.18, expected: `+18${NBSP}%` },
    { ratio: 0.82, expected: `−18${NBSP}%` },
    { ratio: 1, expected: `0${NBSP}%` },
    { ratio: 1.0001, expected: `0${NBSP}%` },
    { ratio: Infinity, expected: '–' },
  ])('$ratio → $expected', ({ ratio, expected }) => {
    expect(formatChange(ratio)).toBe(expected);
  });
});

describe('formatYears', () => {
  it('joins a range with an en dash and leaves a single year alone', () => {
    expect(formatYears(2014, 2016)).toBe('2014–2016');
    expect(formatYears(2018, 2018)).toBe('2018');
  });
});

describe('describeChange', () => {
  it('calls a change tydlig only when the interval excludes 1, and compares nothing with too few crimes', () => {
    const up = describeChange({ ratio: 1.3, low: 1.1, high: 1.5, significant: true }, 'mot 2017');
    expect(up).toMatch(/^Tydlig ökning mot 2017: \+30/);
    const down = describeChange({ ratio: 0.8, low: 0.7, high: 0.95, significant: true }, 'mot 2017');
    expect(down).toMatch(/^Tydlig minskning/);
    const none = describeChange({ ratio: 1.3, low: 0.9, high: 1.8, significant: false }, 'mot 2017');
    expect(none).toMatch(/^Går inte att avgöra mot 2017/);
    expect(none).toContain('vanliga variationen');
    const few = describeChange({ ratio: Number.NaN, low: Number.NaN, high: Number.NaN, significant: false, tooFew: true }, 'mot 2017');
    expect(few).toBe('För få brott för att jämföra mot 2017 (färre än 10).');
  });
});
