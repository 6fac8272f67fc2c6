/** Chart intervals respect the series' real year-to-year variation (quasi-Poisson), not only Poisson. */
import { describe, expect, it } from 'vitest';
import { crimeSeriesFor } from '../../src/lib/shape/crime-series';
import type { CrimeRow } from '../../src/lib/queries/crimes';
import { pearsonDispersion, quasiRateCI, rateCI } from '../../src/lib/stats';

const rows = (counts: number[]): CrimeRow[] =>
  counts.map((count, i) => ({ year: 2010 + i, kommunkod: '1493', municipality: 'Mariestad', category_id: 'stold', category: 'Stöld', count, population: 24000, preliminary: false, source: 'BRÅ', population_source: 'SCB' }));

describe('crimeSeriesFor intervals', () => {
  it('widens each year by the series dispersion when it varies more than Poisson', () => {
    const counts = [300, 420, 280, 450, 310, 440, 290];
    const [s] = crimeSeriesFor(rows(counts), 'stold', 'rate', ['1493']);
    const phi = pearsonDispersion([counts.map((count, i) => ({ year: 2010 + i, count, population: 24000 }))]).phi;
    expect(phi).toBeGreaterThan(5);
    const p = s!.points[0]!;
    expect(p.low).toBeCloseTo(quasiRateCI(300, 24000, phi).low, 9);
    expect(p.low!).toBeLessThan(rateCI(300, 24000).low);
    expect(p.high!).toBeGreaterThan(rateCI(300, 24000).high);
  });

  it('keeps the exact Poisson interval where the series varies no more than Poisson', () => {
    const [s] = crimeSeriesFor(rows([300, 301, 299, 300, 302, 300]), 'stold', 'count', ['1493']);
    expect(s!.points[2]!.low).toBeCloseTo(rateCI(299, 1, { per: 1 }).low, 9);
    expect(s!.points[2]!.high).toBeCloseTo(rateCI(299, 1, { per: 1 }).high, 9);
  });
});
