/** The report's closing words from rules: what the statistics say, and a starting proposal for next year. */
import type { IndicatorEvidence } from '../decision/types';
import { joinList } from '../format/words';

const lower = (s: string) => s.toLowerCase();

/** "Utifrån uppföljningen och statistik för 2018 …": only claims that the intervals support. */
export function conclusionText(year: number, focus: string, findings: readonly IndicatorEvidence[]): string {
  const up = findings.filter((e) => e.verdict === 'increase').map((e) => lower(e.name));
  const down = findings.filter((e) => e.verdict === 'decrease').map((e) => lower(e.name));
  const head = `Utifrån uppföljningen och statistik för ${year} så ser vi att`;
  const example = findings.some((e) => e.example) ? ' Observera att brottsstatistiken i denna rapport är exempeldata.' : '';
  if (findings.length === 0) return `${head} löftet har genomförts; statistik för fokusområdet saknas, så effekten går inte att bedöma.${example}`;
  if (up.length > 0) {
    return `${head} ${joinList(up)} har ökat säkerställt, och att det finns ett behov att fortsätta satsningen med fokus på ${lower(focus)}.${example}`;
  }
  if (down.length > 0) {
    return `${head} ${joinList(down)} har minskat säkerställt. Det är förenligt med att arbetet gör nytta, men bevisar inte orsaken; arbetet behöver fortsätta för att hålla i utvecklingen.${example}`;
  }
  const measured = joinList(findings.map((e) => lower(e.name)));
  return `${head} de anmälda brotten inom ${measured} inte visar någon säkerställd förändring i kommunen som helhet. Statistiken säger inget särskilt om ${lower(focus)}. Det behövs fortsatt arbete och uppföljning för att kunna bedöma effekten.${example}`;
}

/** What follows "Vi lovar därför inför {nästa år}": continue the focus, naming what has increased. */
export function proposalText(focus: string, findings: readonly IndicatorEvidence[]): string {
  const up = findings.filter((e) => e.verdict === 'increase').map((e) => lower(e.name));
  const extra = up.length > 0 ? `, med särskild uppmärksamhet på ${joinList(up)}` : '';
  return `att fortsätta arbetet och insatserna med fokus på ${lower(focus)}${extra}.`;
}
