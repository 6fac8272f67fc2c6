/** CrossFilter over FilterState: a choice is a history entry with `sel` in the URL; the back button's URL restores it. */
import { describe, expect, it } from 'vitest';
import { FilterState } from '../../src/lib/state/filters.svelte';
import { CrossFilter } from '../../src/lib/state/cross-filter.svelte';
import type { Filters, KnownValues } from '../../src/lib/data/filters';

const known: KnownValues = { minYear: 2010, maxYear: 2024, municipalities: ['1493'], categories: ['totalt'], venues: ['elvarket', 'resecentrum'], actors: ['polis', 'kommun'], promises: ['p1'] };
const defaults: Filters = {
  view: 'oversikt', from: 2010, to: 2024, municipality: '1493', compare: [], category: ['totalt'], venue: [], actor: [],
  measure: 'rate', promise: 'p1', group: 'grannar', baseline: null, year: null, slide: 1, period: 'ar', sel: {},
};

function setup(search: string) {
  const location = { search };
  const pushed: string[] = [];
  const history = {
    pushState: (_s: unknown, _t: string, url?: string | URL | null) => {
      pushed.push(String(url));
      location.search = String(url);
    },
    replaceState: (_s: unknown, _t: string, url?: string | URL | null) => {
      location.search = String(url);
    },
  };
  // History entries written at once (the page writes them after the frame; filter-state-history.test.ts).
  const filters = new FilterState(known, defaults, location, history, (write) => write());
  return { filters, cross: new CrossFilter(() => filters), pushed, location };
}

describe('CrossFilter', () => {
  it('reads the selection from the URL, and drops an unknown part with a notice', () => {
    const { cross, filters } = setup('?view=insatser&sel=venue:elvarket,venue:resecentrum');
    expect(cross.selection).toEqual({ venue: 'elvarket' });
    expect(cross.selected('venue')).toBe('elvarket');
    expect(cross.selected('year')).toBeNull();
    expect(filters.notices).toEqual(['Okänt urval för ”sel”: ”venue:resecentrum” ignorerades.']);
  });

  it('a choice pushes a history entry with sel; the same choice again clears it; clear() clears all', () => {
    const { cross, pushed } = setup('?view=insatser');
    expect(cross.empty).toBe(true);
    cross.pick('venue', 'elvarket');
    cross.pick('year', '2020');
    expect(pushed).toEqual(['?view=insatser&sel=venue:elvarket', '?view=insatser&sel=year:2020,venue:elvarket']);
    expect(cross.clausesFor(['venue'])).toEqual([{ field: 'year', value: '2020' }]);
    cross.pick('year', '2020');
    expect(cross.selection).toEqual({ venue: 'elvarket' });
    cross.clear();
    expect(cross.empty).toBe(true);
    expect(pushed.at(-1)).toBe('?view=insatser');
  });

  it('the back button: the filters read back from the URL bring the earlier selection', () => {
    const { cross, filters, location } = setup('?view=insatser');
    cross.pick('actor', 'kommun');
    location.search = '?view=insatser';
    filters.syncFromLocation();
    expect(cross.empty).toBe(true);
  });

  it('a link whose chosen year lies outside its years keeps the years and drops the choice, with a notice', () => {
    const { cross, filters } = setup('?view=insatser&from=2020&sel=year:2018,venue:elvarket');
    expect(cross.selection).toEqual({ venue: 'elvarket' });
    expect(filters.current.from).toBe(2020);
    expect(filters.notices).toEqual(['Urvalet ”year:2018” ligger utanför de valda filtren och togs bort.']);
  });

  it('a new year span, venue or actor filter that rules the chosen bar out takes the choice away', () => {
    const { cross, filters, location } = setup('?view=insatser');
    cross.pick('year', '2018');
    cross.pick('venue', 'elvarket');
    cross.pick('actor', 'kommun');
    filters.update({ from: 2020 });
    expect(cross.selection).toEqual({ venue: 'elvarket', actor: 'kommun' });
    expect(location.search).toBe('?view=insatser&from=2020&sel=venue:elvarket,actor:kommun');
    // A venue filter that still includes the chosen venue keeps it; one that leaves it out drops it.
    filters.update({ venue: ['elvarket', 'resecentrum'] });
    expect(cross.selected('venue')).toBe('elvarket');
    filters.update({ venue: ['resecentrum'] });
    expect(cross.selected('venue')).toBeNull();
    filters.update({ actor: ['polis'] });
    expect(cross.empty).toBe(true);
  });
});
