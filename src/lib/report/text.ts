/**
 * The report's closing words from rules: what the statistics show, said neutrally, and an empty
 * starting point for next year's promise. Neither ever concludes "continue": that is the room's decision.
 */
import type { IndicatorEvidence } from '../decision/types';
import { capitalize, joinList } from '../format/words';

const lower = (s: string) => s.toLowerCase();
const names = (findings: readonly IndicatorEvidence[], verdict: IndicatorEvidence['verdict']) =>
  findings.filter((e) => e.verdict === verdict).map((e) => lower(e.name));

/** "Utifrån uppföljningen och statistik för 2018 så ser vi …": only what the assessments support. */
export function conclusionText(year: number, focus: string, findings: readonly IndicatorEvidence[]): string {
  const head = `Utifrån uppföljningen och statistik för ${year} så ser vi`;
  const example = findings.some((e) => e.example) ? ' Observera att brottsstatistiken i denna rapport är exempeldata.' : '';
  if (findings.length === 0) return `${head} att statistik för fokusområdet saknas, så utfallet går inte att bedöma.${example}`;
  const parts: string[] = [];
  const improved = names(findings, 'improved');
  const worsened = names(findings, 'worsened');
  const unclear = names(findings, 'cannot-tell');
  const tooFew = names(findings, 'too-few');
  const activity = names(findings, 'activity');
  if (improved.length > 0) parts.push(`en tydlig förbättring för ${joinList(improved)}`);
  if (worsened.length > 0) parts.push(`en tydlig försämring för ${joinList(worsened)}`);
  if (unclear.length > 0) parts.push(`att det inte går att avgöra om ${joinList(unclear)} har förändrats mer än den vanliga variationen mellan åren`);
  if (tooFew.length > 0) parts.push(`för få brott för att avgöra något om ${joinList(tooFew)}`);
  const body = parts.length > 0 ? `${head} ${joinList(parts)}.` : `${head} ingen bedömning av utfallet.`;
  const cause = improved.length > 0 || worsened.length > 0 ? ' Statistiken visar vad som har hänt, inte vad löftet har orsakat.' : '';
  const act = activity.length > 0 ? ` ${capitalize(joinList(activity))} redovisas som polisens aktivitet, inte som utfall.` : '';
  return `${body}${cause}${act} Statistiken säger inget särskilt om ${lower(focus)}.${example}`;
}

/** What follows "Vi lovar därför inför {nästa år}": a placeholder to fill in, never a default decision. */
export function proposalText(focus: string): string {
  return `att [fyll i vad polisen och kommunen lovar, med utgångspunkt i fokus på ${lower(focus)} och underlaget ovan].`;
}
