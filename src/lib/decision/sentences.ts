/**
 * The rules that turn intervals into plain Swedish. A change is called a change only when its
 * 95 % interval excludes "no change"; the positive words (säkerställd, tydligare) are used only then.
 */
import { formatNumber } from '../format/number';
import type { Verdict } from './types';

const pct = (v: number, decimals = 0) => formatNumber(Math.abs(v) * 100, decimals, decimals);

/** `18 % (95 % KI 3–31 %)` for a ratio below 1, read as a decrease. */
export function decreaseText(ratio: number, low: number, high: number): string {
  return `${pct(1 - ratio)} % (95 % KI ${pct(1 - high)}–${pct(1 - low)} %)`;
}

/** `12 % (95 % KI 3–22 %)` for a ratio above 1, read as an increase. */
export function increaseText(ratio: number, low: number, high: number): string {
  return `${pct(ratio - 1)} % (95 % KI ${pct(low - 1)}–${pct(high - 1)} %)`;
}

/** A signed change with its interval, for when the interval straddles 1: `−5 % (95 % KI −20 till +12 %)`. */
export function signedText(ratio: number, low: number, high: number, decimals = 0): string {
  const s = (v: number) => `${v < 1 ? '−' : v > 1 ? '+' : ''}${pct(v - 1, decimals)}`;
  return `${s(ratio)} % (95 % KI ${s(low)} till ${s(Number.isFinite(high) ? high : ratio)} %)`;
}

export interface ChangeInput {
  ratio: number;
  low: number;
  high: number;
  significant: boolean;
}

export function verdictOf(change: ChangeInput, tooFew: boolean): Verdict {
  if (tooFew || !Number.isFinite(change.ratio)) return 'insufficient';
  if (!change.significant) return 'no-change';
  return change.ratio < 1 ? 'decrease' : 'increase';
}

/** The card's main sentence, with the comparison group's clause where it applies. */
export function mainSentence(verdict: Verdict, change: ChangeInput, relative: ChangeInput | null, groupLabel: string | null, counts: { baseline: number; period: number }): string {
  if (verdict === 'insufficient') {
    return `För få anmälda brott (${formatNumber(counts.baseline)} före, ${formatNumber(counts.period)} under löftet) för att dra någon slutsats.`;
  }
  if (verdict === 'no-change') {
    return `Ingen säkerställd förändring: skillnaden ryms inom slumpens variation (${signedText(change.ratio, change.low, change.high)}).`;
  }
  const head = verdict === 'decrease' ? `Minskat med ${decreaseText(change.ratio, change.low, change.high)}` : `Ökat med ${increaseText(change.ratio, change.low, change.high)}`;
  if (!relative || !groupLabel) return `${head}.`;
  if (!relative.significant) return `${head}; skillnaden mot ${groupLabel} är inte säkerställd.`;
  const sameDirectionStronger = verdict === 'decrease' ? relative.ratio < 1 : relative.ratio > 1;
  return sameDirectionStronger ? `${head}, tydligare än i ${groupLabel}.` : `${head}, men mindre än i ${groupLabel}.`;
}

/** How the municipality moved against the comparison group, in words. */
export function groupSentence(municipality: string, groupLabel: string, group: ChangeInput, relative: ChangeInput | null): string {
  const groupPart = group.significant
    ? `I ${groupLabel} ${group.ratio < 1 ? `minskade det med ${decreaseText(group.ratio, group.low, group.high)}` : `ökade det med ${increaseText(group.ratio, group.low, group.high)}`}.`
    : `I ${groupLabel} finns ingen säkerställd förändring (${signedText(group.ratio, group.low, group.high)}).`;
  if (!relative) return `${groupPart} Jämförelsen går inte att göra när något antal är noll.`;
  const relPart = relative.significant
    ? `${municipality} utvecklades säkerställt ${relative.ratio < 1 ? 'bättre' : 'sämre'} än ${groupLabel}: ${signedText(relative.ratio, relative.low, relative.high)} i förhållande till jämförelsegruppen.`
    : `${municipality} skiljer sig inte säkerställt från ${groupLabel} (${signedText(relative.ratio, relative.low, relative.high)} i förhållande till jämförelsegruppen).`;
  return `${groupPart} ${relPart}`;
}

export function trendSentence(from: number, to: number, trend: ChangeInput): string {
  const perYear = signedText(trend.ratio, trend.low, trend.high, 1).replace(' % (', ' % per år (');
  if (!trend.significant) return `Långsiktigt ${from}–${to}: ingen säkerställd trend, ${perYear}.`;
  return `Långsiktigt ${from}–${to}: säkerställd ${trend.ratio < 1 ? 'minskning' : 'ökning'}, ${perYear}.`;
}
