import { describe, expect, it } from 'vitest';
import { focusTrendSeries } from '../../../src/lib/report/charts';
import { columnsFromRows } from '../../../src/lib/db/columns';

const line = (year: number, kommunkod: string, category_id: string, count: number | null) => ({
  year, kommunkod, municipality: kommunkod === '1493' ? 'Mariestad' : 'Töreboda', category_id, category: category_id, count, population: 20000,
  preliminary: false, source: 'BRÅ', population_source: 'SCB',
});

describe('focusTrendSeries', () => {
  it('draws one line per focus category for the municipality, per 100 000, from the columns', () => {
    const cols = columnsFromRows([line(2019, '1493', 'skadegorelse', 100), line(2020, '1493', 'skadegorelse', 150), line(2020, '1496', 'skadegorelse', 1), line(2020, '1493', 'misshandel', 40)]);
    const s = focusTrendSeries(cols, [{ category_id: 'skadegorelse', name: 'Skadegörelse' }, { category_id: 'ran', name: 'Rån' }, { category_id: 'misshandel', name: 'Misshandel' }], '1493');
    expect(s.map((x) => [x.id, x.label])).toEqual([['skadegorelse', 'Skadegörelse'], ['misshandel', 'Misshandel']]);
    expect(s[0]?.points.map((p) => [p.x, p.y])).toEqual([[2019, 500], [2020, 750]]);
    expect(s[1]?.points[0]?.y).toBe(200);
    expect(focusTrendSeries(columnsFromRows([]), [{ category_id: 'ran', name: 'Rån' }], '1493')).toEqual([]);
  });
});
