/**
 * The report's closing words from rules: what the statistics show, said neutrally, and an empty
 * starting point for next year's promise. Neither ever concludes "continue": that is the room's decision.
 */
import type { IndicatorEvidence } from '../decision/types';
import { surveyFindingLine } from '../decision/survey-display';
import type { SurveyEvidence } from '../decision/survey-evidence';
import { capitalize, joinList } from '../format/words';

const CAUSE = ' Statistiken visar vad som har hänt, inte vad löftet har orsakat.';

const lower = (s: string) => s.toLowerCase();
const names = (findings: readonly IndicatorEvidence[], verdict: IndicatorEvidence['verdict']) =>
  findings.filter((e) => e.verdict === verdict).map((e) => lower(e.name));

/**
 * "Utifrån uppföljningen och statistik för 2018 så ser vi …": only what the assessments support.
 * The survey indicators follow in the words of the Beslut summary (`surveyFindingLine`), and a
 * clear change either way, in the crimes or the surveys, gets the same caution about its cause.
 */
export function conclusionText(year: number, focus: string, findings: readonly IndicatorEvidence[], survey: readonly SurveyEvidence[] = []): string {
  const head = `Utifrån uppföljningen och statistik för ${year} så ser vi`;
  const example = findings.some((e) => e.example) ? ' Observera att brottsstatistiken i denna rapport är exempeldata.' : '';
  const surveyExample = survey.some((e) => e.example) ? ' Observera att enkätsvaren i denna rapport är exempeldata.' : '';
  const surveyLines = survey.map((e) => ` ${surveyFindingLine(e)}`).join('');
  const surveyClear = survey.some((e) => e.verdict === 'improved' || e.verdict === 'worsened');
  if (findings.length === 0) {
    const cause = surveyClear ? CAUSE : '';
    return `${head} att statistik för fokusområdet saknas, så utfallet går inte att bedöma.${surveyLines}${cause}${example}${surveyExample}`;
  }
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
  const cause = improved.length > 0 || worsened.length > 0 || surveyClear ? CAUSE : '';
  const act = activity.length > 0 ? ` ${capitalize(joinList(activity))} redovisas som polisens aktivitet, inte som utfall.` : '';
  return `${body}${surveyLines}${cause}${act} Statistiken säger inget särskilt om ${lower(focus)}.${example}${surveyExample}`;
}

/** What follows "Vi lovar därför inför {nästa år}": a placeholder to fill in, never a default decision. */
export function proposalText(focus: string): string {
  return `att [fyll i vad polisen och kommunen lovar, med utgångspunkt i fokus på ${lower(focus)} och underlaget ovan].`;
}
