/**
 * The rules that turn intervals into plain, neutral Swedish. Outcomes read "Tydlig förbättring",
 * "Tydlig försämring", "Går inte att avgöra" or "För få brott"; an increase and a decrease are
 * phrased the same way. No sentence prints a count.
 */
import { formatNumber } from '../format/number';
import type { DetectableChange } from '../stats';
import type { Change, Verdict } from './types';

/** `18` for 0.18; never `−0`: the sign is taken from the rounded value. */
function rounded(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * 100 * f) / f;
}

function signedNumber(ratio: number, decimals: number): string {
  const r = rounded(ratio - 1, decimals);
  const sign = r < 0 ? '−' : r > 0 ? '+' : '';
  return `${sign}${formatNumber(Math.abs(r), decimals, decimals)}`;
}

/** A signed percentage change for a ratio: 0.95 → `−5 %`, 1.12 → `+12 %`, 0.998 → `0 %`. */
export function signedPct(ratio: number, decimals = 0): string {
  return `${signedNumber(ratio, decimals)} %`;
}

/** A signed change with its interval: `−5 % (95 % KI −20 till +12 %)`. */
export function signedText(ratio: number, low: number, high: number, decimals = 0): string {
  const hi = Number.isFinite(high) ? high : ratio;
  return `${signedPct(ratio, decimals)} (95 % KI ${signedNumber(low, decimals)} till ${signedPct(hi, decimals)})`;
}

/** "Med dessa antal kan bara förändringar större än ±22 % upptäckas …" */
export function detectableSentence(d: DetectableChange, against: string | null): string {
  const down = rounded(d.decrease, 0);
  const up = rounded(d.increase, 0);
  const size = down === up ? `±${formatNumber(down)} %` : `−${formatNumber(down)} % eller +${formatNumber(up)} %`;
  const rel = against ? ` jämfört med ${against}` : '';
  return `Med dessa antal och den variation som finns mellan åren kan bara förändringar${rel} större än ${size} upptäckas (med 80 % sannolikhet).`;
}

/** The card's main sentence. `basis` names what the verdict compares with (null: the years before). */
export function mainSentence(verdict: Verdict, basis: Change | null, groupLabel: string | null): string {
  if (verdict === 'activity') {
    return 'Visar främst polisens eget arbete och redovisas som aktivitet, inte som utfall.';
  }
  if (verdict === 'too-few' || !basis) {
    return 'För få brott: färre än 10 anmälda brott före eller under löftet, så inget kan avgöras.';
  }
  const what = groupLabel ? `jämfört med ${groupLabel}` : 'jämfört med åren före';
  const change = signedText(basis.ratio, basis.low, basis.high);
  if (verdict === 'improved') return `Tydlig förbättring ${what}: ${change}.`;
  if (verdict === 'worsened') return `Tydlig försämring ${what}: ${change}.`;
  return `Går inte att avgöra ${what}: ${change}, inom den vanliga variationen mellan åren.`;
}

/** How the municipality and the group each moved, as description (the verdict is in the main sentence). */
export function groupSentence(municipality: string, groupLabel: string, own: Change, group: Change | null): string {
  const g = group ? `i ${groupLabel} ${signedText(group.ratio, group.low, group.high)}` : `för ${groupLabel} går förändringen inte att räkna ut`;
  return `Förändring sedan åren före: i ${municipality} ${signedText(own.ratio, own.low, own.high)}, ${g}.`;
}

export function trendSentence(from: number, to: number, trend: Change): string {
  const perYear = signedText(trend.ratio, trend.low, trend.high, 1).replace(' % (', ' % per år (');
  if (!trend.significant) return `Långsiktigt ${from}–${to}: ingen tydlig trend, ${perYear}.`;
  return `Långsiktigt ${from}–${to}: tydlig ${trend.ratio < 1 ? 'minskning' : 'ökning'}, ${perYear}.`;
}

/** The pre-trend: the municipality against the group in the years before the promise. */
export function preTrendSentence(municipality: string, groupLabel: string, from: number, to: number, trend: Change): string {
  const perYear = signedText(trend.ratio, trend.low, trend.high, 1).replace(' % (', ' % per år (');
  const verdict = trend.significant
    ? 'redan före löftet en tydlig skillnad i trend, så jämförelsen under löftet är osäkrare'
    : 'ingen tydlig skillnad i trend före löftet';
  return `Före löftet (${from}–${to}) förändrades ${municipality} i förhållande till ${groupLabel} med ${perYear}: ${verdict}.`;
}

const VERDICT_WORDS = { improved: 'tydlig förbättring', worsened: 'tydlig försämring', 'cannot-tell': 'går inte att avgöra', 'too-few': 'för få brott', activity: 'aktivitet' } as const;

/** Whether the verdict holds with other baselines: "Med jämförelseperioden 2015–2016: samma bedömning; …". */
export function sensitivitySentence(verdict: Verdict, others: readonly { from: number; to: number; verdict: Verdict }[]): string | null {
  if (others.length === 0) return null;
  const parts = others.map((o) => `${o.from}–${o.to}: ${o.verdict === verdict ? 'samma bedömning' : VERDICT_WORDS[o.verdict]}`);
  const holds = others.every((o) => o.verdict === verdict);
  return `Med andra jämförelseperioder (${parts.join('; ')}) ${holds ? 'står bedömningen sig' : 'ändras bedömningen, så den är känslig för valet av år'}.`;
}
