import { describe, expect, it } from 'vitest';
import { activityAnnotations, annotationText, countedActivity } from '../../src/lib/shape/annotations';
import { activityAnnotationsQuery, type ActivityAnnotationRow } from '../../src/lib/queries/annotations';
import { crimeSeriesFor } from '../../src/lib/shape/crime-series';
import { seriesTable } from '../../src/lib/shape/tables';
import { allRows } from '../../src/lib/shape/table-source';
import type { CrimeRow } from '../../src/lib/queries/crimes';

describe('countedActivity', () => {
  it.each([
    { count: 6, type: 'riktad insats', expected: '6 riktade insatser' },
    { count: 1, type: 'riktad insats', expected: '1 riktad insats' },
    { count: 37, type: 'trygghetsskapande besök', expected: '37 trygghetsskapande besök' },
    { count: 13, type: 'informationsmöte', expected: '13 informationsmöten' },
    { count: 7, type: 'drogtest', expected: '7 drogtester' },
    { count: 2, type: 'föräldramöte', expected: '2 föräldramöten' },
    { count: 4, type: 'bekymringssamtal', expected: '4 bekymringssamtal' },
    { count: 5, type: 'skolinsats', expected: '5 skolinsatser' },
    { count: 3, type: 'samverkansmöte', expected: '3 samverkansmöten' },
    { count: 8, type: 'utbildning', expected: '8 utbildningar' },
    { count: 9, type: 'anmälan narkotikabrott', expected: '9 personer anmälda för narkotikabrott' },
    { count: 1200, type: 'utbildning', expected: '1\u00a0200 utbildningar' },
  ])('$count $type → $expected', ({ count, type, expected }) => {
    expect(countedActivity(count, type)).toBe(expected);
  });
});

const r = (year: number, activity_type: string, total: number, example = false): ActivityAnnotationRow => ({ year, activity_type, total, example });

describe('activityAnnotations', () => {
  it('lists the top three counted types per year, most first, years in order', () => {
    const rows = [
      r(2019, 'drogtest', 4, true),
      r(2018, 'riktad insats', 6),
      r(2018, 'trygghetsskapande besök', 37),
      r(2018, 'informationsmöte', 13),
      r(2018, 'drogtest', 2),
      r(2020, 'utbildning', 0),
    ];
    expect(activityAnnotations(rows)).toEqual([
      { year: 2018, label: '37 trygghetsskapande besök, 13 informationsmöten, 6 riktade insatser', example: false },
      { year: 2019, label: '4 drogtester', example: true },
    ]);
  });

  it('is example data when any listed type is', () => {
    const a = activityAnnotations([r(2021, 'skolinsats', 10), r(2021, 'utbildning', 3, true)]);
    expect(a).toEqual([{ year: 2021, label: '10 skolinsatser, 3 utbildningar', example: true }]);
    expect(a[0] && annotationText(a[0])).toBe('10 skolinsatser, 3 utbildningar (exempeldata)');
    expect(activityAnnotations([])).toEqual([]);
  });
});

describe('activityAnnotationsQuery', () => {
  it('binds every value as a parameter', () => {
    const hostile = "1493'; DROP TABLE activities; --";
    const q = activityAnnotationsQuery({ kommunkod: hostile, from: 2016, to: 2020 });
    expect(q.sql).not.toContain(hostile);
    expect(q.params).toEqual([hostile, 2016, 2020]);
    expect((q.sql.match(/\?/g) ?? []).length).toBe(q.params.length);
  });
});

describe('seriesTable with annotations', () => {
  const crime = (year: number): CrimeRow => ({
    year, kommunkod: '1493', municipality: 'Mariestad', category_id: 'totalt', category: 'Totalt',
    count: 100, population: null, preliminary: false, source: 'BRÅ', population_source: null,
  });
  const series = crimeSeriesFor([crime(2018), crime(2019)], 'totalt', 'count', ['1493']);

  it.each([
    { annotations: undefined, columns: ['År', 'Mariestad'], cells: [undefined, undefined] },
    { annotations: [], columns: ['År', 'Mariestad'], cells: [undefined, undefined] },
    {
      annotations: [{ year: 2018, label: '6 riktade insatser', example: false }, { year: 2019, label: '4 drogtester', example: true }],
      columns: ['År', 'Mariestad', 'Insatser'],
      cells: ['6 riktade insatser', '4 drogtester *'],
    },
    { annotations: [{ year: 2019, label: '4 drogtester', example: false }], columns: ['År', 'Mariestad', 'Insatser'], cells: ['–', '4 drogtester'] },
  ])('adds an Insatser column when there are annotations ($columns)', ({ annotations, columns, cells }) => {
    const t = seriesTable(series, String, false, annotations);
    expect(t.columns.map((c) => c.label)).toEqual(columns);
    expect(allRows(t).map((row) => row.__annotations)).toEqual(cells);
    expect(allRows(t).map((row) => row['1493'])).toEqual(['100', '100']);
  });
});
