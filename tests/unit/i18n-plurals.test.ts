/**
 * Messages that put a count before a noun (copy-edit of issue 13): singular for 1 and plural
 * otherwise, in Swedish and in English. Expected texts written by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n/catalogue';
// The whole catalogue: this test reads messages of every area.
import '../../src/lib/i18n/messages/index';
import { setLocale } from '../../src/lib/i18n/locale';

afterEach(() => setLocale('sv'));

describe('a count before a noun agrees with it', () => {
  it('in Swedish', () => {
    expect(t('filter.hits', { n: 1, count: '1', shown: '1', more: false })).toBe('1 träff');
    expect(t('filter.hits', { n: 3, count: '3', shown: '3', more: false })).toBe('3 träffar');
    expect(t('data.imported', { file: 'a.csv', n: 1, rows: '1' })).toBe('Läste in a.csv: 1 rad.');
    expect(t('data.imported', { file: 'a.csv', n: 2, rows: '2' })).toBe('Läste in a.csv: 2 rader.');
    expect(t('data.map.skipping', { top: 1, bottom: 0 })).toBe('Hoppar över 1 rad överst och 0 nederst.');
    expect(t('data.map.skipping', { top: 4, bottom: 2 })).toBe('Hoppar över 4 rader överst och 2 nederst.');
    expect(t('data.preview.replaced', { n: '1', count: 1 })).toBe('1 befintligt värde ersätts');
    expect(t('data.preview.replaced', { n: '12', count: 12 })).toBe('12 befintliga värden ersätts');
    expect(t('data.preview.rowsDetail', { rows: '3 rader', added: '1', nAdded: 1, replaced: '1', unchanged: '1', nUnchanged: 1 })).toBe('3 rader: 1 ny, 1 ersätter ett annat värde, 1 oförändrad');
    expect(t('data.preview.rowsDetail', { rows: '5 rader', added: '2', nAdded: 2, replaced: '0', unchanged: '3', nUnchanged: 3 })).toBe('5 rader: 2 nya, 0 ersätter ett annat värde, 3 oförändrade');
    expect(t('survey.dispersion.sampling', { df: '1', n: 1 })).toBe('Andelarna varierar inte mer mellan mätningarna än urvalet förklarar (skattat med 1 frihetsgrad).');
    expect(t('survey.dispersion.more', { phi: '1,5', df: '4', n: 4 })).toMatch(/^Andelarna varierar mellan mätningarna 1,5 gånger mer än urvalet förklarar \(skattat med 4 frihetsgrader\);/);
  });

  it('in English', () => {
    setLocale('en');
    expect(t('data.preview.replaced', { n: '1', count: 1 })).toBe('1 existing value is replaced');
    expect(t('data.preview.replaced', { n: '12', count: 12 })).toBe('12 existing values are replaced');
    expect(t('survey.dispersion.sampling', { df: '1', n: 1 })).toBe('The shares vary no more between surveys than sampling explains (estimated with 1 degree of freedom).');
    expect(t('survey.dispersion.more', { phi: '1.5', df: '4', n: 4 })).toMatch(/\(estimated with 4 degrees of freedom\); /);
    expect(t('dataimport.cube.sizeIds', { size: 2, ids: 1 })).toBe('"size" has 2 numbers but "id" 1 dimension.');
  });
});
