/**
 * What of the evidence may be shown. A rate from a count of 1–2 is never shown (it gives the count
 * back with the population), and with too few crimes neither is the change between the periods
 * (with one shown rate it gives the other back).
 */
import { isSuppressed } from '../format/number';
import { t } from '../i18n/catalogue';
import { locale } from '../i18n/locale';
import type { IndicatorEvidence } from './types';
import '../i18n/messages/decision';

export interface ShownRate {
  rate: number;
  low: number;
  high: number;
}

/** The rate and interval of a period, or null when its count must not be shown. */
export function visibleRate(s: { count: number; rate: number; low: number; high: number }): ShownRate | null {
  return isSuppressed(s.count) ? null : { rate: s.rate, low: s.low, high: s.high };
}

/** True when the change between the periods must not be shown: too few crimes, or a hidden count. */
export function changeHidden(e: IndicatorEvidence): boolean {
  return e.assessment.verdict === 'too-few' || isSuppressed(e.baseline.count) || isSuppressed(e.period.count);
}

/** The label of the indicator's role. */
export function roleLabel(e: IndicatorEvidence): string {
  return t(e.role === 'primary' ? 'decision.role.primary' : e.role === 'secondary' ? 'decision.role.secondary' : 'decision.role.activity');
}

/** A piece of a sentence: UI text, or Swedish data (a category, a survey question) to mark lang="sv". */
export interface TextPart {
  text: string;
  sv: boolean;
}

/**
 * `text` cut where Swedish data stand in it, so the English UI can mark them `lang="sv"` (WCAG
 * 3.1.2). In the Swedish UI the whole text is one part: nothing is marked.
 */
export function dataParts(text: string, data: readonly (string | null | undefined)[]): TextPart[] {
  const names = [...new Set(data.filter((d): d is string => typeof d === 'string' && d.trim().length > 0))].sort((a, b) => b.length - a.length);
  if (locale() === 'sv' || names.length === 0) return [{ text, sv: false }];
  const parts: TextPart[] = [];
  let rest = text;
  while (rest.length > 0) {
    let at = -1;
    let hit = '';
    for (const n of names) {
      const i = rest.indexOf(n);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        hit = n;
      }
    }
    if (at < 0) break;
    if (at > 0) parts.push({ text: rest.slice(0, at), sv: false });
    parts.push({ text: hit, sv: true });
    rest = rest.slice(at + hit.length);
  }
  if (rest.length > 0) parts.push({ text: rest, sv: false });
  return parts;
}
