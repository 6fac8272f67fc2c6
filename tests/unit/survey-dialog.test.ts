import { describe, expect, it } from 'vitest';
import { emptyMapping, missingFields } from '../../src/lib/import/layout';
import { emptySurveyDraft, SURVEY_COUNT_COLUMNS, withSurveyDraft } from '../../src/lib/import/survey-dialog';
import { emptySurveyColumns } from '../../src/lib/import/survey-types';

describe('the mapping dialog’s survey choice', () => {
  it('a value column becomes the share, with the typed-in question and direction', () => {
    const m = { ...emptyMapping('survey_results'), year: 0, municipality: 1, count: 3 };
    const out = withSurveyDraft(m, { questionId: 'U07402', question: 'Andel trygga', better: 'higher', sharePercent: true, respondents: 2, positive: null });
    expect(out.survey?.columns.share).toBe(3);
    expect(out.survey?.columns.respondents).toBe(2);
    expect(out.survey?.questionId).toBe('U07402');
    expect(out.survey?.sharePercent).toBe(true);
    expect(out.sourceLabel).toBe('Enkät U07402');
    expect(missingFields(out)).toEqual([]);
  });

  it('offers a column of positive answers beside the respondents, and passes it on', () => {
    expect(SURVEY_COUNT_COLUMNS.map((c) => c.key)).toEqual(['respondents', 'positive']);
    expect(SURVEY_COUNT_COLUMNS.find((c) => c.key === 'positive')?.label).toMatch(/^Antal positiva svar/);
    const m = { ...emptyMapping('survey_results'), year: 0, municipality: 1, count: 2 };
    const out = withSurveyDraft(m, { questionId: 'q', question: 'Trygg', better: 'higher', sharePercent: true, respondents: 3, positive: 4 });
    expect(out.survey?.columns.positive).toBe(4);
    expect(out.survey?.columns.respondents).toBe(3);
    // The draft a dialog reopens with shows the chosen column again.
    expect(emptySurveyDraft(out).positive).toBe(4);
  });

  it('names what is missing: the question and the better direction', () => {
    const m = { ...emptyMapping('survey_results'), year: 0, municipality: 1, count: 3 };
    expect(missingFields(withSurveyDraft(m, emptySurveyDraft(m)))).toEqual(['question', 'better']);
  });

  it('keeps the recognised columns of the documented survey layout', () => {
    const columns = { ...emptySurveyColumns(), questionId: 2, question: 3, share: 7, positive: 6, respondents: 5 };
    const m = { ...emptyMapping('survey_results', 'enkat'), year: 0, municipality: 1, count: 6, survey: { columns, questionId: null, question: null, better: null, sharePercent: false } };
    const out = withSurveyDraft(m, { ...emptySurveyDraft(m), better: 'lower' });
    expect(out.survey?.columns).toEqual(columns);
    expect(out.survey?.better).toBe('lower');
  });

  it('another target drops the survey fields', () => {
    const m = { ...emptyMapping('crimes'), survey: { columns: emptySurveyColumns(), questionId: 'x', question: 'y', better: 'higher' as const, sharePercent: false } };
    expect(withSurveyDraft(m, emptySurveyDraft(m)).survey).toBeUndefined();
  });
});
