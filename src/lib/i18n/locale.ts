/**
 * The UI language: Swedish first, English second. It is chosen by the page's URL (`?lang=en`)
 * and fixed for the page's life, so every module can ask for it without being told, and a
 * copied link keeps the language. The switch in the header is a link to the other language.
 */
export type Locale = 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['sv', 'en'];
export const DEFAULT_LOCALE: Locale = 'sv';

/** The locale a query string asks for: `lang=en` gives English, anything else Swedish. */
export function localeFromSearch(search: string): Locale {
  const raw = new URLSearchParams(search).get('lang');
  return raw === 'en' ? 'en' : DEFAULT_LOCALE;
}

// Read when this module is first evaluated, which is before any module that formats text: a
// module-level value computed from the catalogue then already has the page's language.
let current: Locale = typeof location === 'undefined' ? DEFAULT_LOCALE : localeFromSearch(location.search);

export function locale(): Locale {
  return current;
}

/** For tests and the Node twin; the browser never changes language without a new page. */
export function setLocale(next: Locale): void {
  current = next;
}

/** The BCP 47 tag Intl formats numbers and dates with: `1 234,5` in Swedish, `1,234.5` in English. */
export function intlLocale(l: Locale = current): string {
  return l === 'en' ? 'en-GB' : 'sv-SE';
}

/** `query` with the language parameter set for `l` (Swedish, the default, is written as no parameter). */
export function withLocale(query: string, l: Locale = current): string {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  if (l === DEFAULT_LOCALE) params.delete('lang');
  else params.set('lang', l);
  // Commas and colons (lists, the cross-filter's field:value) read better unescaped; both are allowed in a query.
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return `?${text}`;
}

/**
 * The `lang` attribute for an element holding Swedish data (names, categories, texts from files):
 * `'sv'` in the English UI so a screen reader reads it as Swedish (WCAG 3.1.2), nothing in Swedish.
 */
export function svData(): 'sv' | undefined {
  return current === 'en' ? 'sv' : undefined;
}

/**
 * `build()` with the page language set to `l` for its duration (synchronous only): for text that
 * is always written in one language, such as the report's activity bullets, which are built from
 * the activity log's own Swedish words.
 */
export function inLocale<T>(l: Locale, build: () => T): T {
  const previous = current;
  current = l;
  try {
    return build();
  } finally {
    current = previous;
  }
}
