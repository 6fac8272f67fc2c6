/**
 * The English output of the shell's and the crime views' pure modules (issue 13 point 5). The
 * expected English is written by hand; the Swedish of the same modules is covered by their own tests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale, svData } from '../../src/lib/i18n/locale';
import { FILTERS, groupName, measureName, periodChoiceName, VIEW_NAMES, viewName } from '../../src/lib/data/filters';
import { parseFilters, type Filters, type KnownValues } from '../../src/lib/state/url';
import { filterSummary } from '../../src/lib/format/filter-summary';
import { changeWithInterval, deliveredPhrase, describeChange } from '../../src/lib/format/sentences';
import { activityNoun, ACTIVITY_NOUNS, countedActivity, countPhrase, englishNumberWord, joinList, numberWord } from '../../src/lib/format/words';
import { yearToDateText, type YearToDate } from '../../src/lib/shape/year-to-date';
import { promiseBands, type PromiseRow } from '../../src/lib/shape/promise-bands';
import { periodLabel } from '../../src/lib/shape/period-series';
import { measureUnit, pointText, type Series, type SeriesPoint } from '../../src/lib/shape/crime-series';
import { overviewTitle } from '../../src/lib/shape/headline';
import { seriesTable } from '../../src/lib/shape/tables';
import { mapTable, mapValues } from '../../src/lib/shape/map-table';
import { allRawRows, allRows } from '../../src/lib/shape/table-source';
import { columnsFromRows } from '../../src/lib/db/columns';
import { legendClasses } from '../../src/lib/shape/map';
import { resultSummary } from '../../src/lib/shape/municipality-search';
import { categoryLang, categoryName, FOCUS_CATEGORIES, placeName } from '../../src/lib/shape/category-name';
import { activityAnnotations, annotationText } from '../../src/lib/shape/annotations';
import { actorLabel } from '../../src/lib/shape/activities';
import { exportNotes, placeText } from '../../src/lib/export/context';
import { duckDbMessage } from '../../src/lib/db/errors';
import type { MapRateRow } from '../../src/lib/queries/map';

beforeEach(() => setLocale('en'));
afterEach(() => setLocale('sv'));

const known: KnownValues = {
  minYear: 2010, maxYear: 2024, municipalities: ['00', '1493', '1496'], categories: ['totalt', 'skadegorelse'], venues: [], actors: [], promises: ['mariestad-2018'],
};
const defaults: Filters = {
  view: 'oversikt', from: 2010, to: 2024, municipality: '1493', compare: [], category: ['totalt'], venue: [], actor: [], measure: 'rate',
  promise: 'mariestad-2018', group: 'grannar', baseline: null, year: null, slide: 1, period: 'ar', sel: {},
};

describe('views and filters in English', () => {
  it('names the views, also through the deprecated VIEW_NAMES, and follows a change of language', () => {
    expect(viewName('brott')).toBe('Crime trends');
    expect(VIEW_NAMES.karta).toBe('Map');
    expect(Object.keys(VIEW_NAMES)).toContain('tillganglighet');
    setLocale('sv');
    expect(VIEW_NAMES.karta).toBe('Karta');
    expect(viewName('beslut')).toBe('Underlag för beslut');
  });

  it('labels the filters and their choices', () => {
    expect(FILTERS.category.label).toBe('Crime category');
    expect(FILTERS.measure.choices).toEqual([['rate', 'Per 100,000 inhabitants'], ['count', 'Number']]);
    expect(FILTERS.group.choices?.map(([, l]) => l)).toEqual([
      'Neighbouring municipalities', 'Same municipality group (SKR)', 'Same county', 'Sweden as a whole', 'Chosen municipalities (Compare with)',
    ]);
  });

  it('names a measure, a comparison group and a period choice', () => {
    expect([measureName('count'), groupName('lan'), periodChoiceName('kvartal')]).toEqual(['Number', 'Same county', 'Quarter']);
  });

  it('says in English which URL values were ignored', () => {
    const { notices } = parseFilters('?view=nope&from=1999&category=totalt,xyz&measure=per&from2=1', known, defaults);
    expect(notices).toEqual([
      'Unknown view “nope” was ignored; showing Overview.',
      'Unknown year for “from”: “1999” was ignored (there are data for 2010–2024).',
      'Unknown value for “category”: “xyz” was ignored.',
      'Unknown measure “per” was ignored.',
    ]);
    expect(parseFilters('?from=2020&to=2015', known, defaults).notices).toEqual(['“from” (2020) was later than “to” (2015); the years were swapped.']);
  });

  it('sums up the filters for the live region', () => {
    expect(filterSummary({ years: [2015, 2020], municipality: 'Mariestad', measure: 'rate', compare: 0, categories: 1 })).toBe(
      'Showing 2015–2020, Mariestad, per 100,000 inhabitants, no comparison, 1 category.',
    );
    expect(filterSummary({ years: [2020, 2020], baseline: null, group: 'Same county', actors: 0, venues: 3 })).toBe(
      'Showing 2020, comparison years automatic, comparison group Same county, all actors, 3 places.',
    );
  });

  it('counts the picker’s matches', () => {
    expect(resultSummary([])).toBe('No municipality matches.');
    expect(resultSummary([{ kommunkod: '1493', name: 'Mariestad', hasData: true }])).toBe('1 municipality, 1 with data.');
    expect(resultSummary([{ kommunkod: '1493', name: 'Mariestad', hasData: true }, { kommunkod: '1494', name: 'Lidköping', hasData: false }])).toBe('2 municipalities, 1 with data.');
  });
});

describe('words and sentences in English', () => {
  it('writes numbers in British English words', () => {
    expect([0, 1, 6, 13, 21, 40, 99, 100, 121, 999, 1000, 1005, 2021, 12_345].map(englishNumberWord)).toEqual([
      'zero', 'one', 'six', 'thirteen', 'twenty-one', 'forty', 'ninety-nine', 'one hundred', 'one hundred and twenty-one',
      'nine hundred and ninety-nine', 'one thousand', 'one thousand and five', 'two thousand and twenty-one', 'twelve thousand three hundred and forty-five',
    ]);
    expect(numberWord(21, 'neutrum')).toBe('twenty-one');
    expect(englishNumberWord(2.5)).toBe('2.5');
  });

  it('counts activities with English nouns, one for each shipped activity type', () => {
    expect(countedActivity(6, 'riktad insats')).toBe('Six (6) targeted interventions');
    expect(countedActivity(1, 'trygghetsskapande besök', false)).toBe('one (1) reassurance visit');
    expect(countedActivity(2, 'anmälan narkotikabrott')).toBe('Two (2) people reported for drug offences');
    expect(activityNoun('grillkväll')).toEqual({ singular: 'occasion of grillkväll', plural: 'occasions of grillkväll', gender: 'neutrum' });
    for (const type of Object.keys(ACTIVITY_NOUNS)) {
      const noun = activityNoun(type);
      expect(noun.plural, type).not.toMatch(/[åäö]/);
      expect(noun.plural, type).not.toBe(`occasions of ${type}`);
    }
  });

  it('joins lists and counts phrases as English does', () => {
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(countPhrase(1234, 'place', 'places')).toBe('1,234 places');
    expect(deliveredPhrase(56, 2)).toBe('56 occasions carried out and 2 interventions without a stated number');
    expect(deliveredPhrase(1, 1)).toBe('1 occasion carried out and 1 intervention without a stated number');
  });

  it('says a change with the same caution: clear only when the interval says so', () => {
    const up = { ratio: 1.18, low: 1.03, high: 1.31, significant: true };
    expect(changeWithInterval(up)).toBe('+18% (95% CI +3% to +31%)');
    expect(describeChange(up, 'compared with 2023')).toBe('Clear increase compared with 2023: +18% (95% CI +3% to +31%).');
    expect(describeChange({ ratio: 0.9, low: 0.7, high: 1.1, significant: false }, 'compared with 2023')).toBe(
      'Cannot tell compared with 2023: −10% (95% CI −30% to +10%), within the usual variation between years.',
    );
    expect(describeChange({ ...up, tooFew: true }, 'compared with 2023')).toBe('Too few crimes to compare compared with 2023 (fewer than 10).');
  });

  it('writes the year to date in English', () => {
    const y: YearToDate = { year: 2026, throughMonth: 8, count: 412, previous: 380, ratio: 1.08, low: 0.95, high: 1.23, phi: 1.2, perInhabitant: true, preliminary: true, verdict: 'oklart' };
    expect(yearToDateText(y)).toBe(
      'January–August 2026: 412 reported crimes; the same months of 2025: 380. Change +8% per inhabitant (95% confidence interval −5% to +23%, allowing for how much the months vary). Cannot tell whether this is a real change. The figures are partly preliminary.',
    );
    expect(yearToDateText({ ...y, throughMonth: 1, count: 4, ratio: null, low: null, high: null, preliminary: false, verdict: 'for-fa' })).toBe(
      'January 2026: 4 reported crimes; the same months of 2025: 380. Too few crimes to compare (below 10).',
    );
  });
});

describe('crime shapes in English', () => {
  const point = (x: number, y: number | null, extra: Partial<SeriesPoint> = {}): SeriesPoint => ({
    x, y, low: y === null ? null : y - 10, high: y === null ? null : y + 10, count: 100, population: 20_000, suppressed: false, example: false, preliminary: false, ...extra,
  });
  const series: Series[] = [{ id: '1493', label: 'Mariestad', measure: 'rate', example: false, points: [point(2023, 1234.5), point(2024, null, { suppressed: true, count: 2 })] }];

  it('names the units, the titles and a suppressed point', () => {
    expect(measureUnit('rate')).toBe('reported crimes per 100,000 inhabitants');
    expect(measureUnit('count')).toBe('number of reported crimes');
    expect(pointText(point(2024, null, { suppressed: true, count: 2 }), 'rate', String)).toBe('<3 cases');
    expect(overviewTitle('Mariestad', 2024, 'example')).toBe('Overview 2024: Mariestad – example data, not real statistics');
    expect(overviewTitle('Mariestad', 2024, 'none')).toBe('Overview 2024: Mariestad – no crime data for 2024');
  });

  it('heads the tables in English, numbers as English writes them', () => {
    const table = seriesTable(series, (v) => (v === null ? '–' : v.toFixed(1)), true, [{ year: 2023, label: '3 targeted interventions', example: true }]);
    expect(table.columns.map((c) => c.label)).toEqual(['Year', 'Mariestad', 'Interventions']);
    expect(allRows(table)[1]?.['1493']).toBe('<3 cases');
    expect(table.raw?.columns.map((c) => c.label)).toEqual([
      'Year', 'Mariestad (reported crimes per 100,000 inhabitants)', 'Mariestad, 95% CI lower (reported crimes per 100,000 inhabitants)',
      'Mariestad, 95% CI upper (reported crimes per 100,000 inhabitants)', 'Note', 'Interventions',
    ]);
    expect(allRawRows(table)?.[0]?.__annotations).toBe('3 targeted interventions (example data)');
  });

  it('labels the map, its legend and its table', () => {
    const rows: MapRateRow[] = [{ kommunkod: '1493', name: 'Mariestad', count: 1500, population: 24_000, rate: 6250, example: true, source: 'x', population_source: 'y' } as MapRateRow];
    expect(mapValues(columnsFromRows(rows.map((r) => ({ ...r })))).values.get('1493')?.text).toBe('Mariestad: 6,250 per 100,000 inhabitants (1,500 crimes, 24,000 inhabitants) (example data)');
    const table = mapTable(columnsFromRows(rows.map((r) => ({ ...r }))), '1493', []);
    expect(table.columns.map((c) => c.label)).toEqual(['Municipality', 'On the map', 'Reported crimes', 'Inhabitants', 'Per 100,000 inhabitants', 'Source']);
    expect(allRows(table)[0]).toMatchObject({ role: 'chosen municipality (thick edge)', source: 'example data', count: '1,500' });
    expect(legendClasses([4100, 5600]).map((l) => l.label)).toEqual(['below 4,100', '4,100–5,600', '5,600 and more']);
  });

  it('labels the promise bands, months and quarters', () => {
    const p = (id: string, from: number, to: number): PromiseRow => ({ promise_id: id, kommunkod: '1493', year_from: from, year_to: to, title: '', focus: '', focus_categories: null, text: '', source: '' });
    expect(promiseBands([p('a', 2017, 2017)], '1493', 2010, 2024).map((b) => b.label)).toEqual(['Citizen promise 2017']);
    expect(promiseBands([p('a', 2017, 2018), p('b', 2019, 2020)], '1493', 2010, 2024).map((b) => b.label)).toEqual(['Citizen promises 2017–2020']);
    expect([periodLabel('2026-05'), periodLabel('2026-K3'), periodLabel('2026')]).toEqual(['May 2026', 'Q3 2026', '2026']);
  });

  it('gives the shipped categories English names, and marks any other as Swedish data', () => {
    expect(categoryName('skadegorelse', 'Skadegörelse (inkl. mordbrand)')).toBe('Criminal damage (incl. arson)');
    expect(categoryLang('skadegorelse')).toBeUndefined();
    expect(categoryName('bra-1234', 'Olaga hot')).toBe('Olaga hot');
    expect(categoryLang('bra-1234')).toBe('sv');
    expect(FOCUS_CATEGORIES.map((id) => categoryName(id)).every((n) => !/[åäö]/.test(n))).toBe(true);
    expect(svData()).toBe('sv');
    expect([placeName('00', 'Riket'), placeName('1493', 'Mariestad')]).toEqual(['Sweden', 'Mariestad']);
    setLocale('sv');
    expect(placeName('00', 'Riket')).toBe('Riket');
    expect(categoryName('skadegorelse', 'Skadegörelse (inkl. mordbrand)')).toBe('Skadegörelse (inkl. mordbrand)');
    expect(categoryLang('bra-1234')).toBeUndefined();
    expect(svData()).toBeUndefined();
  });

  it('writes the time-axis notes and actors in English', () => {
    const [a] = activityAnnotations([{ year: 2020, activity_type: 'riktad insats', total: 3, example: true } as never]);
    expect(a?.label).toBe('3 targeted interventions');
    expect(a && annotationText(a)).toBe('3 targeted interventions (example data)');
    expect(actorLabel('polis')).toBe('Police');
  });
});

describe('exports and start-up messages in English', () => {
  it('writes the lines under a downloaded chart', () => {
    expect(placeText('Mariestad', ['Riket', 'Töreboda'])).toBe('Mariestad compared with Riket and Töreboda');
    expect(exportNotes({ place: 'Mariestad', period: '2015–2020', measure: 'reported crimes', source: 'BRÅ', example: true })).toEqual([
      'Mariestad, 2015–2020: reported crimes.',
      'Source: BRÅ.',
      'Example data (open points, striped bars, * in the table): generated figures, not real statistics.',
    ]);
  });

  it('explains DuckDB’s common errors in English', () => {
    expect(duckDbMessage(new Error('INTERRUPT Error: Interrupted!'))).toBe('The query was cancelled.');
    expect(duckDbMessage(new Error('Binder Error: no_such_column'))).toBe('DuckDB: Binder Error: no_such_column');
  });
});

describe('activity type names', () => {
  it('are English for the shipped types in the English UI, and as written otherwise', async () => {
    const { activityTypeName } = await import('../../src/lib/format/words');
    expect(activityTypeName('stöd och vägledning')).toBe('support and guidance');
    expect(activityTypeName('närvaro på ungas arenor')).toBe('presence where young people meet');
    expect(activityTypeName('egen aktivitet')).toBe('egen aktivitet');
    setLocale('sv');
    expect(activityTypeName('stöd och vägledning')).toBe('stöd och vägledning');
  });
});
