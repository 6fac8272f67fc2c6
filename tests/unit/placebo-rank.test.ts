import { describe, expect, it } from 'vitest';
import { ordinal, placeboRanking, rankSentence } from '../../src/lib/decision/placebo-rank';
import type { CrimeRow } from '../../src/lib/queries/crimes';

const row = (kommunkod: string, year: number, count: number, population = 25000): CrimeRow => ({
  year, kommunkod, municipality: `K${kommunkod}`, category_id: 'stold', category: 'Stöld', count, population, preliminary: false, source: 'x', population_source: 'x',
});
const flat = [400, 410, 395, 405, 398, 402, 404];
const area = (k: string, last: number) => [...flat.map((c, i) => row(k, 2010 + i, c)), row(k, 2017, last)];
const periods = { baseline: [2014, 2016] as const, period: [2017, 2017] as const, dispersion: [2010, 2016] as const };

describe('placeboRanking', () => {
  it('ranks the focus municipality among the same assessment made for every municipality', () => {
    const rows = [...area('A', 300), ...area('B', 350), ...area('C', 400), ...area('D', 420), ...area('E', 460)];
    const r = placeboRanking(rows, 'B', periods);
    expect(r?.of).toBe(5);
    expect(r?.rank).toBe(2);
    expect(r?.areas.map((a) => a.kommunkod)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(r && rankSentence('Mariestad', r)).toBe(
      'Samma bedömning för var och en av 5 kommuner: Mariestads utveckling i förhållande till de andra är den 2:a mest gynnsamma av 5. Med 5 kommuner hamnar någon alltid först, också utan löfte.',
    );
  });
  it('needs at least three municipalities with enough crimes', () => {
    expect(placeboRanking([...area('A', 300), ...area('B', 350)], 'A', periods)).toBeNull();
  });
  it.each([
    [1, '1:a'], [2, '2:a'], [3, '3:e'], [9, '9:e'], [11, '11:e'], [12, '12:e'], [21, '21:a'], [22, '22:a'],
  ])('ordinal %i → %s', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
  it('writes the genitive of a name ending in s without another s', () => {
    expect(rankSentence('Hjo', { rank: 1, of: 3, areas: [] })).toContain('Hjos utveckling');
    expect(rankSentence('Borås', { rank: 1, of: 3, areas: [] })).toContain('Borås utveckling');
  });
});
