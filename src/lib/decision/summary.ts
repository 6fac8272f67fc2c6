/** The overall summary: evidence for and against continuing, from rules; the decision stays with the room. */
import { formatNumber } from '../format/number';
import type { IndicatorEvidence } from './types';
import { decreaseText, increaseText } from './sentences';

export interface DeliveryTotal {
  actorLabel: string;
  total: number;
  uncounted: number;
}

export interface DecisionSummary {
  forContinuing: string[];
  againstOrCaution: string[];
  closing: string;
}

export function decisionSummary(evidence: readonly IndicatorEvidence[], delivered: readonly DeliveryTotal[]): DecisionSummary {
  const forContinuing: string[] = [];
  const against: string[] = [];
  for (const e of evidence) {
    const g = e.group?.label ?? 'jämförelsegruppen';
    const rel = e.relative;
    if (e.verdict === 'insufficient') {
      against.push(`${e.name}: för få fall för att säga något om förändringen.`);
    } else if (e.verdict === 'increase') {
      forContinuing.push(`${e.name} har ökat med ${increaseText(e.change.ratio, e.change.low, e.change.high)}: problemet finns kvar och behovet kan ha vuxit.`);
    } else if (e.verdict === 'decrease') {
      if (rel?.excludesOne && rel.ratio < 1) {
        forContinuing.push(`${e.name} har minskat med ${decreaseText(e.change.ratio, e.change.low, e.change.high)}, tydligare än i ${g}. Det är förenligt med att arbetet gör nytta, men bevisar inte orsaken.`);
      } else if (rel?.excludesOne && rel.ratio > 1) {
        against.push(`${e.name} har minskat, men mindre än i ${g}.`);
      } else {
        against.push(`${e.name} har minskat, men inte säkert mer än i ${g}: minskningen kan inte tillskrivas löftet.`);
      }
    } else {
      against.push(`${e.name}: ingen säkerställd förändring sedan före löftet.`);
    }
    if (e.verdict !== 'decrease' && rel?.excludesOne && rel.ratio > 1) {
      against.push(`${e.name} har utvecklats sämre än i ${g}.`);
    }
  }
  const done = delivered.filter((d) => d.total > 0 || d.uncounted > 0);
  if (done.length > 0) {
    const parts = done.map((d) => {
      const counted = d.total > 0 ? `${formatNumber(d.total)} tillfällen` : '';
      const uncounted = d.uncounted > 0 ? `${formatNumber(d.uncounted)} insatser utan angivet antal` : '';
      return `${d.actorLabel.toLowerCase()} ${counted && uncounted ? `${counted} och ${uncounted}` : counted || uncounted}`;
    });
    forContinuing.push(`Löftet har genomförts: ${parts.join(', ')}.`);
  } else {
    against.push('Aktivitetsloggen visar inga genomförda insatser under löftet.');
  }
  if (evidence.some((e) => e.example)) {
    against.push('Brottsstatistiken här är exempeldata: ladda in verkliga siffror från BRÅ innan beslut fattas.');
  }
  if (evidence.some((e) => e.warnings.some((w) => w.kind === 'police-initiated') && e.verdict === 'increase')) {
    against.push('En ökning av narkotikabrott kan spegla mer polisarbete snarare än fler brott.');
  }
  return {
    forContinuing,
    againstOrCaution: against,
    closing: 'Underlaget visar vad som har hänt och hur säkert vi kan veta det. Beslutet om att fortsätta löftet fattas av er.',
  };
}
