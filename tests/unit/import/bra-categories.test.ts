/** The one rule from BRÅ's categories to the focus categories: today's names, older names, ids. */
import { describe, expect, it } from 'vitest';
import { braCategoryId, focusCategory, stripFraming } from '../../../src/lib/import/bra-categories';
import { convertRows } from '../../../src/lib/import/convert';
import { detectLayout } from '../../../src/lib/import/layout';
import { ownName, scrapePaths } from '../../../src/lib/import/bra-extract';

describe('focusCategory', () => {
  it.each([
    // today's names (statistics database, 2020s)
    ['Totalt antal brott', 13192, 'totalt'],
    ['Brott mot brottsbalken, 12 kap. Skadegörelsebrott', 5120, 'skadegorelse'],
    ['…därav misshandel inkl. grov', 5046, 'misshandel'],
    ['...därav misshandel inkl. grov', null, 'misshandel'],
    ['därav misshandel inkl. grov', null, 'misshandel'],
    ['Brott mot specialstraffrättsliga författningar, Brott mot narkotikastrafflagen', 7000, 'narkotikabrott'],
    ['Brott mot brottsbalken, 6 kap. Sexualbrott', null, 'sexualbrott'],
    ['Brott mot brottsbalken, 8 kap. Stöld, rån och häleri', null, 'stold_ran_haleri'],
    // older names (the 2017 ids we ship)
    ['Totalt antal brott', 3144, 'totalt'],
    ['Skadegörelse (inkl. mordbrand)', 3151, 'skadegorelse'],
    ['Misshandel inkl. grov', 3161, 'misshandel'],
    ['Stöld och snatteri', 3369, 'stold'],
    ['Våldsbrott', 3145, 'valdsbrott'],
    ['Narkotikabrott', null, 'narkotikabrott'],
    // en dash and double spaces are not a different name
    ['Brott mot brottsbalken,  12 kap.  Skadegörelsebrott', null, 'skadegorelse'],
  ])('%s (id %s) → %s', (name, id, expected) => {
    expect(focusCategory(name, id)).toBe(expected);
  });

  it.each([
    // a child is never taken for its parent
    ['…därav misshandel inkl. grov mot kvinna 18 år eller äldre', 5047],
    ['…därav mot kvinna 18 år eller äldre', 5047],
    ['Brott mot brottsbalken, 3 kap. Brott mot liv och hälsa', 5040],
    ['Brott mot brottsbalken, 12 kap. Skadegörelsebrott, därav klotter', 5121],
    // a name wins over an id that another table uses for something else
    ['Bedrägeri', 3144],
  ])('%s (id %s) is not a focus category', (name, id) => {
    expect(focusCategory(name, id)).toBeNull();
  });

  it.each([
    [5036, 'totalt'],
    [13192, 'totalt'],
    [3144, 'totalt'],
    [3151, 'skadegorelse'],
    [99999, null],
  ])('without a name, id %s → %s', (id, expected) => {
    expect(focusCategory(null, id)).toBe(expected);
    expect(focusCategory('', id)).toBe(expected);
  });
});

describe('stripFraming', () => {
  it.each([
    ['Brott mot brottsbalken, 12 kap. Skadegörelsebrott', 'skadegörelsebrott'],
    ['…därav misshandel inkl. grov', 'misshandel inkl. grov'],
    ['Brott mot specialstraffrättsliga författningar, Brott mot narkotikastrafflagen', 'brott mot narkotikastrafflagen'],
    ['Totalt antal brott', 'totalt antal brott'],
  ])('%s → %s', (name, expected) => expect(stripFraming(name)).toBe(expected));
});

describe('braCategoryId', () => {
  const path = ['Totalt antal brott', 'Brott mot brottsbalken, 3 kap. Brott mot liv och hälsa', '…därav mot kvinna'];
  it('depends on the name path only (not on the table id), case and spacing aside', () => {
    expect(braCategoryId(path)).toMatch(/^bra-[0-9a-f]{8}$/);
    expect(braCategoryId(path.map((p) => p.toUpperCase().replace(/ /g, '  ')))).toBe(braCategoryId(path));
  });
  it('tells the same name under different parents apart', () => {
    expect(braCategoryId(['Totalt antal brott', 'A', '…därav mot kvinna'])).not.toBe(braCategoryId(['Totalt antal brott', 'B', '…därav mot kvinna']));
  });
});

