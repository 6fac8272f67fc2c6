import { describe, expect, it } from 'vitest';
import { parseFilters, searchForView, serializeFilters, type Filters, type KnownValues } from '../../src/lib/state/url';

const known: KnownValues = {
  minYear: 2010,
  maxYear: 2024,
  municipalities: ['00', '1493', '1496', '1494'],
  categories: ['totalt', 'skadegorelse', 'narkotikabrott'],
  venues: ['elvarket', 'resecentrum', 'skolor'],
  actors: ['kommun', 'polis', 'samverkan'],
  promises: ['mariestad-2017', 'mariestad-2018'],
};
const defaults: Filters = {
  view: 'oversikt',
  from: 2010,
  to: 2024,
  municipality: '1493',
  compare: ['00'],
  category: ['totalt', 'skadegorelse'],
  venue: [],
  actor: [],
  measure: 'rate',
  promise: 'mariestad-2018',
  group: 'grannar',
  baseline: null,
  year: null,
  slide: 1,
  period: 'ar',
  sel: {},
};

describe('parseFilters', () => {
  it('gives the defaults for an empty query string', () => {
    expect(parseFilters('', known, defaults)).toEqual({ filters: defaults, notices: [] });
  });

  it.each([
    { search: '?view=brott', patch: { view: 'brott' } },
    { search: '?from=2015&to=2019', patch: { from: 2015, to: 2019 } },
    { search: '?venue=elvarket,resecentrum', patch: { venue: ['elvarket', 'resecentrum'] } },
    { search: '?compare=1496,00', patch: { compare: ['1496', '00'] } },
    { search: '?compare=', patch: { compare: [] } },
    { search: '?actor=polis&measure=count', patch: { actor: ['polis'], measure: 'count' } },
    { search: '?municipality=1496', patch: { municipality: '1496' } },
    { search: '?category=narkotikabrott', patch: { category: ['narkotikabrott'] } },
    { search: '?view=beslut&promise=mariestad-2017', patch: { view: 'beslut', promise: 'mariestad-2017' } },
    { search: '?group=riket&baseline=2014-2016', patch: { group: 'riket', baseline: [2014, 2016] } },
    { search: '?view=uppfoljning&promise=mariestad-2017&year=2017', patch: { view: 'uppfoljning', promise: 'mariestad-2017', year: 2017 } },
    { search: '?view=mote&slide=3', patch: { view: 'mote', slide: 3 } },
    { search: '?view=data', patch: { view: 'data' } },
  ])('reads $search', ({ search, patch }) => {
    const { filters, notices } = parseFilters(search, known, defaults);
    expect(notices).toEqual([]);
    expect(filters).toEqual({ ...defaults, ...patch });
  });

  it.each([
    { search: '?view=nope', key: 'vy', patch: {} },
    { search: '?from=1990', key: '1990', patch: {} },
    { search: '?to=abcd', key: 'abcd', patch: {} },
    { search: '?venue=elvarket,disco', key: 'disco', patch: { venue: ['elvarket'] } },
    { search: '?municipality=9999', key: '9999', patch: {} },
    { search: '?municipality=00', key: '00', patch: {} },
    { search: '?category=foo', key: 'foo', patch: {} },
    { search: '?measure=log', key: 'log', patch: {} },
    { search: '?promise=stockholm-2020', key: 'stockholm-2020', patch: {} },
    { search: '?group=world', key: 'world', patch: {} },
    { search: '?baseline=2016-2014', key: '2016-2014', patch: {} },
    { search: '?baseline=1990-1992', key: '1990-1992', patch: {} },
    { search: '?baseline=2015', key: '2015', patch: {} },
    { search: '?slide=0', key: '0', patch: {} },
    { search: '?slide=abc', key: 'abc', patch: {} },
    { search: '?year=3000', key: '3000', patch: {} },
  ])('ignores an unknown value in $search with a notice', ({ search, key, patch }) => {
    const { filters, notices } = parseFilters(search, known, defaults);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(key);
    expect(filters).toEqual({ ...defaults, ...patch });
  });

  it('swaps reversed years and says so', () => {
    const { filters, notices } = parseFilters('?from=2020&to=2012', known, defaults);
    expect([filters.from, filters.to]).toEqual([2012, 2020]);
    expect(notices[0]).toContain('byttes');
  });

  it('drops the chosen municipality from the comparison list', () => {
    const { filters } = parseFilters('?municipality=1496&compare=1496,00', known, defaults);
    expect(filters.compare).toEqual(['00']);
  });
});

