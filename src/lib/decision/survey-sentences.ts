/** Plain Swedish for survey indicators: shares as `62,7 %`, changes in procentenheter, the verdict words of the crime cards. */
import { formatNumber } from '../format/number';
import type { SurveyChange } from '../stats/proportion-did';

/** A share 0–1 as a percentage with one decimal: 0.6274 → `62,7 %`. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share) ? '–' : `${formatNumber(share * 100, 1, 1)} %`;
}

/** An index value as published, one decimal. */
export function formatIndex(value: number | null | undefined): string {
  return formatNumber(value, 1, 1);
}

const ratioText = (r: { ratio: number; low: number; high: number }) =>
  `${formatNumber(r.ratio, 2, 2)}, 95 % KI ${formatNumber(r.low, 2, 2)}–${formatNumber(r.high, 2, 2)}`;

export interface SharePair {
  before: { year: number; value: number };
  after: { year: number; value: number };
}

function moved(p: SharePair): string {
  const word = p.after.value > p.before.value ? 'steg' : p.after.value < p.before.value ? 'sjönk' : 'var oförändrad';
  return `andelen ${word} från ${formatShare(p.before.value)} (${p.before.year}) till ${formatShare(p.after.value)} (${p.after.year})`;
}

/** The card's main sentence for a proportion. */
export function surveyMainSentence(verdict: SurveyChange['verdict'], c: SurveyChange | null, p: SharePair, groupLabel: string | null): string {
  if (verdict === 'too-few' || !c) return 'För få svar: färre än 30 svarande (räknat med designeffekten) eller färre än 5 i något svarsalternativ, så inget kan avgöras.';
  const used = c.relative ?? c.own;
  const what = c.relative && groupLabel ? `jämfört med ${groupLabel}` : 'jämfört med mätningen före';
  const tail = used ? ` (${c.relative ? 'kvot mellan oddskvoterna' : 'oddskvot'}: ${ratioText(used)})` : '';
  if (verdict === 'improved') return `Tydlig förbättring ${what}: ${moved(p)}${tail}.`;
  if (verdict === 'worsened') return `Tydlig försämring ${what}: ${moved(p)}${tail}.`;
  return `Går inte att avgöra ${what}: ${moved(p)}, inom den vanliga variationen mellan mätningarna${tail}.`;
}

/** "Med dessa antal svar … kan bara förändringar större än −6,1 eller +5,8 procentenheter upptäckas". */
export function surveyDetectableSentence(d: { decrease: number; increase: number }, against: string | null): string {
  const down = formatNumber(d.decrease * 100, 1, 1);
  const up = formatNumber(d.increase * 100, 1, 1);
  const rel = against ? ` jämfört med ${against}` : '';
  return `Med dessa antal svar och den variation som finns mellan mätningarna kan bara förändringar${rel} större än −${down} eller +${up} procentenheter upptäckas (med 80 % sannolikhet).`;
}

/** How the municipality and the group each moved. */
export function surveyGroupSentence(municipality: string, groupLabel: string, own: SharePair, group: SharePair): string {
  const span = (p: SharePair) => `från ${formatShare(p.before.value)} (${p.before.year}) till ${formatShare(p.after.value)} (${p.after.year})`;
  return `Andelen i ${municipality}: ${span(own)}; i ${groupLabel}: ${span(group)}.`;
}

/** What the dispersion is and where it comes from. */
export function dispersionSentence(phi: number, df: number): string {
  if (df === 0) return 'Hur mycket andelen brukar variera mellan mätningarna kunde inte skattas (för få upprepade mätningar), så bara urvalsfelet räknas: bedömningen kan vara för säker.';
  if (phi <= 1) return `Andelarna varierar inte mer mellan mätningarna än urvalet förklarar (skattat med ${formatNumber(df)} frihetsgrader).`;
  return `Andelarna varierar mellan mätningarna ${formatNumber(phi, 1, 1)} gånger mer än urvalet förklarar (skattat med ${formatNumber(df)} frihetsgrader); intervallen och bedömningen räknar med det.`;
}

export const INDEX_SENTENCE =
  'Går inte att avgöra med verktygets regler: indexet visas som det publicerats, med sitt eget intervall; verktyget räknar inte om det och prövar inte förändringen.';

export const SHARE_ONLY_SENTENCE = 'Går inte att avgöra: källan anger andelen utan antal svarande, så varken intervall eller bedömning kan räknas fram.';
