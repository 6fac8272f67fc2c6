import { describe, expect, it } from 'vitest';
import { baselineYears, promiseBands, type PromiseRow } from '../../src/lib/shape/promise-bands';
import { actorKeys, keepChosen, rankVenues, stackByType, stackByVenue, stackByYear, summariseByActor, targetGroupText, uncountedYears } from '../../src/lib/shape/activities';
import { crimeSeriesFor } from '../../src/lib/shape/crime-series';
import { seriesTable, stackTable } from '../../src/lib/shape/tables';
import { allRows } from '../../src/lib/shape/table-source';
import { headlineFor, overviewTitle, yearDataStatus } from '../../src/lib/shape/headline';
import { toPlainValue, tableToRows, type ArrowTableLike } from '../../src/lib/db/arrow';
import type { CrimeRow } from '../../src/lib/queries/crimes';

const promise = (id: string, kod: string, from: number, to: number): PromiseRow => ({
  promise_id: id, kommunkod: kod, year_from: from, year_to: to, title: '', focus: '', focus_categories: null, text: '', source: '',
});

describe('promiseBands', () => {
  const promises = [promise('a', '1493', 2017, 2017), promise('b', '1493', 2018, 2018), promise('c', '1493', 2021, 2021), promise('x', '1496', 2015, 2016)];
  it('merges touching years, clips to the range and keeps other municipalities out', () => {
    expect(promiseBands(promises, '1493', 2010, 2024).map((b) => [b.from, b.to])).toEqual([[2017, 2018], [2021, 2021]]);
    expect(promiseBands(promises, '1493', 2018, 2020).map((b) => [b.from, b.to])).toEqual([[2018, 2018]]);
    expect(promiseBands(promises, '1494', 2010, 2024)).toEqual([]);
  });
  it('labels bands in Swedish', () => {
    expect(promiseBands(promises, '1493', 2010, 2024).map((b) => b.label)).toEqual(['Medborgarlöften 2017–2018', 'Medborgarlöfte 2021']);
  });
  it('takes the years before the first promise as baseline', () => {
    expect(baselineYears(promises, '1493', 2010)).toEqual([2014, 2016]);
    expect(baselineYears(promises, '1493', 2016)).toEqual([2016, 2016]);
    expect(baselineYears(promises, '1493', 2017)).toBeNull();
    expect(baselineYears(promises, '1494', 2010)).toBeNull();
  });
});

describe('activity shaping', () => {
  const byYear = [
    { year: 2018, actor: 'polis', total: 56, records: 5, uncounted: 2, example: false },
    { year: 2018, actor: 'kommun', total: null, records: 7, uncounted: 7, example: false },
    { year: 2020, actor: 'polis', total: 10, records: 2, uncounted: 0, example: true },
  ];
  it('stacks every year of the range, zero where nothing was done', () => {
    expect(stackByYear(byYear, 2018, 2020)).toEqual([
      { x: '2018', values: { polis: 56, kommun: 0 } },
      { x: '2019', values: {} },
      { x: '2020', values: { polis: 10 } },
    ]);
  });
  it('summarises per actor in the fixed actor order', () => {
    expect(summariseByActor(byYear)).toEqual([
      { actor: 'polis', label: 'Polisen', total: 66, uncounted: 2 },
      { actor: 'kommun', label: 'Kommunen', total: 0, uncounted: 7 },
    ]);
    expect(actorKeys([{ actor: 'kommun' }, { actor: 'annan' }, { actor: 'polis' }]).map((k) => k.id)).toEqual(['polis', 'kommun', 'annan']);
  });
  it('marks years with uncounted activities', () => {
    expect(uncountedYears(byYear)).toEqual(['2018']);
  });
  it('orders types and venues by stated count', () => {
    const types = stackByType([
      { actor: 'polis', activity_type: 'informationsmöte', total: 13, records: 1, uncounted: 0, example: false },
      { actor: 'polis', activity_type: 'trygghetsskapande besök', total: 37, records: 1, uncounted: 0, example: false },
      { actor: 'kommun', activity_type: 'informationsmöte', total: 30, records: 1, uncounted: 0, example: false },
    ]);
    expect(types.map((t) => t.x)).toEqual(['informationsmöte', 'trygghetsskapande besök']);
    const venues = rankVenues([
      { venue_id: 'a', venue: 'A', year: 2018, actor: 'polis', total: 2, records: 1, uncounted: 0, example: false },
      { venue_id: 'b', venue: 'B', year: 2018, actor: 'polis', total: 5, records: 1, uncounted: 0, example: false },
      { venue_id: 'a', venue: 'A', year: 2019, actor: 'kommun', total: 4, records: 2, uncounted: 1, example: false },
    ]);
    expect(venues).toEqual([
      { venue_id: 'a', venue: 'A', total: 6, records: 3, uncounted: 1 },
      { venue_id: 'b', venue: 'B', total: 5, records: 1, uncounted: 0 },
    ]);
    const stacked = stackByVenue([
      { venue_id: 'a', venue: 'A', year: 2018, actor: 'polis', total: 2, records: 1, uncounted: 0, example: false },
      { venue_id: 'b', venue: 'B', year: 2018, actor: 'polis', total: 5, records: 1, uncounted: 0, example: false },
      { venue_id: 'a', venue: 'A', year: 2019, actor: 'kommun', total: 4, records: 2, uncounted: 1, example: false },
      { venue_id: 'a', venue: 'A', year: 2019, actor: 'polis', total: null, records: 1, uncounted: 1, example: false },
    ]);
    expect(stacked).toEqual([
      { x: 'A', values: { polis: 2, kommun: 4 } },
      { x: 'B', values: { polis: 5 } },
    ]);
    expect(
      targetGroupText(
        [
          { venue_id: 'a', target_group: 'ungdomar', records: 12 },
          { venue_id: 'b', target_group: 'föräldrar', records: 1 },
          { venue_id: 'a', target_group: 'elever', records: 5 },
        ],
        'a',
      ),
    ).toBe('ungdomar (12), elever (5)');
  });
});

