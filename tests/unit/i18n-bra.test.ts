/** The BRÅ import area's messages in both languages (src/lib/i18n/messages/bra.ts), read by hand. */
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n/catalogue';
import { setLocale } from '../../src/lib/i18n/locale';
import { convertExtract } from '../../src/lib/import/bra-import';
import { detectLayout } from '../../src/lib/import/layout';

afterEach(() => setLocale('sv'));

const summary = { file: 'bra.csv', source: 'BRÅ (import: bra.csv)', when: '2026-12-01 16:00', total: '1', n: 1, shown: '1', cut: false };

describe('revised values kept with an import', () => {
  it('names the dataset and how many values, in Swedish and English', () => {
    expect(t('bra.revisions.summary', summary)).toBe('bra.csv (BRÅ (import: bra.csv), inläst 2026-12-01 16:00): 1 värde ersattes');
    expect(t('bra.revisions.summary', { ...summary, total: '250', n: 250, shown: '200', cut: true })).toBe(
      'bra.csv (BRÅ (import: bra.csv), inläst 2026-12-01 16:00): 250 värden ersattes, de första 200 visas',
    );
    setLocale('en');
    expect(t('bra.revisions.summary', summary)).toBe('bra.csv (BRÅ (import: bra.csv), imported 2026-12-01 16:00): 1 value replaced');
    expect(t('bra.revisions.heading')).toBe('Revised values');
    expect(t('bra.revisions.caption', { file: 'bra.csv' })).toBe('Revised values in bra.csv (old → new)');
  });
});

describe('the note on categories taken from the scraped layout', () => {
  const ctx = { municipalities: [{ kommunkod: '00', name: 'Riket' }], categories: [], population: new Map(), minYear: 1950, maxYear: 2030 };
  const raw = {
    columns: ['', 'crime', 'crime_id', 'period', 'period_id', 'periodicity', 'region', 'region_id', 'timepoint', 'value'],
    rows: [
      ['0', 'Sexualbrott', '3147', 'År, 2000', '2081', 'yearly', 'Hela landet', '8291', '2000-01-01', '12000'],
      ['1', 'Sexualbrott, Våldtäkt inkl. grov (ingår även i våldsbrott)', '3294', 'År, 2000', '2081', 'yearly', 'Hela landet', '8291', '2000-01-01', '2026'],
    ],
    firstRow: 2,
  };
  it('says the parent came from the name, in English too', () => {
    const m = detectLayout(raw, 'x.csv', ctx, true);
    setLocale('en');
    const notes = convertExtract('x.csv', raw, m, ctx, 'BRÅ (import: x.csv)').notes.join(' ');
    expect(notes).toContain('1 BRÅ crime type beyond the tool’s own was imported with BRÅ’s id and name; the file gives no level, so the parent crime type was taken from the name (“Parent, Own”).');
  });
});

describe('the notes and refusals of a BRÅ extract, in English', () => {
  const ctx = { municipalities: [{ kommunkod: '00', name: 'Riket' }], categories: [], population: new Map(), minYear: 1950, maxYear: 2030 };
  const columns = ['År', 'Månad', 'Periodtyp', 'Periodnyckel', 'Kommun', 'Brott', 'Brott_ID', 'Antal'];
  const month = (m: number, place = 'Riket') => ['2024', String(m), 'Månad', `2024M${String(m).padStart(2, '0')}`, place, 'Totalt antal brott', '5036', '100'];

  it('says how many months were stored', () => {
    const raw = { columns, rows: [month(1), month(2)], firstRow: 2 };
    setLocale('en');
    const m = detectLayout(raw, 'x.csv', ctx, true);
    const notes = convertExtract('x.csv', raw, m, ctx, 'BRÅ (import: x.csv)').notes.join(' ');
    expect(notes).toContain('2 monthly values were stored per period (never as a year).');
  });

  it('refuses an unknown municipality, naming its row', () => {
    const raw = { columns, rows: [month(1), month(2, 'Atlantis')], firstRow: 2 };
    setLocale('en');
    const m = detectLayout(raw, 'x.csv', ctx, true);
    let issues: { row: number | null; value: string | null; message: string }[] = [];
    try {
      convertExtract('x.csv', raw, m, ctx, 'BRÅ');
    } catch (e) {
      issues = (e as { issues: typeof issues }).issues;
    }
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 3, value: 'Atlantis', message: 'Unknown municipality.' });
  });

  it('says what is wrong with a row: a missing place, a duplicate, an ambiguous count (Swedish and English)', () => {
    const rows = [month(1, ''), month(2), month(2), ['2024', '3', 'Månad', '2024M03', 'Riket', 'Totalt antal brott', '5036', '1.000']];
    const raw = { columns, rows, firstRow: 2 };
    const issuesIn = (l: 'sv' | 'en') => {
      setLocale(l);
      try {
        convertExtract('x.csv', raw, detectLayout(raw, 'x.csv', ctx, true), ctx, 'BRÅ');
      } catch (e) {
        return (e as { issues: { row: number | null; message: string }[] }).issues.map((i) => `${i.row}: ${i.message}`);
      }
      return [];
    };
    expect(issuesIn('sv')).toEqual(['2: Kommun saknas.', '4: Dubblett: samma period, kommun och brottstyp som rad 3.', '5: Tvetydigt tal: ”1.000” kan vara tusental eller decimaler.']);
    expect(issuesIn('en')).toEqual([
      '2: The municipality is missing.',
      '4: Duplicate: the same period, municipality and crime type as row 3.',
      '5: Ambiguous number: “1.000” may be thousands or decimals.',
    ]);
  });

  it('names the row and the period it cannot read', () => {
    const raw = { columns, rows: [['2024', '', 'Vecka', 'V12', 'Riket', 'Totalt antal brott', '5036', '100']], firstRow: 2 };
    setLocale('en');
    const m = detectLayout(raw, 'x.csv', ctx, true);
    expect(() => convertExtract('x.csv', raw, m, ctx, 'BRÅ')).toThrow('x.csv: 1 error, nothing was read.');
    try {
      convertExtract('x.csv', raw, m, ctx, 'BRÅ');
    } catch (e) {
      const issues = (e as { issues: { row: number | null; message: string }[] }).issues;
      expect(issues[0]?.row).toBe(2);
      expect(issues[0]?.message).toBe('The period cannot be read (Periodtyp “Vecka”, Periodnyckel “V12”).');
    }
  });
});
