/**
 * The message catalogue: every string the UI shows, in Swedish and English side by side, so a
 * missing translation is a type error. Entries are grouped by area in `messages/*.ts` and merged
 * in `messages/index.ts`. A message is a string, or a function of its parameters when it has any
 * (plural forms, numbers, names): the parameters are then typed at each call of `t`.
 */
import { locale, type Locale } from './locale';
import { LOADED } from './entry';
// Types only: at run time a message comes from an area a module imported (see entry.ts).
import type { Messages } from './messages/index';

export { msg, fmt, type Entry } from './entry';

// Under vitest a missing message fails the test that shows it.
const inTests = typeof process !== 'undefined' && Boolean(process.env?.VITEST);

export type MessageKey = keyof Messages;
type ParamsOf<K extends MessageKey> = Messages[K] extends { sv: (p: infer P) => string } ? [params: P] : [];

/** The message `key` in the page's language (or `l`). */
export function t<K extends MessageKey>(key: K, ...params: ParamsOf<K>): string {
  return tIn(locale(), key, ...params);
}

/** The message `key` in language `l`, e.g. for the switch that names the other language. */
export function tIn<K extends MessageKey>(l: Locale, key: K, ...params: ParamsOf<K>): string {
  const entry = LOADED[key] as { sv: string | ((p: unknown) => string); en: string | ((p: unknown) => string) } | undefined;
  // A module asked for a message of an area it does not import: a bug the area check in the tests
  // catches; in the page the key is shown instead of a crash.
  if (!entry) {
    if (inTests) throw new Error(`Meddelandet ${key} är inte inläst: importera dess område i modulen som visar det.`);
    return key;
  }
  const m = entry[l];
  return typeof m === 'function' ? m(params[0]) : m;
}
