/**
 * The message catalogue: every string the UI shows, in Swedish and English side by side, so a
 * missing translation is a type error. Entries are grouped by area in `messages/*.ts` and merged
 * in `messages/index.ts`. A message is a string, or a function of its parameters when it has any
 * (plural forms, numbers, names): the parameters are then typed at each call of `t`.
 */
import { locale, type Locale } from './locale';
import { MESSAGES, type Messages } from './messages/index';

export { msg, fmt, type Entry } from './entry';

export type MessageKey = keyof Messages;
type ParamsOf<K extends MessageKey> = Messages[K] extends { sv: (p: infer P) => string } ? [params: P] : [];

/** The message `key` in the page's language (or `l`). */
export function t<K extends MessageKey>(key: K, ...params: ParamsOf<K>): string {
  return tIn(locale(), key, ...params);
}

/** The message `key` in language `l`, e.g. for the switch that names the other language. */
export function tIn<K extends MessageKey>(l: Locale, key: K, ...params: ParamsOf<K>): string {
  const entry = MESSAGES[key] as { sv: string | ((p: unknown) => string); en: string | ((p: unknown) => string) };
  const m = entry[l];
  return typeof m === 'function' ? m(params[0]) : m;
}
