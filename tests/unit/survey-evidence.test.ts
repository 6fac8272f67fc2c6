import { describe, expect, it } from 'vitest';
import { buildSurveyEvidence, outcomeIndicators, promiseForYear, surveyYears } from '../../src/lib/decision/survey-evidence';
import { intervalText, surveyTableRows, withSurveyFindings } from '../../src/lib/decision/survey-display';
import type { SurveyRow } from '../../src/lib/queries/survey';

const periods = { baseline: [2014, 2016] as [number, number], period: [2018, 2018] as [number, number], dispersion: [2010, 2016] as [number, number], notice: null };

const row = (o: Partial<SurveyRow>): SurveyRow => ({
  year: 2015, kommunkod: '1493', area: null, question_id: 'trygg', question: 'Trygg', subgroup: null, kind: 'proportion', respondents: 1000,
  positive: 500, share: 0.5, index_value: null, index_low: null, index_high: null, deff: null, better: 'higher', source: 'Polisen', example: false, ...o,
});

describe('surveyYears', () => {
  it.each([
    { years: [2013, 2015, 2017, 2019], expected: { before: 2015, after: 2019 }, why: 'no survey in 2018: the year after' },
    { years: [2015, 2018, 2019], expected: { before: 2015, after: 2018 }, why: 'a survey during the promise wins' },
    { years: [2012, 2020], expected: { before: 2012, after: null }, why: 'before the baseline is used; two years after is not' },
    { years: [2017, 2018], expected: { before: null, after: 2018 }, why: 'nothing up to the baseline end' },
  ])('$why', ({ years, expected }) => {
    expect(surveyYears(years, periods)).toEqual(expected);
  });
});

describe('outcomeIndicators and promiseForYear', () => {
  it('splits, trims and dedupes the promise’s list', () => {
    expect(outcomeIndicators({ outcome_indicators: ' a; b;;a ' })).toEqual(['a', 'b']);
    expect(outcomeIndicators({ outcome_indicators: null })).toEqual([]);
  });
  it('the promise covering the year, else the latest before it', () => {
    const ps = [
      { id: 'a', kommunkod: '1', year_from: 2017, year_to: 2017 },
      { id: 'b', kommunkod: '1', year_from: 2019, year_to: 2020 },
      { id: 'c', kommunkod: '2', year_from: 2021, year_to: 2021 },
    ];
    expect(promiseForYear(ps, '1', 2020)?.id).toBe('b');
    expect(promiseForYear(ps, '1', 2024)?.id).toBe('b');
    expect(promiseForYear(ps, '1', 2018)?.id).toBe('a');
    expect(promiseForYear(ps, '1', 2016)).toBeUndefined();
  });
});

