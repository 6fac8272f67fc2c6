/** Plain sentences about a change (the page's language), from rules: "tydlig" (clear) only when the interval excludes 1. */
import { formatChange } from './number';
import { countPhrase, joinList } from './words';
import { t } from '../i18n/catalogue';
import '../i18n/messages/crime-text';

export interface ChangeLike {
  ratio: number;
  low: number;
  high: number;
  significant: boolean;
  /** Too few crimes to compare: the sentence then carries no numbers. */
  tooFew?: boolean;
}

/** `+18 % (95 % KI +3 till +31 %)` */
export function changeWithInterval(c: ChangeLike): string {
  return t('change.withInterval', { ratio: formatChange(c.ratio), low: formatChange(c.low), high: formatChange(c.high) });
}

/** One sentence: direction and size when the interval says so, otherwise no established change. */
export function describeChange(c: ChangeLike, reference: string): string {
  if (c.tooFew) return t('change.tooFew', { ref: reference });
  if (!c.significant) return t('change.unclear', { ref: reference, change: changeWithInterval(c) });
  return t(c.ratio > 1 ? 'change.up' : 'change.down', { ref: reference, change: changeWithInterval(c) });
}

/** What an actor delivered: "56 genomförda tillfällen och 2 insatser utan angivet antal", singular for 1. */
export function deliveredPhrase(total: number, uncounted: number): string {
  return joinList([
    ...(total > 0 ? [countPhrase(total, t('delivered.counted', { n: 1 }), t('delivered.counted', { n: total }))] : []),
    ...(uncounted > 0 ? [countPhrase(uncounted, t('delivered.uncounted', { n: 1 }), t('delivered.uncounted', { n: uncounted }))] : []),
  ]);
}
