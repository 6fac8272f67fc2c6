/**
 * The overall summary from rules: what speaks for and against the promise having made a
 * difference, symmetrically (better than the group counts for, worse against), what cannot be
 * told, and what was delivered, reported apart from the outcome. It never concludes "continue":
 * it states what the evidence shows, or that it cannot decide; the decision stays with the room.
 */
import { formatNumber } from '../format/number';
import { capitalize, joinList } from '../format/words';
import type { IndicatorEvidence } from './types';
import { signedText } from './sentences';

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

const label = (e: IndicatorEvidence) => `${e.name}${e.role === 'primary' ? ' (huvudmått)' : ''}`;

function basisText(e: IndicatorEvidence): string {
  const b = e.relative ?? e.change;
  const what = e.relative && e.group ? `jämfört med ${e.group.label}` : 'jämfört med åren före';
  return `${what} ${signedText(b.ratio, b.low, b.high)}`;
}

export function deliveryText(delivered: readonly DeliveryTotal[]): string {
  const done = delivered.filter((d) => d.total > 0 || d.uncounted > 0);
  if (done.length === 0) return 'Aktivitetsloggen visar inga genomförda insatser under löftet.';
  const parts = done.map((d) => {
    const counted = d.total > 0 ? `${formatNumber(d.total)} tillfällen` : '';
    const uncounted = d.uncounted > 0 ? `${formatNumber(d.uncounted)} insatser utan angivet antal` : '';
    return `${d.actorLabel.toLowerCase()} ${counted && uncounted ? `${counted} och ${uncounted}` : counted || uncounted}`;
  });
  return `Genomfört enligt aktivitetsloggen: ${parts.join(', ')}. Det säger vad som gjordes, inte vilken effekt det hade.`;
}

export function decisionSummary(evidence: readonly IndicatorEvidence[], delivered: readonly DeliveryTotal[]): DecisionSummary {
  const forPromise: string[] = [];
  const against: string[] = [];
  const cannotTell: string[] = [];
  for (const e of evidence) {
    if (e.verdict === 'improved') forPromise.push(`${label(e)}: tydlig förbättring ${basisText(e)}.`);
    else if (e.verdict === 'worsened') against.push(`${label(e)}: tydlig försämring ${basisText(e)}.`);
    else if (e.verdict === 'too-few') cannotTell.push(`${label(e)}: för få brott för att avgöra.`);
    else if (e.verdict === 'cannot-tell') {
      const d = e.assessment.detectable;
      const limit = d ? ` Med dessa antal syns bara förändringar större än −${formatNumber(Math.round(d.decrease * 100))} % eller +${formatNumber(Math.round(d.increase * 100))} %.` : '';
      cannotTell.push(`${label(e)}: går inte att avgöra.${limit}`);
    }
  }
  const activity = evidence.filter((e) => e.verdict === 'activity').map((e) => e.name.toLowerCase());
  if (activity.length > 0) cannotTell.push(`${capitalize(joinList(activity))} redovisas som polisens aktivitet, inte som utfall.`);
  if (evidence.some((e) => e.example)) cannotTell.push('Brottsstatistiken här är exempeldata: ladda in verkliga siffror från BRÅ innan beslut fattas.');

  const primary = evidence.find((e) => e.role === 'primary');
  let closing: string;
  if (primary && primary.verdict === 'improved') closing = `Huvudmåttet ${primary.name.toLowerCase()} visar en tydlig förbättring. Det är förenligt med att löftet har gjort nytta, men bevisar inte orsaken.`;
  else if (primary && primary.verdict === 'worsened') closing = `Huvudmåttet ${primary.name.toLowerCase()} visar en tydlig försämring.`;
  else if (primary) closing = `Underlaget kan inte avgöra om huvudmåttet ${primary.name.toLowerCase()} har förändrats.`;
  else if (forPromise.length > 0 && against.length === 0) closing = 'Underlaget visar tydliga förbättringar men inga tydliga försämringar; det bevisar inte orsaken.';
  else if (against.length > 0 && forPromise.length === 0) closing = 'Underlaget visar tydliga försämringar men inga tydliga förbättringar.';
  else if (against.length > 0) closing = 'Underlaget pekar åt olika håll.';
  else closing = 'Underlaget kan inte avgöra om brottsligheten har förändrats.';
  return { forPromise, against, cannotTell, delivery: deliveryText(delivered), closing: `${closing} Beslutet om löftet fattas av er.` };
}
