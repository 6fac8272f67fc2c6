import { describe, expect, it } from 'vitest';
import { filterMunicipalities, foldQuery, moveActive, resultSummary, type PickerItem } from '../../src/lib/shape/municipality-search';

const item = (kommunkod: string, name: string, hasData = false): PickerItem => ({ kommunkod, name, hasData });
const LIST: PickerItem[] = [
  item('2582', 'Boden'),
  item('1493', 'Mariestad', true),
  item('2023', 'Malung-Sälen'),
  item('0180', 'Stockholm'),
  item('1443', 'Bollebygd'),
  item('2183', 'Bollnäs'),
  item('0330', 'Knivsta'),
  item('1460', 'Bengtsfors'),
  item('2580', 'Luleå'),
  item('1290', 'Kristianstad'),
  item('0192', 'Nynäshamn'),
  item('1880', 'Örebro'),
  item('1980', 'Västerås'),
  item('0127', 'Botkyrka'),
  item('1960', 'Kungsör'),
  item('0488', 'Trosa'),
  item('2260', 'Ånge'),
  item('1482', 'Kungälv'),
];
const names = (q: string) => filterMunicipalities(LIST, q).map((i) => i.name);

describe('filterMunicipalities', () => {
  it.each([
    { q: 'Bod', expected: ['Boden'] },
    { q: 'bo', expected: ['Boden', 'Bollebygd', 'Bollnäs', 'Botkyrka'] },
    { q: '  BOLL ', expected: ['Bollebygd', 'Bollnäs'] },
    // A later word of the name, then a match inside the name.
    { q: 'sälen', expected: ['Malung-Sälen'] },
    { q: 'malung–sälen', expected: ['Malung-Sälen'] },
    { q: 'stad', expected: ['Kristianstad', 'Mariestad'] },
    // Swedish order: s before ä.
    { q: 'kung', expected: ['Kungsör', 'Kungälv'] },
    { q: 'ås', expected: ['Västerås'] },
    { q: '258', expected: ['Boden', 'Luleå'] },
    { q: 'xyz', expected: [] },
  ])('"$q" → $expected', ({ q, expected }) => {
    expect(names(q)).toEqual(expected);
  });

  it('lists everything in Swedish order for an empty text: å, ä, ö after z', () => {
    const all = names('');
    expect(all).toHaveLength(LIST.length);
    expect(all.slice(-2)).toEqual(['Ånge', 'Örebro']);
    expect(all.indexOf('Västerås')).toBeLessThan(all.indexOf('Ånge'));
  });

  it('ranks a name that starts with the text before one that contains it', () => {
    const list = [item('1', 'Abcby'), item('2', 'Byholm'), item('3', 'Ö-by')];
    expect(filterMunicipalities(list, 'by').map((i) => i.name)).toEqual(['Byholm', 'Ö-by', 'Abcby']);
  });

  it('folds case, dashes and spaces', () => {
    expect(foldQuery(' Malung–Sälen  Kommun ')).toBe('malung-sälen kommun');
  });
});

describe('resultSummary and moveActive', () => {
  it('says how many match and how many have data', () => {
    expect(resultSummary(filterMunicipalities(LIST, 'ma'))).toBe('2 kommuner, 1 med data.');
    expect(resultSummary([item('2582', 'Boden')])).toBe('1 kommun, 0 med data.');
    expect(resultSummary([])).toBe('Ingen kommun matchar.');
  });

  it.each([
    { index: -1, key: 'ArrowDown', expected: 0 },
    { index: 0, key: 'ArrowDown', expected: 1 },
    { index: 4, key: 'ArrowDown', expected: 0 },
    { index: -1, key: 'ArrowUp', expected: 4 },
    { index: 0, key: 'ArrowUp', expected: 4 },
    { index: 3, key: 'ArrowUp', expected: 2 },
    { index: 2, key: 'Home', expected: 0 },
    { index: 2, key: 'End', expected: 4 },
  ] as const)('$key from $index of 5 → $expected', ({ index, key, expected }) => {
    expect(moveActive(index, 5, key)).toBe(expected);
  });

  it('has no active option in an empty list', () => {
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
