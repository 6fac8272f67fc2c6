import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/lib/report/build';
import { reportSlides } from '../../src/lib/report/slides';
import { buildSurveyEvidence } from '../../src/lib/decision/survey-evidence';
import type { SurveyRow } from '../../src/lib/queries/survey';
import type { PromiseRow } from '../../src/lib/shape/promise-bands';

const PROMISE: PromiseRow = { promise_id: 'p', kommunkod: '1', year_from: 2018, year_to: 2018, title: 'Löfte', focus: 'Unga', focus_categories: 'stold', text: 'Vi lovar.', source: 's', outcome_indicators: 'trygg' };
const row = (year: number, subgroup: string | null, positive: number): SurveyRow => ({
  year, kommunkod: '1', area: null, question_id: 'trygg', question: 'Trygg', subgroup, kind: 'proportion', respondents: 400, positive, share: null,
  index_value: null, index_low: null, index_high: null, deff: null, better: 'higher', source: 'exempeldata', example: true,
});
const periods = { baseline: [2015, 2017] as [number, number], period: [2018, 2018] as [number, number], dispersion: [2010, 2017] as [number, number], notice: null };

describe('survey indicators in the report model and the slides', () => {
  const survey = buildSurveyEvidence([row(2015, null, 200), row(2019, null, 210), row(2015, 'unga 16–24 år', 80), row(2019, 'unga 16–24 år', 90)], ['trygg'], periods, '1', 'Orten', 'g');
  const model = buildReport(PROMISE, 'Orten', 2018, [], [], survey);

  it('the model keeps them and the promise period', () => {
    expect(model.survey.map((e) => e.key)).toEqual(['trygg|', 'trygg|unga 16–24 år']);
    expect(model.period).toEqual([2018, 2018]);
  });

  it('one slide per survey indicator, before the proposal, with url-safe ids', () => {
    const slides = reportSlides(model, 'att fortsätta.', false);
    const kinds = slides.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'survey')).toHaveLength(2);
    expect(kinds.indexOf('survey')).toBeLessThan(kinds.indexOf('proposal'));
    const ids = slides.filter((s) => s.kind === 'survey').map((s) => s.id);
    expect(ids[0]).toBe('survey-trygg');
    expect(ids[1]).toMatch(/^survey-trygg-unga-16-24-[a-z0-9_-]*$/i);
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });
});
