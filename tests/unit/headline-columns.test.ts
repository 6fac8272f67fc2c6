import { describe, expect, it } from 'vitest';
import { headlineFromColumns, yearDataStatusFromColumns } from '../../src/lib/shape/headline';
import { makeColumns, type Columns } from '../../src/lib/db/columns';

interface Line {
  year: number;
  kod: string;
  category: string;
  count: number | null;
  population: number;
  source?: string;
  populationSource?: string | null;
}

/** Columns as Arrow gives them: integers in an Int32Array with a null mask, text as string arrays. */
function crimeColumns(lines: readonly Line[]): Columns {
  const n = lines.length;
  const nulls = new Uint8Array(n);
  const count = new Int32Array(n);
  lines.forEach((l, i) => {
    if (l.count === null) nulls[i] = 1;
    else count[i] = l.count;
  });
  return makeColumns(n, [
    { name: 'year', kind: 'int', values: Int32Array.from(lines.map((l) => l.year)), nulls: null },
    { name: 'kommunkod', kind: 'string', values: lines.map((l) => l.kod) },
    { name: 'municipality', kind: 'string', values: lines.map((l) => (l.kod === '1493' ? 'Mariestad' : 'Töreboda')) },
    { name: 'category_id', kind: 'string', values: lines.map((l) => l.category) },
    { name: 'category', kind: 'string', values: lines.map((l) => (l.category === 'totalt' ? 'Totalt antal brott' : 'Skadegörelse')) },
    { name: 'count', kind: 'int', values: count, nulls: nulls.some((v) => v === 1) ? nulls : null },
    { name: 'population', kind: 'float', values: Float64Array.from(lines.map((l) => l.population)), nulls: null },
    { name: 'preliminary', kind: 'boolean', values: lines.map(() => false) },
    { name: 'source', kind: 'string', values: lines.map((l) => l.source ?? 'BRÅ') },
    { name: 'population_source', kind: 'string', values: lines.map((l) => (l.populationSource === undefined ? 'SCB' : l.populationSource)) },
  ]);
}

const years = [2014, 2015, 2016, 2017, 2018];
// Mariestad's totals 2000, 2300, …, 3200 on 24 000 inhabitants; Töreboda and another category mixed in.
const lines: Line[] = [
  ...years.map((year, i) => ({ year, kod: '1496', category: 'totalt', count: 900 + i, population: 9000 })),
  ...years.map((year, i) => ({ year, kod: '1493', category: 'totalt', count: 2000 + i * 300, population: 24000 })),
  ...years.map((year) => ({ year, kod: '1493', category: 'skadegorelse', count: 50, population: 24000 })),
];

describe('headlineFromColumns', () => {
  const cols = crimeColumns(lines);
  it('reads only the municipality and category asked for', () => {
    const h = headlineFromColumns(cols, '1493', 'totalt', 2018, [2014, 2016]);
    expect(h?.category).toBe('Totalt antal brott');
    expect(h?.count).toBe(3200);
    expect(h?.rate).toBeCloseTo((3200 / 24000) * 100000, 6);
    expect(h?.previous?.ratio).toBeCloseTo(3200 / 2900, 9);
    expect(h?.baseline?.ratio).toBeCloseTo(3200 / 2300, 9);
    expect(h?.baseline?.significant).toBe(true);
    expect(h?.example).toBe(false);
    expect(headlineFromColumns(cols, '1496', 'totalt', 2018, [2014, 2016])?.count).toBe(904);
    expect(headlineFromColumns(cols, '1493', 'skadegorelse', 2018, null)?.count).toBe(50);
  });
  it('has nothing for a year without a count, or a municipality not in the result', () => {
    const gap = crimeColumns([...lines.filter((l) => !(l.kod === '1493' && l.year === 2018)), { year: 2018, kod: '1493', category: 'totalt', count: null, population: 24000 }]);
    expect(headlineFromColumns(gap, '1493', 'totalt', 2018, [2014, 2016])).toBeNull();
    expect(headlineFromColumns(cols, '2582', 'totalt', 2018, [2014, 2016])).toBeNull();
  });
  it('marks the headline as example data when a year it compares has an example population', () => {
    const ex = crimeColumns(lines.map((l) => (l.kod === '1493' && l.year === 2017 ? { ...l, populationSource: 'exempeldata' } : l)));
    expect(headlineFromColumns(ex, '1493', 'totalt', 2018, [2014, 2016])?.example).toBe(true);
    // 2017 lies neither in the year 2016, the year before, nor the baseline 2014–2015.
    expect(headlineFromColumns(ex, '1493', 'totalt', 2016, [2014, 2015])?.example).toBe(false);
  });
});

describe('yearDataStatusFromColumns', () => {
  it.each([
    { name: 'real', changed: [] as Line[], status: 'real' },
    { name: 'example', changed: [{ year: 2016, kod: '1493', category: 'totalt', count: 10, population: 1, source: 'exempeldata' }, { year: 2016, kod: '1493', category: 'skadegorelse', count: 10, population: 1, source: 'exempeldata' }], status: 'example' },
    { name: 'mixed', changed: [{ year: 2016, kod: '1493', category: 'totalt', count: 10, population: 1, source: 'exempeldata' }], status: 'mixed' },
    { name: 'none', changed: [{ year: 2016, kod: '1493', category: 'totalt', count: null, population: 1 }, { year: 2016, kod: '1493', category: 'skadegorelse', count: null, population: 1 }], status: 'none' },
  ])('$name', ({ changed, status }) => {
    const replaced = (l: Line) => changed.find((c) => c.kod === l.kod && c.year === l.year && c.category === l.category) ?? l;
    // Töreboda's example figures in the same result do not count for Mariestad.
    const others = years.map((year) => ({ year, kod: '1496', category: 'totalt', count: 5, population: 9000, source: 'exempeldata' }));
    expect(yearDataStatusFromColumns(crimeColumns([...others, ...lines.filter((l) => l.kod === '1493').map(replaced)]), '1493', 2016)).toBe(status);
  });
});
