/**
 * The overall summary from rules: what speaks for and against the promise having made a
 * difference, symmetrically (better than the group counts for, worse against), what cannot be
 * told, and what was delivered, reported apart from the outcome. It never concludes "continue":
 * it states what the evidence shows, or that it cannot decide; the decision stays with the room.
 */
import { formatNumber } from '../format/number';
import { joinList } from '../format/words';
import { t } from '../i18n/catalogue';
import type { IndicatorEvidence } from './types';
import { signedText } from './sentences';
import '../i18n/messages/decision';

export interface DeliveryTotal {
  actorLabel: string;
  total: number;
  uncounted: number;
}

export interface DecisionSummary {
  /** Clear improvements (relative to the group when there is one). */
  forPromise: string[];
  /** Clear deteriorations. */
  against: string[];
  /** Indicators whose change cannot be told apart from the usual variation, or with too few crimes. */
  cannotTell: string[];
  /** What was done, apart from the outcome. */
  delivery: string;
  /** What the evidence as a whole shows. */
  closing: string;
}

const label = (e: IndicatorEvidence) => `${e.name}${e.role === 'primary' ? t('decision.sum.primaryMark') : ''}`;

function basisText(e: IndicatorEvidence): string {
  const b = e.relative ?? e.change;
  const what = e.relative && e.group ? t('decision.against.group', { group: e.group.label }) : t('decision.against.before');
  return `${what} ${signedText(b.ratio, b.low, b.high)}`;
}

export function deliveryText(delivered: readonly DeliveryTotal[]): string {
  const done = delivered.filter((d) => d.total > 0 || d.uncounted > 0);
  if (done.length === 0) return t('decision.sum.noDelivery');
  const parts = done.map((d) => {
    const counted = d.total > 0 ? t('decision.sum.occasions', { n: d.total, text: formatNumber(d.total) }) : '';
    const uncounted = d.uncounted > 0 ? t('decision.sum.uncounted', { n: d.uncounted, text: formatNumber(d.uncounted) }) : '';
    return t('decision.sum.actorPart', { actor: d.actorLabel, text: counted && uncounted ? joinList([counted, uncounted], t('decision.sum.and')) : counted || uncounted });
  });
  return t('decision.sum.delivery', { parts: parts.join(', ') });
}

export function decisionSummary(evidence: readonly IndicatorEvidence[], delivered: readonly DeliveryTotal[]): DecisionSummary {
  const forPromise: string[] = [];
  const against: string[] = [];
  const cannotTell: string[] = [];
  for (const e of evidence) {
    if (e.verdict === 'improved' || e.verdict === 'worsened') (e.verdict === 'improved' ? forPromise : against).push(t('decision.sum.line', { label: label(e), verdict: e.verdict, basis: basisText(e) }));
    else if (e.verdict === 'too-few') cannotTell.push(t('decision.sum.tooFew', { label: label(e) }));
    else if (e.verdict === 'cannot-tell') {
      const d = e.assessment.detectable;
      const limit = d ? t('decision.sum.limit', { down: formatNumber(Math.round(d.decrease * 100)), up: formatNumber(Math.round(d.increase * 100)) }) : '';
      cannotTell.push(t('decision.sum.cannotTell', { label: label(e), limit }));
    }
  }
  const activity = evidence.filter((e) => e.verdict === 'activity').map((e) => e.name);
  if (activity.length > 0) cannotTell.push(t('decision.sum.activity', { names: activity }));
  if (evidence.some((e) => e.example)) cannotTell.push(t('decision.sum.example'));

  const primary = evidence.find((e) => e.role === 'primary');
  let closing: string;
  if (primary && primary.verdict === 'improved') closing = t('decision.sum.primaryImproved', { name: primary.name });
  else if (primary && primary.verdict === 'worsened') closing = t('decision.sum.primaryWorsened', { name: primary.name });
  else if (primary) closing = t('decision.sum.primaryCannotTell', { name: primary.name });
  else if (forPromise.length > 0 && against.length === 0) closing = t('decision.sum.onlyBetter');
  else if (against.length > 0 && forPromise.length === 0) closing = t('decision.sum.onlyWorse');
  else if (against.length > 0) closing = t('decision.sum.mixed');
  else closing = t('decision.sum.nothing');
  return { forPromise, against, cannotTell, delivery: deliveryText(delivered), closing: t('decision.sum.closing', { text: closing }) };
}
