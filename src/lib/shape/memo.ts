/**
 * What is drawn from a query's answer, kept with that answer: the coordinator hands back the same
 * object for the same question, so a redraw that asks nothing new computes nothing again, and the
 * shapes stay the same objects (Svelte then leaves their DOM alone). The language is part of the
 * key, since labels are text; the answer going away (a WeakMap) takes what was kept with it.
 */
import { locale } from '../i18n/locale';

const kept = new WeakMap<object, Map<string, unknown>>();

export function memoOn<T>(answer: object, key: string, build: () => T): T {
  let map = kept.get(answer);
  if (!map) {
    map = new Map();
    kept.set(answer, map);
  }
  const k = `${locale()}|${key}`;
  if (map.has(k)) return map.get(k) as T;
  const value = build();
  map.set(k, value);
  return value;
}
