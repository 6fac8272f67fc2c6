/** The filter declarations: every filter round-trips through the URL, and the panel and SQL read the same entries. */
import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, FILTERS, panelFilters, type Filters, type KnownValues } from '../../../src/lib/data/filters';
import { parseFilters, serializeFilters } from '../../../src/lib/state/url';
import { filterEquals, filterIn, yearBetween } from '../../../src/lib/queries/sql';

const known: KnownValues = {
  minYear: 2010, maxYear: 2024, municipalities: ['00', '1493', '1496'], categories: ['totalt', 'stold'],
  venues: ['elvarket'], actors: ['polis', 'kommun'], promises: ['p1', 'p2'],
};
const defaults: Filters = {
  view: 'oversikt', from: 2010, to: 2024, municipality: '1493', compare: ['00'], category: ['totalt'], venue: [], actor: [],
  measure: 'rate', promise: 'p1', group: 'grannar', baseline: null, year: null, slide: 1, period: 'ar', sel: {},
};
/** One value other than the default for every filter, with the URL text it must be written as. */
const samples: { [K in keyof Filters]: [Filters[K], string] } = {
  view: ['brott', 'brott'], from: [2012, '2012'], to: [2020, '2020'], municipality: ['1496', '1496'], compare: [[], ''],
  category: [['stold', 'totalt'], 'stold,totalt'], venue: [['elvarket'], 'elvarket'], actor: [['kommun'], 'kommun'],
  measure: ['count', 'count'], promise: ['p2', 'p2'], group: ['riket', 'riket'], baseline: [[2011, 2013], '2011-2013'],
  year: [2018, '2018'], slide: [4, '4'], period: ['manad', 'manad'], sel: [{ venue: 'elvarket', year: '2019' }, 'year:2019,venue:elvarket'],
};

describe('filter declarations', () => {
  it.each(FILTER_KEYS)('%s is written under its own key and read back', (key) => {
    const [value, text] = samples[key];
    const f = { ...defaults, [key]: value };
    const search = serializeFilters(f, defaults);
    expect(new URLSearchParams(search).get(key)).toBe(text);
    expect(parseFilters(search, known, defaults)).toEqual({ filters: f, notices: [] });
  });

  it('names only the view when every filter has its default', () => {
    expect(serializeFilters(defaults, defaults)).toBe('?view=oversikt');
  });

  it.each([
    ['brott', ['from', 'to', 'municipality', 'compare', 'category', 'measure']],
    ['insatser', ['from', 'to', 'municipality', 'venue', 'actor']],
    ['beslut', ['municipality', 'promise', 'group', 'baseline']],
    ['mote', []],
  ] as const)('the panel of %s shows %j', (view, expected) => {
    expect(panelFilters(view)).toEqual(expected);
  });

  it('WHERE clauses take their column from the declaration', () => {
    expect(filterIn('venue', 'a', ['elvarket'])).toEqual({ sql: 'a.venue_id IN (?)', params: ['elvarket'] });
    expect(filterIn('actor', 'a', [])).toBeNull();
    expect(filterEquals('municipality', 'c', '1493')).toEqual({ sql: 'c.kommunkod = ?', params: ['1493'] });
    expect(yearBetween('c', 2015, 2016)).toEqual({ sql: 'c.year BETWEEN ? AND ?', params: [2015, 2016] });
    expect(() => filterIn('slide', 'a', [1])).toThrow(/begränsar ingen kolumn/);
    expect(FILTERS.category.column).toBe('category_id');
  });
});
