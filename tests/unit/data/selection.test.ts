/** The cross-filter selection: clauses, which clauses a client sees, toggling, and the URL text. */
import { describe, expect, it } from 'vitest';
import { clauses, clausesFor, describeSelection, selectionOf, isEmptySelection, parseSelection, sameSelection, toggle, writeSelection, placeWithSelection, selectionStem } from '../../../src/lib/data/selection';
import { selectionConditions } from '../../../src/lib/queries/sql';
import { setLocale } from '../../../src/lib/i18n/locale';

const known = { minYear: 2010, maxYear: 2024, venues: ['elvarket', 'resecentrum'], actors: ['polis', 'kommun', 'samverkan'] };

describe('selection clauses', () => {
  it('lists the chosen fields in a fixed order, whatever order they were chosen in', () => {
    expect(clauses({ actor: 'polis', year: '2019' })).toEqual([
      { field: 'year', value: '2019' },
      { field: 'actor', value: 'polis' },
    ]);
    expect(clauses({})).toEqual([]);
  });

  it('a client is filtered by every clause except its own', () => {
    const sel = { year: '2019', venue: 'elvarket', actor: 'kommun' };
    expect(clausesFor(sel, ['venue'])).toEqual([
      { field: 'year', value: '2019' },
      { field: 'actor', value: 'kommun' },
    ]);
    expect(clausesFor(sel, ['year', 'actor'])).toEqual([{ field: 'venue', value: 'elvarket' }]);
    expect(clausesFor(sel, [])).toHaveLength(3);
    expect(clausesFor({ venue: 'elvarket' }, ['venue'])).toEqual([]);
  });

  it('a client’s clauses make a selection again (for naming what filters it)', () => {
    expect(selectionOf(clausesFor({ year: '2019', venue: 'elvarket' }, ['venue']))).toEqual({ year: '2019' });
    expect(selectionOf([])).toEqual({});
  });

  it('choosing sets or replaces a field; choosing the chosen value again clears it', () => {
    const one = toggle({}, 'venue', 'elvarket');
    expect(one).toEqual({ venue: 'elvarket' });
    expect(toggle(one, 'venue', 'resecentrum')).toEqual({ venue: 'resecentrum' });
    expect(toggle(one, 'year', '2018')).toEqual({ venue: 'elvarket', year: '2018' });
    expect(toggle(one, 'venue', 'elvarket')).toEqual({});
    expect(one).toEqual({ venue: 'elvarket' }); // not changed in place
    expect(isEmptySelection(toggle(one, 'venue', 'elvarket'))).toBe(true);
    expect(sameSelection({ year: '2019', venue: 'elvarket' }, { venue: 'elvarket', year: '2019' })).toBe(true);
    expect(sameSelection({ year: '2019' }, { year: '2018' })).toBe(false);
  });
});

describe('selection in the URL', () => {
  it('writes field:value pairs in the fields’ order, nothing when empty', () => {
    expect(writeSelection({ venue: 'elvarket', year: '2019' })).toBe('year:2019,venue:elvarket');
    expect(writeSelection({})).toBeNull();
    expect(writeSelection({ type: 'möte, dialog: stor 100%' })).toBe('type:möte%2C dialog%3A stor 100%25');
  });

  it('reads back what it wrote, including escaped characters', () => {
    expect(parseSelection('year:2019,venue:elvarket', known)).toEqual({ value: { year: '2019', venue: 'elvarket' } });
    expect(parseSelection('type:möte%2C dialog%3A stor 100%25', known)).toEqual({ value: { type: 'möte, dialog: stor 100%' } });
    expect(parseSelection('', known)).toEqual({ value: {} });
  });

  it('drops unknown fields, invalid values and repeated fields with a Swedish notice naming them', () => {
    const r = parseSelection('venue:nowhere,year:1999,colour:red,actor:polis,actor:kommun,year', known);
    expect(r.value).toEqual({ actor: 'polis' });
    expect(r.notice).toBe('Okänt urval för ”sel”: ”venue:nowhere”, ”year:1999”, ”colour:red”, ”actor:kommun”, ”year” ignorerades.');
    expect(parseSelection('year:20x9', known).value).toEqual({});
    expect(parseSelection(`type:${'x'.repeat(1001)}`, known).value).toEqual({});
  });

  it('keeps a long type and a value ending in a space as chosen (a choice survives a reload)', () => {
    const long = 'samverkansmöte med skolor och föreningar '.repeat(3);
    expect(long.length).toBeGreaterThan(100);
    expect(parseSelection(writeSelection({ type: long }) ?? '', known).value).toEqual({ type: long });
    expect(parseSelection(' year:2019, venue:elvarket', known).value).toEqual({ year: '2019', venue: 'elvarket' });
  });

  it('names the selection in words, in either language', () => {
    const names = (_f: string, v: string) => (v === 'elvarket' ? 'Elvärket' : v);
    expect(describeSelection({ venue: 'elvarket', year: '2019' }, names)).toBe('år 2019, plats Elvärket');
    setLocale('en');
    try {
      expect(describeSelection({ venue: 'elvarket', actor: 'polis' }, names)).toBe('place Elvärket, actor polis');
    } finally {
      setLocale('sv');
    }
  });
});

describe('selection in SQL', () => {
  it('each clause is one `= ?` on its column, the value a parameter (a year as a number)', () => {
    expect(selectionConditions('a', [{ field: 'year', value: '2019' }, { field: 'type', value: "x' OR 1=1 --" }])).toEqual([
      { sql: 'a.year = ?', params: [2019] },
      { sql: 'a.activity_type = ?', params: ["x' OR 1=1 --"] },
    ]);
    expect(selectionConditions('v', [{ field: 'venue', value: 'elvarket' }, { field: 'actor', value: 'polis' }])).toEqual([
      { sql: 'v.venue_id = ?', params: ['elvarket'] },
      { sql: 'v.actor = ?', params: ['polis'] },
    ]);
    expect(selectionConditions('a')).toEqual([]);
  });
});

describe('a selection named in downloads', () => {
  it('adds the choices to a file name, in ASCII, and nothing without a choice', () => {
    expect(selectionStem({})).toBe('');
    expect(selectionStem({ venue: 'elvarket', year: '2019' })).toBe('-urval-year-2019-venue-elvarket');
    expect(selectionStem({ type: 'närvaro på ungas arenor' })).toBe('-urval-type-narvaro-pa-ungas-arenor');
  });

  it('names the place with the choices that filter it', () => {
    expect(placeWithSelection('Mariestad', '')).toBe('Mariestad');
    expect(placeWithSelection('Mariestad', 'plats Elvärket')).toBe('Mariestad, endast plats Elvärket');
  });
});
