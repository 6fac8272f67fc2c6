/** The follow-up report's closing words with the survey indicators: the Beslut summary's words, leaning neither way. */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/lib/report/build';
import { conclusionText } from '../../src/lib/report/text';
import { withSurveyFindings } from '../../src/lib/decision/survey-display';
import type { SurveyEvidence } from '../../src/lib/decision/survey-evidence';
import type { IndicatorEvidence } from '../../src/lib/decision/types';
import type { PromiseRow } from '../../src/lib/shape/promise-bands';

// Only what the closing words read; the rest of SurveyEvidence is the decision view's.
const survey = (label: string, verdict: SurveyEvidence['verdict'], example = false) => ({ key: label, label, verdict, example }) as SurveyEvidence;
const crime = (name: string, verdict: IndicatorEvidence['verdict'], example = false) => ({ categoryId: name, name, verdict, example, sentence: '' }) as IndicatorEvidence;
const HEAD = 'Utifrån uppföljningen och statistik för 2019 så ser vi ';

describe('closing words with survey findings', () => {
  it('names each survey indicator in the Beslut summary’s words after the crimes', () => {
    const text = conclusionText(2019, 'Trygghet i centrum', [crime('Stöld', 'cannot-tell')], [survey('Känner sig trygg sent på kvällen', 'cannot-tell'), survey('Trygghetsindex', 'too-few')]);
    expect(text).toBe(
      `${HEAD}att det inte går att avgöra om stöld har förändrats mer än den vanliga variationen mellan åren.` +
        ' Enkät: Känner sig trygg sent på kvällen: går inte att avgöra. Enkät: Trygghetsindex: för få svar för att avgöra.' +
        ' Statistiken säger inget särskilt om trygghet i centrum.',
    );
  });

  it('uses the very lines the Beslut summary lists', () => {
    const ev = [survey('Trygg', 'improved'), survey('Utsatt', 'worsened'), survey('Index', 'cannot-tell')];
    const summary = withSurveyFindings({ forPromise: [], against: [], cannotTell: [], delivery: '', closing: '' }, ev);
    const text = conclusionText(2019, 'Unga', [], ev);
    for (const line of [...summary.forPromise, ...summary.against, ...summary.cannotTell]) expect(text).toContain(line);
  });

  it('a clear survey change either way gets the same caution about its cause, and nothing that leans', () => {
    const better = conclusionText(2019, 'Unga', [crime('Rån', 'too-few')], [survey('Trygg', 'improved')]);
    const worse = conclusionText(2019, 'Unga', [crime('Rån', 'too-few')], [survey('Trygg', 'worsened')]);
    expect(better).toBe(`${HEAD}för få brott för att avgöra något om rån. Enkät: Trygg: tydlig förbättring. Statistiken visar vad som har hänt, inte vad löftet har orsakat. Statistiken säger inget särskilt om unga.`);
    // Symmetric: the two texts differ only in the verdict word.
    expect(worse).toBe(better.replace('tydlig förbättring', 'tydlig försämring'));
    for (const t of [better, worse]) expect(t).not.toMatch(/fortsätt|behov|nytta|förenligt|lyckats|misslyckats/i);
  });

  it('without crime statistics the survey findings are still given, and example surveys are labelled', () => {
    const text = conclusionText(2019, 'Unga', [], [survey('Trygg', 'cannot-tell', true)]);
    expect(text).toBe(`${HEAD}att statistik för fokusområdet saknas, så utfallet går inte att bedöma. Enkät: Trygg: går inte att avgöra. Observera att enkätsvaren i denna rapport är exempeldata.`);
  });

  it('without survey indicators the words are as before', () => {
    expect(conclusionText(2019, 'Unga', [crime('Stöld', 'improved')], [])).toBe(
      `${HEAD}en tydlig förbättring för stöld. Statistiken visar vad som har hänt, inte vad löftet har orsakat. Statistiken säger inget särskilt om unga.`,
    );
  });

  it('the report model’s conclusion carries the survey findings', () => {
    const promise: PromiseRow = { promise_id: 'p', kommunkod: '1', year_from: 2018, year_to: 2019, title: 'T', focus: 'Unga', focus_categories: null, text: 'Vi lovade.', source: 's' };
    const model = buildReport(promise, 'Ort', 2019, [], [crime('Stöld', 'cannot-tell')], [survey('Trygg', 'worsened')]);
    expect(model.conclusion).toContain('Enkät: Trygg: tydlig försämring.');
  });
});
