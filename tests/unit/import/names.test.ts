import { describe, expect, it } from 'vitest';
import { categoryFromFileName, matchCategory, matchMunicipality, type MunicipalityMatch } from '../../../src/lib/import/names';

const municipalities = [
  { kommunkod: '00', name: 'Riket' },
  { kommunkod: '1493', name: 'Mariestad' },
  { kommunkod: '1496', name: 'Skövde' },
  { kommunkod: '1497', name: 'Hjo' },
  { kommunkod: '1447', name: 'Gullspång' },
];
const categories = [
  { category_id: 'totalt', bra_id: 3144, name: 'Totalt antal brott' },
  { category_id: 'skadegorelse', bra_id: 3151, name: 'Skadegörelse (inkl. mordbrand)' },
  { category_id: 'stold', bra_id: 3369, name: 'Stöld och snatteri' },
  { category_id: 'narkotikabrott', bra_id: null, name: 'Narkotikabrott' },
];
const known = (kommunkod: string): MunicipalityMatch => ({ kind: 'known', kommunkod });

describe('matchMunicipality', () => {
  it.each<{ input: string; expected: MunicipalityMatch }>([
    { input: 'Mariestad', expected: known('1493') },
    { input: 'Mariestads kommun', expected: known('1493') },
    { input: '  MARIESTADS   KOMMUN ', expected: known('1493') },
    { input: 'Skövde kommun', expected: known('1496') },
    { input: 'Hjo kommun', expected: known('1497') },
    { input: 'Gullspångs kommun', expected: known('1447') },
    { input: '1493', expected: known('1493') },
    { input: '1493 Mariestad', expected: known('1493') },
    { input: '0000', expected: known('00') },
    { input: 'Riket', expected: known('00') },
    { input: 'Hela landet', expected: known('00') },
    { input: 'Stockholms stad', expected: { kind: 'elsewhere' } },
    { input: 'Alingsås kommun', expected: { kind: 'elsewhere' } },
    { input: 'Region Gotland', expected: { kind: 'elsewhere' } },
    { input: '0180', expected: { kind: 'elsewhere' } },
    { input: 'Marriestad', expected: { kind: 'unknown' } },
    { input: 'Totalt', expected: { kind: 'unknown' } },
    { input: '12', expected: { kind: 'unknown' } },
  ])('$input → $expected', ({ input, expected }) => {
    expect(matchMunicipality(input, municipalities)).toEqual(expected);
  });
});

describe('matchCategory and categoryFromFileName', () => {
  it.each([
    { input: 'skadegorelse', expected: 'skadegorelse' },
    { input: '3151', expected: 'skadegorelse' },
    { input: 'Skadegörelse (inkl. mordbrand)', expected: 'skadegorelse' },
    { input: 'stöld och snatteri', expected: 'stold' },
    { input: '9999', expected: null },
    { input: 'Bedrägeri', expected: null },
  ])('matchCategory($input) → $expected', ({ input, expected }) => {
    expect(matchCategory(input, categories)).toBe(expected);
  });
  it.each([
    { input: 'bra-skadegorelse-2023.csv', expected: 'skadegorelse' },
    { input: 'Skadegörelse kommuner 2023.csv', expected: 'skadegorelse' },
    { input: 'narkotikabrott_2020.csv', expected: 'narkotikabrott' },
    { input: 'Totalt antal brott 2021.csv', expected: 'totalt' },
    { input: 'kommuner-2023.csv', expected: null },
  ])('categoryFromFileName($input) → $expected', ({ input, expected }) => {
    expect(categoryFromFileName(input, categories)).toBe(expected);
  });
});

describe('dashes in names', () => {
  it('reads "Malung–Sälen" and "Malung—Sälens kommun" as the real Malung-Sälen (a municipality not in the dashboard)', () => {
    const shipped = [{ kommunkod: '1493', name: 'Mariestad' }];
    expect(matchMunicipality('Malung–Sälen', shipped)).toEqual({ kind: 'elsewhere' });
    expect(matchMunicipality('Malung—Sälens kommun', shipped)).toEqual({ kind: 'elsewhere' });
    expect(matchMunicipality('Malung–Sälen', [...shipped, { kommunkod: '2023', name: 'Malung-Sälen' }])).toEqual({ kind: 'known', kommunkod: '2023' });
  });
});