describe('buildSurveyEvidence', () => {
  it('a clear rise against a flat group is an improvement, with the group pooled', () => {
    const rows = [
      row({ year: 2015, positive: 500 }),
      row({ year: 2019, positive: 640 }),
      row({ kommunkod: '2', year: 2015, positive: 500 }),
      row({ kommunkod: '2', year: 2019, positive: 505 }),
      row({ kommunkod: '3', year: 2015, positive: 495 }),
      row({ kommunkod: '3', year: 2019, positive: 500 }),
    ];
    const [e] = buildSurveyEvidence(rows, ['trygg'], periods, '1493', 'Orten', 'grannarna');
    expect(e?.verdict).toBe('improved');
    expect(e?.change?.basis).toBe('relative');
    expect(e?.group?.before.value).toBeCloseTo(995 / 2000, 12);
    expect(e?.sentence).toMatch(/^Tydlig förbättring jämfört med grannarna: andelen steg från 50,0 % \(2015\) till 64,0 % \(2019\)/);
    // Without repeated surveys before the promise nor a group the variation cannot be estimated, and it says so.
    const [alone] = buildSurveyEvidence(rows.slice(0, 2), ['trygg'], periods, '1493', 'Orten', 'grannarna');
    expect(alone?.change?.basis).toBe('own');
    expect(alone?.warnings.some((w) => w.includes('kunde inte skattas'))).toBe(true);
  });

  it('Holm across the questions can take a verdict back, and the sentence says why', () => {
    // Two questions, each just significant alone (p ≈ 0.03): Holm makes both cannot-tell.
    const rows = ['q1', 'q2'].flatMap((q) => [row({ question_id: q, year: 2015, positive: 500 }), row({ question_id: q, year: 2019, positive: 548 })]);
    const single = buildSurveyEvidence(rows.slice(0, 2), ['q1'], periods, '1493', 'Orten', 'g');
    expect(single[0]?.verdict).toBe('improved');
    const both = buildSurveyEvidence(rows, ['q1', 'q2'], periods, '1493', 'Orten', 'g');
    expect(both.map((e) => e.verdict)).toEqual(['cannot-tell', 'cannot-tell']);
    expect(both[0]?.sentence).toMatch(/^Går inte att avgöra när flera enkätfrågor prövas samtidigt \(Holm-korrigerat\)/);
    expect(both[0]?.pUsed).toBeGreaterThan(single[0]?.pUsed ?? 1);
  });

  it('an index keeps its published interval and a share without n gets none', () => {
    const rows = [
      row({ question_id: 'idx', kind: 'index', positive: null, share: null, index_value: 61.4, index_low: 60, index_high: 62.8 }),
      row({ question_id: 'idx', kind: 'index', year: 2019, positive: null, share: null, index_value: 65.1, index_low: 63.9, index_high: 66.3 }),
      row({ question_id: 'k', positive: null, respondents: null, share: 0.4 }),
      row({ question_id: 'k', year: 2019, positive: null, respondents: null, share: 0.5 }),
    ];
    const [idx, k] = buildSurveyEvidence(rows, ['idx', 'k'], periods, '1493', 'Orten', 'g');
    expect(idx && idx.before && intervalText(idx, idx.before)).toBe('publicerat intervall 60,0–62,8');
    expect(idx?.change).toBeNull();
    expect(k?.sentence).toMatch(/anger andelen utan antal svarande/);
    expect(k && k.before && intervalText(k, k.before)).toBe('inget intervall');
  });

  it('the table names the design effect and whether a survey is before, during or after', () => {
    const rows = [row({ deff: 1.4, respondents: 140, positive: 70 }), row({ year: 2019, deff: 1.4, respondents: 140, positive: 77 })];
    const [e] = buildSurveyEvidence(rows, ['trygg'], periods, '1493', 'Orten', 'g');
    if (!e) throw new Error('no evidence');
    const t = surveyTableRows(e, 'Orten', periods.period);
    expect(t.map((r) => [r.year, r.when])).toEqual([[2015, 'före'], [2019, 'efter']]);
    // 70 of 140 with deff 1.4 = 50 of 100: Wilson 40,4–59,6 % (R: prop.test(50, 100, correct = FALSE)).
    expect(t[0]?.interval).toBe('95 % KI 40,4 %–59,6 % (Wilson, designeffekt 1,4)');
  });
});

describe('withSurveyFindings', () => {
  it('adds every survey indicator to the summary, none dropped', () => {
    const base = { forPromise: ['a'], against: [], cannotTell: [], delivery: 'd', closing: 'c' };
    const rows = [row({ year: 2015, positive: 500 }), row({ year: 2019, positive: 640 }), row({ question_id: 'x', year: 2015 }), row({ question_id: 'x', year: 2019 })];
    const ev = buildSurveyEvidence(rows, ['trygg', 'x'], periods, '1493', 'Orten', 'g');
    const s = withSurveyFindings(base, ev);
    expect(s.forPromise).toEqual(['a', 'Enkät: Trygg: tydlig förbättring.']);
    expect(s.cannotTell).toEqual(['Enkät: Trygg: går inte att avgöra.']);
    expect(s.closing).toBe('c');
  });
});
