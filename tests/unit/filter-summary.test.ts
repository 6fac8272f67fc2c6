import { describe, expect, it } from 'vitest';
import { filterSummary, type FilterSummaryParts } from '../../src/lib/format/filter-summary';

describe('filterSummary', () => {
  it.each<{ parts: FilterSummaryParts; expected: string }>([
    { parts: {}, expected: '' },
    { parts: { years: [2015, 2020], categories: 3 }, expected: 'Visar 2015–2020, 3 kategorier.' },
    { parts: { years: [2018, 2018], municipality: 'Mariestad', categories: 1, compare: 1 }, expected: 'Visar 2018, Mariestad, 1 jämförelse, 1 kategori.' },
    { parts: { years: [2014, 2024], actors: 0, venues: 2 }, expected: 'Visar 2014–2024, alla aktörer, 2 platser.' },
    { parts: { actors: 1, venues: 1, compare: 0, measure: 'count' }, expected: 'Visar antal, ingen jämförelse, 1 aktör, 1 plats.' },
    { parts: { promise: 'Trygg stadskärna', baseline: null, group: 'Riket' }, expected: 'Visar Trygg stadskärna, jämförelseår automatiskt, jämförelsegrupp Riket.' },
    { parts: { baseline: [2014, 2016], measure: 'rate' }, expected: 'Visar jämförelseår 2014–2016, per 100\u00a0000 invånare.' },
  ])('$expected', ({ parts, expected }) => {
    expect(filterSummary(parts)).toBe(expected);
  });
});
