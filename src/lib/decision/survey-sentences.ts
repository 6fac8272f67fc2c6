/** Plain Swedish (or English, from the message catalogue) for survey indicators: shares as `62,7 %`, changes in procentenheter, the verdict words of the crime cards. */
import { formatNumber } from '../format/number';
import { t } from '../i18n/catalogue';
import type { SurveyChange } from '../stats/proportion-did';
import '../i18n/messages/survey';

/** A share 0–1 as a percentage with one decimal: 0.6274 → `62,7 %`. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share) ? '–' : t('survey.share', { n: formatNumber(share * 100, 1, 1) });
}

/** An index value as published, one decimal. */
export function formatIndex(value: number | null | undefined): string {
  return formatNumber(value, 1, 1);
}

const ratioText = (r: { ratio: number; low: number; high: number }) =>
  t('survey.ratio', { ratio: formatNumber(r.ratio, 2, 2), low: formatNumber(r.low, 2, 2), high: formatNumber(r.high, 2, 2) });

export interface SharePair {
  before: { year: number; value: number };
  after: { year: number; value: number };
}

const span = (p: SharePair) => t('survey.span', { from: formatShare(p.before.value), fromYear: p.before.year, to: formatShare(p.after.value), toYear: p.after.year });

function moved(p: SharePair): string {
  return t('survey.moved', { dir: p.after.value > p.before.value ? 'up' : p.after.value < p.before.value ? 'down' : 'same', span: span(p) });
}

/** The card's main sentence for a proportion. */
export function surveyMainSentence(verdict: SurveyChange['verdict'], c: SurveyChange | null, p: SharePair, groupLabel: string | null): string {
  if (verdict === 'too-few' || !c) return t('survey.tooFew');
  const used = c.relative ?? c.own;
  const what = c.relative && groupLabel ? t('survey.against.group', { group: groupLabel }) : t('survey.against.before');
  const tail = used ? t('survey.tail', { relative: Boolean(c.relative), ratio: ratioText(used) }) : '';
  return t('survey.main', { verdict, what, moved: moved(p), tail });
}

/** "Med dessa antal svar … kan bara förändringar större än −6,1 eller +5,8 procentenheter upptäckas". */
export function surveyDetectableSentence(d: { decrease: number; increase: number }, against: string | null): string {
  const down = formatNumber(d.decrease * 100, 1, 1);
  const up = formatNumber(d.increase * 100, 1, 1);
  return t('survey.detectable', { against, down, up });
}

/** How the municipality and the group each moved. */
export function surveyGroupSentence(municipality: string, groupLabel: string, own: SharePair, group: SharePair): string {
  return t('survey.group', { municipality, own: span(own), group: groupLabel, groupSpan: span(group) });
}

/** What the dispersion is and where it comes from. */
export function dispersionSentence(phi: number, df: number): string {
  if (df === 0) return t('survey.dispersion.none');
  if (phi <= 1) return t('survey.dispersion.sampling', { df: formatNumber(df), n: df });
  return t('survey.dispersion.more', { phi: formatNumber(phi, 1, 1), df: formatNumber(df), n: df });
}

/** An index: shown as published, never tested. */
export function indexSentence(): string {
  return t('survey.index');
}

/** A share without the number of respondents: no interval, no test. */
export function shareOnlySentence(): string {
  return t('survey.shareOnly');
}

/** "No survey before the promise" (or during it and the year after). */
export function missingSurveySentence(before: boolean): string {
  return t('survey.missing', { before });
}

/** After the Holm correction a clear verdict fell to "cannot tell": say so, keeping what was compared and how the share moved. */
export function holmSentence(sentence: string): string {
  return t('survey.holm', { rest: sentence.replace(new RegExp(`^${t('survey.clearLead')}`), '') });
}
