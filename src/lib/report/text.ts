/**
 * The report's closing words from rules: what the statistics show, said neutrally, and an empty
 * starting point for next year's promise. Neither ever concludes "continue": that is the room's decision.
 */
import type { IndicatorEvidence } from '../decision/types';
import { surveyFindingLine } from '../decision/survey-display';
import type { SurveyEvidence } from '../decision/survey-evidence';
import { capitalize, joinList } from '../format/words';
import { t } from '../i18n/catalogue';
import '../i18n/messages/report';
import { categoryName } from '../shape/category-name';

const lower = (s: string) => s.toLowerCase();
const names = (findings: readonly IndicatorEvidence[], verdict: IndicatorEvidence['verdict']) =>
  findings.filter((e) => e.verdict === verdict).map((e) => lower(categoryName(e.categoryId, e.name)));
/** "a, b och c" in Swedish, "a, b and c" in English. */
const list = (items: readonly string[]) => joinList(items, t('report.and'));

/**
 * The Swedish data the closing words quote (the focus, category names a file gave, survey
 * questions), so the English UI can mark them lang="sv" where they stand in the sentence.
 */
export function conclusionData(focus: string, findings: readonly IndicatorEvidence[], survey: readonly SurveyEvidence[] = []): string[] {
  const named = findings.map((e) => categoryName(e.categoryId, e.name)).filter((n, i) => n === findings[i]?.name);
  return [focus, lower(focus), ...named, ...named.map(lower), ...survey.map((e) => e.label)];
}

/**
 * "Utifrån uppföljningen och statistik för 2018 så ser vi …": only what the assessments support.
 * The survey indicators follow in the words of the Beslut summary (`surveyFindingLine`), and a
 * clear change either way, in the crimes or the surveys, gets the same caution about its cause.
 */
export function conclusionText(year: number, focus: string, findings: readonly IndicatorEvidence[], survey: readonly SurveyEvidence[] = []): string {
  const head = t('report.conclusion.head', { year });
  const example = findings.some((e) => e.example) ? t('report.conclusion.example') : '';
  const surveyExample = survey.some((e) => e.example) ? t('report.conclusion.surveyExample') : '';
  const surveyLines = survey.map((e) => ` ${surveyFindingLine(e)}`).join('');
  const surveyClear = survey.some((e) => e.verdict === 'improved' || e.verdict === 'worsened');
  const causeText = t('report.conclusion.cause');
  if (findings.length === 0) {
    const cause = surveyClear ? causeText : '';
    return `${head} ${t('report.conclusion.noStatistics')}${surveyLines}${cause}${example}${surveyExample}`;
  }
  const parts: string[] = [];
  const improved = names(findings, 'improved');
  const worsened = names(findings, 'worsened');
  const unclear = names(findings, 'cannot-tell');
  const tooFew = names(findings, 'too-few');
  const activity = names(findings, 'activity');
  if (improved.length > 0) parts.push(t('report.conclusion.improved', { names: list(improved) }));
  if (worsened.length > 0) parts.push(t('report.conclusion.worsened', { names: list(worsened) }));
  if (unclear.length > 0) parts.push(t('report.conclusion.unclear', { names: list(unclear) }));
  if (tooFew.length > 0) parts.push(t('report.conclusion.tooFew', { names: list(tooFew) }));
  const body = parts.length > 0 ? `${head} ${list(parts)}.` : `${head} ${t('report.conclusion.none')}`;
  const cause = improved.length > 0 || worsened.length > 0 || surveyClear ? causeText : '';
  const act = activity.length > 0 ? t('report.conclusion.activity', { names: capitalize(list(activity)) }) : '';
  return `${body}${surveyLines}${cause}${act}${t('report.conclusion.focus', { focus: lower(focus) })}${example}${surveyExample}`;
}

/** What follows "Vi lovar därför inför {nästa år}": a placeholder to fill in, never a default decision. */
export function proposalText(focus: string): string {
  return t('report.proposal', { focus: lower(focus) });
}