const crimeRow = (year: number, kod: string, count: number | null, population: number | null, source = 'BRÅ'): CrimeRow => ({
  year, kommunkod: kod, municipality: kod === '00' ? 'Riket' : 'Mariestad', category_id: 'totalt', category: 'Totalt antal brott',
  count, population, preliminary: false, source, population_source: 'Kolada/SCB',
});

describe('crime series and tables', () => {
  const rows = [crimeRow(2015, '1493', 2400, 24000), crimeRow(2016, '1493', null, 24100), crimeRow(2015, '00', 100000, 10000000, 'exempeldata')];
  it('turns counts into rates per 100 000 with an interval around them', () => {
    const [own, riket] = crimeSeriesFor(rows, 'totalt', 'rate', ['1493', '00']);
    expect(own?.points[0]?.y).toBeCloseTo(10000, 6);
    expect(own?.points[0]?.low).toBeLessThan(10000);
    expect(own?.points[0]?.high).toBeGreaterThan(10000);
    expect(own?.points[1]?.y).toBeNull();
    expect(own?.example).toBe(false);
    expect(riket?.example).toBe(true);
    const counts = crimeSeriesFor(rows, 'totalt', 'count', ['1493']);
    expect(counts[0]?.points[0]?.y).toBe(2400);
  });
  it('writes the table with intervals and marks example values', () => {
    const t = seriesTable(crimeSeriesFor(rows, 'totalt', 'count', ['1493', '00']), (v) => String(v), false);
    expect(t.columns.map((c) => c.label)).toEqual(['År', 'Mariestad', 'Riket']);
    expect(allRows(t)).toEqual([
      { year: '2015', '1493': '2400', '00': '100000 *' },
      { year: '2016', '1493': '–', '00': '–' },
    ]);
    const s = stackTable([{ x: '2018', values: { polis: 2, kommun: 3 } }], [{ id: 'polis', label: 'Polisen' }, { id: 'kommun', label: 'Kommunen' }], 'År', String);
    expect(s.rows).toEqual([{ x: '2018', polis: '2', kommun: '3', __total: '5' }]);
  });
});