describe('BRÅ statistics-database files without Periodtyp use the same rule', () => {
  it('reads today’s names and the yearly and monthly tables’ ids for Totalt antal brott', () => {
    const categories = [{ category_id: 'totalt', bra_id: 3144, name: 'Totalt antal brott' }, { category_id: 'skadegorelse', bra_id: 3151, name: 'Skadegörelse (inkl. mordbrand)' }];
    const ctx = { municipalities: [{ kommunkod: '1493', name: 'Mariestad' }], categories, population: new Map(), minYear: 1950, maxYear: 2030 };
    const raw = {
      columns: ['År', 'Kommun', 'Brott', 'Antal'],
      rows: [['2023', 'Mariestad', 'Brott mot brottsbalken, 12 kap. Skadegörelsebrott', '301'], ['2023', 'Mariestad', '5036', '2410'], ['2024', 'Mariestad', '13192', '2390']],
      firstRow: 2,
    };
    const m = detectLayout(raw, 'bra.csv', ctx, true);
    const r = convertRows(raw, m, ctx, 'BRÅ (import: bra.csv)');
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => ('category_id' in x ? [x.year, x.category_id, x.count] : null))).toEqual([[2023, 'skadegorelse', 301], [2023, 'totalt', 2410], [2024, 'totalt', 2390]]);
  });
});

describe('the scraped statistics database: a name holds its parents, joined with ", "', () => {
  it('finds each name’s parent as the longest other name it starts with', () => {
    const paths = scrapePaths([
      'Stöld-, rån- och häleribrott',
      'Stöld-, rån- och häleribrott, Stöld och snatteri',
      'Stöld-, rån- och häleribrott, Stöld och snatteri, I butik, varuhus, kommersiell utställningslokal',
      'Våldsbrott, Misshandel inkl.grov',
    ]);
    expect(paths.get('Stöld-, rån- och häleribrott')).toEqual(['Stöld-, rån- och häleribrott']);
    expect(paths.get('Stöld-, rån- och häleribrott, Stöld och snatteri, I butik, varuhus, kommersiell utställningslokal')).toEqual([
      'Stöld-, rån- och häleribrott', 'Stöld och snatteri', 'I butik, varuhus, kommersiell utställningslokal',
    ]);
    // "Våldsbrott" is not in the list: the name has no parent in the file and stays whole.
    expect(paths.get('Våldsbrott, Misshandel inkl.grov')).toEqual(['Våldsbrott, Misshandel inkl.grov']);
  });
  it('maps the 2017 name "Misshandel inkl.grov" (no space) onto misshandel', () => {
    expect(focusCategory('Misshandel inkl.grov', null)).toBe('misshandel');
  });
});

describe('names written as their whole path (BRÅ statistics database)', () => {
  it('takes the parent (Förälder) off the front, then applies the rule', () => {
    const name = 'Brott mot brottsbalken, 8-12 kap. Brott mot förmögenhet, 12 kap. Skadegörelsebrott';
    const own = ownName(name, null, 'Brott mot brottsbalken, 8-12 kap. Brott mot förmögenhet');
    expect(own).toBe('12 kap. Skadegörelsebrott');
    expect(focusCategory(own, 13216)).toBe('skadegorelse');
    expect(focusCategory(ownName('Brott mot specialstraffrättsliga författningar, Brott mot narkotikastrafflagen', null, 'Brott mot specialstraffrättsliga författningar'), null)).toBe('narkotikabrott');
  });
  it('keeps a name that does not start with its parent whole', () => {
    expect(ownName('…därav misshandel inkl. grov', null, 'Brott mot brottsbalken, 3 kap. Brott mot liv och hälsa')).toBe('…därav misshandel inkl. grov');
  });
  it('strips a chapter range such as "3-7 kap."', () => {
    expect(stripFraming('Brott mot brottsbalken, 3-7 kap. Brott mot person')).toBe('brott mot person');
  });
});
