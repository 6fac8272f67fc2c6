/**
 * What of the evidence may be shown. A rate from a count of 1–2 is never shown (it gives the count
 * back with the population), and with too few crimes neither is the change between the periods
 * (with one shown rate it gives the other back).
 */
import { isSuppressed } from '../format/number';
import { t } from '../i18n/catalogue';
import type { IndicatorEvidence } from './types';

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
