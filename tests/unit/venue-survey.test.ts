import { describe, expect, it } from 'vitest';
import { surveyYearsOf, venueSurveys } from '../../src/lib/shape/venue-survey';
import type { VenueSurveyRow } from '../../src/lib/queries/survey';

const row = (o: Partial<VenueSurveyRow>): VenueSurveyRow => ({
  venue_id: 'elvarket', matched_by: 'manuell', mapping_example: false, year: 2019, kommunkod: '1493', area: 'Norr', question_id: 'trygg',
  question: 'Trygg', subgroup: null, kind: 'proportion', respondents: 100, positive: 50, share: 0.5, index_value: null, index_low: null,
  index_high: null, deff: null, better: 'higher', source: 'Polisen', example: false, ...o,
});

describe('venueSurveys', () => {
  it('groups per venue and question, sorts the years and keeps to the range', () => {
    const out = venueSurveys([row({ year: 2021, positive: 60 }), row({ year: 2019 }), row({ year: 2013 }), row({ venue_id: 'resecentrum', kind: 'index', question_id: 'idx', index_value: 61.9, index_low: 59.8, index_high: 64 })], 2015, 2024);
    expect(out.map((v) => v.venueId)).toEqual(['elvarket', 'resecentrum']);
    expect(out[0]?.questions[0]?.cells.map((c) => c.year)).toEqual([2019, 2021]);
    // 50 of 100: Wilson 95 % interval 40,4–59,6 % (R: prop.test(50, 100, correct = FALSE)$conf.int = 0.4038, 0.5962).
    expect(out[0]?.questions[0]?.cells[0]?.text).toBe('50,0 % (40,4–59,6)');
    // The index is kept as published.
    expect(out[1]?.questions[0]?.cells[0]?.text).toBe('61,9 (59,8–64,0)');
    expect(surveyYearsOf(out)).toEqual([2019, 2021]);
  });

  it('is example data when either the results or the mapping are', () => {
    expect(venueSurveys([row({ mapping_example: true })], 2015, 2024)[0]?.example).toBe(true);
    expect(venueSurveys([row({ example: true })], 2015, 2024)[0]?.example).toBe(true);
    expect(venueSurveys([row({})], 2015, 2024)[0]?.example).toBe(false);
  });

  it('a share without its n is shown without an interval', () => {
    expect(venueSurveys([row({ positive: null, respondents: null, share: 0.42 })], 2015, 2024)[0]?.questions[0]?.cells[0]?.text).toBe('42,0 %');
  });
});