describe('serializeFilters', () => {
  it('writes only what differs from the defaults, view always', () => {
    expect(serializeFilters(defaults, defaults)).toBe('?view=oversikt');
    const f: Filters = { ...defaults, view: 'platser', venue: ['elvarket', 'skolor'], from: 2017 };
    expect(serializeFilters(f, defaults)).toBe('?view=platser&from=2017&venue=elvarket,skolor');
  });

  it('round-trips through parseFilters', () => {
    const f: Filters = { ...defaults, view: 'brott', compare: [], category: ['narkotikabrott'], measure: 'count', actor: ['polis', 'kommun'] };
    const g: Filters = { ...defaults, view: 'beslut', promise: 'mariestad-2017', group: 'riket', baseline: [2013, 2016] };
    expect(parseFilters(serializeFilters(g, defaults), known, defaults).filters).toEqual(g);
    expect(parseFilters(serializeFilters(f, defaults), known, defaults).filters).toEqual(f);
  });
});

describe('the year a municipality opens on', () => {
  const withOpening: KnownValues = { ...known, municipalities: [...known.municipalities, '2582'], openingYears: { '1493': 2024, '2582': 2016, '1496': 2024 } };

  it.each([
    { search: '?municipality=2582', to: 2016, why: 'a link to Boden without a year opens on its latest real year' },
    { search: '?municipality=2582&to=2020', to: 2020, why: 'a year in the link wins' },
    { search: '?municipality=1496', to: 2024, why: 'only example data: the latest year of the data' },
    { search: '', to: 2024, why: 'the default municipality keeps the default year' },
  ])('$why', ({ search, to }) => {
    expect(parseFilters(search, withOpening, defaults).filters.to).toBe(to);
  });

  it('keeps from ≤ to when the opening year lies before the default from', () => {
    const late = { ...defaults, from: 2018 };
    const { filters } = parseFilters('?municipality=2582', withOpening, late);
    expect([filters.from, filters.to]).toEqual([2016, 2016]);
  });

  it('writes the year whenever the municipality is not the default, so back/forward keeps it', () => {
    const boden: Filters = { ...defaults, municipality: '2582', to: 2024 };
    expect(serializeFilters(boden, defaults)).toBe('?view=oversikt&to=2024&municipality=2582');
    expect(parseFilters(serializeFilters(boden, defaults), withOpening, defaults).filters.to).toBe(2024);
  });
});

describe('searchForView', () => {
  it('swaps only the view of a serialised filter string', () => {
    expect(searchForView('?view=oversikt&from=2015&compare=00,1494', 'brott')).toBe('?view=brott&from=2015&compare=00,1494');
    expect(searchForView('?view=insatser&sel=venue:elvarket', 'logg')).toBe('?view=logg&sel=venue:elvarket');
    expect(searchForView('?view=oversikt', 'tillganglighet')).toBe('?view=tillganglighet');
  });

  it('gives what serialising the filters with that view gives', () => {
    const cases: Partial<Filters>[] = [{}, { view: 'brott', from: 2015, compare: ['00', '1494'] }, { view: 'platser', venue: ['elvarket'], sel: { venue: 'elvarket', year: '2020' } }, { municipality: '1494', to: 2019 }];
    for (const patch of cases) {
      const f = { ...defaults, ...patch };
      for (const view of ['oversikt', 'karta', 'tillganglighet', 'logg'] as const) {
        expect(searchForView(serializeFilters(f, defaults), view)).toBe(serializeFilters({ ...f, view }, defaults));
      }
    }
  });
});
