import { afterEach, describe, expect, it } from 'vitest';
import { t, tIn } from '../../src/lib/i18n/catalogue';
import { intlLocale, localeFromSearch, setLocale, withLocale } from '../../src/lib/i18n/locale';
import { AREAS, MESSAGES } from '../../src/lib/i18n/messages/index';
import { formatNumber, formatChange } from '../../src/lib/format/number';
import { serializeFilters } from '../../src/lib/state/url';
import type { Filters } from '../../src/lib/data/filters';

const DEFAULT_FILTERS: Filters = {
  view: 'oversikt', from: 2010, to: 2024, municipality: '1493', compare: ['00'], category: ['totalt'], venue: [], actor: [],
  measure: 'rate', promise: 'mariestad-2018', group: 'grannar', baseline: null, year: null, slide: 1, period: 'ar', sel: {},
};

afterEach(() => setLocale('sv'));

describe('the UI language', () => {
  it('is English only when the URL says lang=en', () => {
    expect(localeFromSearch('?lang=en&view=brott')).toBe('en');
    expect(localeFromSearch('?view=brott')).toBe('sv');
    expect(localeFromSearch('?lang=de')).toBe('sv');
  });

  it('is kept in a link, and Swedish (the default) is not written', () => {
    expect(withLocale('view=brott&from=2015', 'en')).toBe('?view=brott&from=2015&lang=en');
    expect(withLocale('?view=brott&lang=en', 'sv')).toBe('?view=brott');
    setLocale('en');
    expect(serializeFilters({ ...DEFAULT_FILTERS, view: 'karta' }, DEFAULT_FILTERS)).toContain('lang=en');
    setLocale('sv');
    expect(serializeFilters({ ...DEFAULT_FILTERS, view: 'karta' }, DEFAULT_FILTERS)).not.toContain('lang');
  });

  it('formats numbers as each language writes them', () => {
    expect(intlLocale('sv')).toBe('sv-SE');
    // U+00A0 is what Intl puts between Swedish thousands; U+2212 is the minus sign used for changes.
    expect(formatNumber(1234.5, 1)).toBe('1\u00a0234,5');
    expect(formatChange(0.82)).toBe('\u221218\u00a0%');
    setLocale('en');
    expect(formatNumber(1234.5, 1)).toBe('1,234.5');
    expect(formatChange(1.18)).toBe('+18%');
  });
});

describe('the message catalogue', () => {
  it('has every message in both languages, none empty', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      for (const l of ['sv', 'en'] as const) {
        const m: unknown = (entry as Record<string, unknown>)[l];
        expect(typeof m === 'string' || typeof m === 'function', `${key}.${l}`).toBe(true);
        if (typeof m === 'string') expect(m.trim().length, `${key}.${l}`).toBeGreaterThan(0);
      }
      expect(typeof entry.sv, `${key}: both languages of one shape`).toBe(typeof entry.en);
    }
  });

  it('has every area in it, and no key defined by two areas', () => {
    const keys = Object.values(AREAS).flatMap((area) => Object.keys(area));
    expect(keys.length).toBe(Object.keys(MESSAGES).length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('answers in the page language, or the one asked for', () => {
    expect(t('lang.switch')).toBe('In English');
    expect(tIn('en', 'lang.switch')).toBe('På svenska');
    setLocale('en');
    expect(t('lang.switch')).toBe('På svenska');
  });
});
