/** Plain-Swedish sentences about a change, from rules: "tydlig" only when the interval excludes 1. */
import { formatChange } from './number';
import { countPhrase, joinList } from './words';

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
  return `${formatChange(c.ratio)} (95 % KI ${formatChange(c.low)} till ${formatChange(c.high)})`;
}

/** One sentence: direction and size when the interval says so, otherwise no established change. */
export function describeChange(c: ChangeLike, reference: string): string {
  if (c.tooFew) return `För få brott för att jämföra ${reference} (färre än 10).`;
  if (!c.significant) {
    return `Går inte att avgöra ${reference}: ${changeWithInterval(c)}, inom den vanliga variationen mellan åren.`;
  }
  const direction = c.ratio > 1 ? 'Tydlig ökning' : 'Tydlig minskning';
  return `${direction} ${reference}: ${changeWithInterval(c)}.`;
}

/** What an actor delivered: "56 genomförda tillfällen och 2 insatser utan angivet antal", singular for 1. */
export function deliveredPhrase(total: number, uncounted: number): string {
  return joinList([
    ...(total > 0 ? [countPhrase(total, 'genomfört tillfälle', 'genomförda tillfällen')] : []),
    ...(uncounted > 0 ? [countPhrase(uncounted, 'insats utan angivet antal', 'insatser utan angivet antal')] : []),
  ]);
}
