import { describe, expect, it } from 'vitest';
import { isProvisional, provisionalPromise } from '../../src/lib/decision/provisional';
import { focusCategories, periodsFor } from '../../src/lib/decision/build';
import { buildReport } from '../../src/lib/report/build';
import { comparisonGroup } from '../../src/lib/decision/group';

describe('a municipality without a promise in the data', () => {
  const p = provisionalPromise('2582', 'Boden', 2016);

  it('is assessed on its year against the three years before, with no primary indicator', () => {
    expect(isProvisional(p)).toBe(true);
    expect(isProvisional({ promise_id: 'mariestad-2018' })).toBe(false);
    expect(periodsFor(p, null, 2010, 2024, [])).toEqual({ baseline: [2013, 2015], period: [2016, 2016], dispersion: [2010, 2015], notice: null });
    expect(p.primary_category).toBeNull();
    const cats = [
      { category_id: 'totalt', name: 'Totalt', youth_relevant: false, police_initiated: false },
      { category_id: 'skadegorelse', name: 'Skadegörelse', youth_relevant: true, police_initiated: false },
    ];
    expect(focusCategories(cats, p).map((c) => c.category_id)).toEqual(['skadegorelse']);
  });

  it('is called a Lägesbild in the report, never a follow-up of a promise', () => {
    const report = buildReport(p, 'Boden', 2016, [], []);
    expect(report.heading).toBe('Lägesbild Boden (inget medborgarlöfte i datan)');
    expect(report.promiseText).toMatch(/^Det finns inget medborgarlöfte för Boden i datan\./);
    const real = buildReport({ ...p, promise_id: 'boden-2016' }, 'Boden', 2016, [], []);
    expect(real.heading).toBe('Uppföljning medborgarlöfte Boden');
  });
});

describe('grannar only among municipalities with data, in the same county', () => {
  const areas = [
    { kommunkod: '1493', name: 'Mariestad', kind: 'kommun', region: 'Västra Götalands län', has_crimes: true },
    { kommunkod: '1496', name: 'Skövde', kind: 'kommun', region: 'Västra Götalands län', has_crimes: true },
    { kommunkod: '1480', name: 'Göteborg', kind: 'kommun', region: 'Västra Götalands län', has_crimes: false },
    { kommunkod: '2582', name: 'Boden', kind: 'kommun', region: 'Norrbottens län', has_crimes: true },
    { kommunkod: '00', name: 'Riket', kind: 'riket', region: null, has_crimes: true },
  ];
  it.each([
    { kod: '1493', picked: ['1496'], label: 'grannkommunerna' },
    { kod: '2582', picked: ['1493', '1496'], label: 'de andra kommunerna i datan' },
  ])('$kod → $picked', ({ kod, picked, label }) => {
    const g = comparisonGroup(areas, kod, 'grannar', []);
    expect(g.picked).toEqual(picked);
    expect(g.label).toBe(label);
  });
  it('leaves out municipalities without data from the county group too', () => {
    expect(comparisonGroup(areas, '1493', 'lan', []).picked).toEqual(['1496']);
  });
});
