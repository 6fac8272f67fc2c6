/**
 * The rules that turn intervals into plain, neutral Swedish (or English: the message catalogue). Outcomes read "Tydlig förbättring",
 * "Tydlig försämring", "Går inte att avgöra" or "För få brott"; an increase and a decrease are
 * phrased the same way. No sentence prints a count.
 */
import { formatNumber } from '../format/number';
import { t } from '../i18n/catalogue';
import type { DetectableChange } from '../stats';
import type { Change, Verdict } from './types';
import '../i18n/messages/decision';

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
  return t('decision.pct', { n: signedNumber(ratio, decimals) });
}

/** A signed change with its interval: `−5 % (95 % KI −20 till +12 %)`. */
export function signedText(ratio: number, low: number, high: number, decimals = 0): string {
  return withInterval(ratio, low, high, decimals, false);
}

function withInterval(ratio: number, low: number, high: number, decimals: number, perYear: boolean): string {
  const hi = Number.isFinite(high) ? high : ratio;
  return t('decision.signedCI', { est: signedNumber(ratio, decimals), low: signedNumber(low, decimals), high: signedNumber(hi, decimals), perYear });
}

/** "Med dessa antal kan bara förändringar större än ±22 % upptäckas …" */
export function detectableSentence(d: DetectableChange, against: string | null): string {
  const down = rounded(d.decrease, 0);
  const up = rounded(d.increase, 0);
  const size = down === up ? t('decision.sizeBoth', { n: formatNumber(down) }) : t('decision.sizeEach', { down: formatNumber(down), up: formatNumber(up) });
  return t('decision.detectable', { against, size });
}

/** The card's main sentence. `basis` names what the verdict compares with (null: the years before). */
export function mainSentence(verdict: Verdict, basis: Change | null, groupLabel: string | null): string {
  if (verdict === 'activity') return t('decision.main.activity');
  if (verdict === 'too-few' || !basis) return t('decision.main.tooFew');
  const what = groupLabel ? t('decision.against.group', { group: groupLabel }) : t('decision.against.before');
  return t('decision.main', { verdict, what, change: signedText(basis.ratio, basis.low, basis.high) });
}

/** How the municipality and the group each moved, as description (the verdict is in the main sentence). */
export function groupSentence(municipality: string, groupLabel: string, own: Change, group: Change | null): string {
  const g = group ? t('decision.group.change', { group: groupLabel, change: signedText(group.ratio, group.low, group.high) }) : t('decision.group.noChange', { group: groupLabel });
  return t('decision.group', { municipality, own: signedText(own.ratio, own.low, own.high), group: g });
}

export function trendSentence(from: number, to: number, trend: Change): string {
  const perYear = withInterval(trend.ratio, trend.low, trend.high, 1, true);
  return t('decision.trend', { from, to, significant: trend.significant, down: trend.ratio < 1, perYear });
}

/** The pre-trend: the municipality against the group in the years before the promise. */
export function preTrendSentence(municipality: string, groupLabel: string, from: number, to: number, trend: Change): string {
  const perYear = withInterval(trend.ratio, trend.low, trend.high, 1, true);
  return t('decision.preTrend', { municipality, group: groupLabel, from, to, perYear, significant: trend.significant });
}

/** Whether the verdict holds with other baselines: "Med jämförelseperioden 2015–2016: samma bedömning; …". */
export function sensitivitySentence(verdict: Verdict, others: readonly { from: number; to: number; verdict: Verdict }[]): string | null {
  if (others.length === 0) return null;
  const parts = others.map((o) => `${o.from}–${o.to}: ${o.verdict === verdict ? t('decision.sameVerdict') : t('decision.verdictWord', { verdict: o.verdict })}`);
  const holds = others.every((o) => o.verdict === verdict);
  return t('decision.sensitivity', { parts: parts.join('; '), holds });
}