describe('headlineFor', () => {
  const rows = [2014, 2015, 2016, 2017, 2018].map((y, i) => crimeRow(y, '1493', 2000 + i * 300, 24000));
  it('compares the year with the year before and the baseline', () => {
    const h = headlineFor(rows, 'totalt', 2018, [2014, 2016]);
    expect(h?.count).toBe(3200);
    expect(h?.previous?.ratio).toBeCloseTo(3200 / 2900, 9);
    expect(h?.baseline?.ratio).toBeCloseTo(3200 / ((2000 + 2300 + 2600) / 3), 9);
    expect(h?.baseline?.significant).toBe(true);
    expect(h?.dispersion).toBeGreaterThanOrEqual(1);
  });
  it('calls no change from fewer than 10 crimes, and shows no numbers for it', () => {
    const few = [2014, 2015, 2016, 2017, 2018].map((y, i) => crimeRow(y, '1493', [40, 45, 50, 30, 2][i] ?? 0, 24000));
    const h = headlineFor(few, 'totalt', 2018, [2014, 2016]);
    expect(h?.baseline).toMatchObject({ tooFew: true, significant: false });
    expect(Number.isNaN(h?.baseline?.ratio)).toBe(true);
    expect(h?.previous?.tooFew).toBe(true);
  });
  it('has no baseline comparison when the year lies inside the baseline, and nothing without data', () => {
    expect(headlineFor(rows, 'totalt', 2015, [2014, 2016])?.baseline).toBeNull();
    expect(headlineFor(rows, 'totalt', 2030, [2014, 2016])).toBeNull();
  });
});

describe('what the first screen says is real', () => {
  const pop = (r: CrimeRow, population_source: string | null): CrimeRow => ({ ...r, population_source });
  it.each([
    { rows: [crimeRow(2016, '2582', 1200, 28042)], status: 'real' },
    { rows: [crimeRow(2016, '1493', 2000, 24000, 'exempeldata'), crimeRow(2016, '1493', 300, 24000, 'exempeldata')], status: 'example' },
    { rows: [crimeRow(2016, '1493', 2000, 24000), crimeRow(2016, '1493', 300, 24000, 'exempeldata')], status: 'mixed' },
    // A real count over an example population is not a real rate.
    { rows: [pop(crimeRow(2016, '1493', 2000, 24000), 'exempeldata')], status: 'example' },
    { rows: [crimeRow(2015, '2582', 1200, 28042), crimeRow(2016, '2582', null, 28042)], status: 'none' },
    { rows: [], status: 'none' },
  ])('$status', ({ rows, status }) => {
    expect(yearDataStatus(rows, 2016)).toBe(status);
  });

  it.each([
    { status: 'real', title: 'Översikt 2016: Boden' },
    { status: 'example', title: 'Översikt 2016: Boden – exempeldata, inte verklig statistik' },
    { status: 'mixed', title: 'Översikt 2016: Boden – delvis exempeldata' },
    { status: 'none', title: 'Översikt 2016: Boden – inga brottsdata för 2016' },
  ] as const)('headline for $status', ({ status, title }) => {
    expect(overviewTitle('Boden', 2016, status)).toBe(title);
  });
});

describe('arrow conversion', () => {
  it.each([
    { value: 12n, isDate: false, expected: 12 },
    { value: null, isDate: false, expected: null },
    { value: 'x', isDate: false, expected: 'x' },
    { value: 0, isDate: true, expected: '1970-01-01' },
    { value: Date.UTC(2018, 4, 30), isDate: true, expected: '2018-05-30' },
  ])('$value → $expected', ({ value, isDate, expected }) => {
    expect(toPlainValue(value, isDate)).toBe(expected);
  });
  it('recognises a table by its shape and converts by column', () => {
    const table: ArrowTableLike = {
      numRows: 2,
      schema: { fields: [{ name: 'n', type: { typeId: 2, toString: () => 'Int64' } }, { name: 'd', type: { typeId: 8, toString: () => 'Date' } }] },
      getChildAt: (i) => ({ get: (r) => (i === 0 ? BigInt(r + 1) : Date.UTC(2020, 0, r + 1)) }),
    };
    expect(tableToRows(table)).toEqual([{ n: 1, d: '2020-01-01' }, { n: 2, d: '2020-01-02' }]);
  });
});

describe('a chosen bar kept in its own chart', () => {
  const bars: { x: string; values: Record<string, number> }[] = [
    { x: 'elvarket', values: { polis: 3 } },
    { x: 'skolor', values: { kommun: 1 } },
  ];
  it('adds the chosen bar, empty, at the end when the other choices leave it out', () => {
    expect(keepChosen(bars, 'resecentrum', (d) => d.x, (x) => ({ x, values: {} })).map((d) => d.x)).toEqual(['elvarket', 'skolor', 'resecentrum']);
  });
  it('leaves the list as it is when the chosen bar is there, or nothing is chosen', () => {
    expect(keepChosen(bars, 'skolor', (d) => d.x, (x) => ({ x, values: {} }))).toEqual(bars);
    expect(keepChosen(bars, null, (d) => d.x, (x) => ({ x, values: {} }))).toEqual(bars);
  });
});
