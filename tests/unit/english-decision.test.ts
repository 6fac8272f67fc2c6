/**
 * The decision area in English (issue 13 point 5): the same sentences as in Swedish, with the
 * same caution ("cannot tell"), English numbers (`−18%`, `1,234`, `62.7%`) and the 95% CI.
 * Expected strings are written by hand from the inputs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/lib/i18n/locale';
import { detectableSentence, groupSentence, mainSentence, preTrendSentence, sensitivitySentence, signedPct, signedText, trendSentence } from '../../src/lib/decision/sentences';
import { decisionSummary, deliveryText } from '../../src/lib/decision/summary';
import { dataParts, roleLabel } from '../../src/lib/decision/display';
import { ordinal, rankSentence } from '../../src/lib/decision/placebo-rank';
import { comparisonGroup } from '../../src/lib/decision/group';
import { provisionalPromise } from '../../src/lib/decision/provisional';
import { periodsFor } from '../../src/lib/decision/build';
import { indicatorEvidence } from '../../src/lib/decision/evidence';
import { dispersionSentence, formatShare, holmSentence, surveyDetectableSentence, surveyGroupSentence, surveyMainSentence } from '../../src/lib/decision/survey-sentences';
import { intervalText, surveyFindingLine, surveyVerdictWord, withSurveyFindings } from '../../src/lib/decision/survey-display';
import type { SurveyEvidence } from '../../src/lib/decision/survey-evidence';
import type { Change, IndicatorEvidence, IndicatorPoint, Verdict } from '../../src/lib/decision/types';
import type { SurveyChange } from '../../src/lib/stats/proportion-did';
import type { PromiseRow } from '../../src/lib/shape/promise-bands';

const ch = (ratio: number, low: number, high: number): Change => ({ ratio, low, high, p: Number.NaN, significant: low > 1 || high < 1 });
const NEIGHBOURS = 'the neighbouring municipalities (same county)';

beforeEach(() => setLocale('en'));
afterEach(() => setLocale('sv'));

describe('crime sentences in English', () => {
  it('writes changes and intervals as English does', () => {
    expect(signedPct(0.95)).toBe('−5%');
    expect(signedPct(0.998)).toBe('0%');
    expect(signedText(0.82, 0.7, 1.05)).toBe('−18% (95% CI −30 to +5%)');
    expect(signedText(0.988, 0.98, 0.996, 1)).toBe('−1.2% (95% CI −2.0 to −0.4%)');
  });

  it.each<{ verdict: Verdict; basis: Change | null; group: string | null; expected: string }>([
    { verdict: 'improved', basis: ch(0.8, 0.7, 0.9), group: NEIGHBOURS, expected: `Clear improvement compared with ${NEIGHBOURS}: −20% (95% CI −30 to −10%).` },
    { verdict: 'worsened', basis: ch(1.25, 1.11, 1.43), group: null, expected: 'Clear deterioration compared with the years before: +25% (95% CI +11 to +43%).' },
    {
      verdict: 'cannot-tell',
      basis: ch(0.9, 0.75, 1.08),
      group: 'Sweden as a whole',
      expected: 'Cannot tell compared with Sweden as a whole: −10% (95% CI −25 to +8%), within the usual variation between years.',
    },
    { verdict: 'too-few', basis: null, group: null, expected: 'Too few crimes: fewer than 10 reported crimes before or during the promise, so nothing can be decided.' },
    { verdict: 'activity', basis: ch(1.5, 1.2, 1.9), group: null, expected: 'Mainly shows the police’s own work and is reported as activity, not as an outcome.' },
  ])('main sentence: $verdict', ({ verdict, basis, group, expected }) => {
    expect(mainSentence(verdict, basis, group)).toBe(expected);
  });

  it('says what the data could detect, the group, the trends and the other baselines', () => {
    expect(detectableSentence({ decrease: 0.2204, increase: 0.2196 }, null)).toBe(
      'With these counts and the variation there is between years, only changes larger than ±22% can be detected (with 80% probability).',
    );
    expect(detectableSentence({ decrease: 0.18, increase: 0.24 }, NEIGHBOURS)).toBe(
      `With these counts and the variation there is between years, only changes relative to ${NEIGHBOURS} larger than −18% or +24% can be detected (with 80% probability).`,
    );
    expect(groupSentence('Mariestad', 'the county', ch(0.9, 0.8, 1.01), null)).toBe(
      'Change since the years before: in Mariestad −10% (95% CI −20 to +1%), for the county the change cannot be calculated.',
    );
    expect(groupSentence('Mariestad', 'Sweden as a whole', ch(0.9, 0.8, 1.01), ch(0.97, 0.96, 0.98))).toBe(
      'Change since the years before: in Mariestad −10% (95% CI −20 to +1%), in Sweden as a whole −3% (95% CI −4 to −2%).',
    );
    expect(trendSentence(2010, 2018, ch(0.97, 0.95, 0.99))).toBe('Long term 2010–2018: clear decrease, −3.0% per year (95% CI −5.0 to −1.0%).');
    expect(trendSentence(2010, 2018, ch(1.01, 0.99, 1.03))).toBe('Long term 2010–2018: no clear trend, +1.0% per year (95% CI −1.0 to +3.0%).');
    expect(preTrendSentence('Mariestad', 'Sweden as a whole', 2010, 2016, ch(1.012, 0.99, 1.035))).toBe(
      'Before the promise (2010–2016), Mariestad changed relative to Sweden as a whole by +1.2% per year (95% CI −1.0 to +3.5%): no clear difference in trend before the promise.',
    );
    expect(preTrendSentence('Mariestad', 'the county', 2010, 2016, ch(0.95, 0.92, 0.98))).toContain('a clear difference in trend already before the promise, so the comparison during the promise is less certain');
    expect(sensitivitySentence('cannot-tell', [{ from: 2016, to: 2017, verdict: 'cannot-tell' }, { from: 2013, to: 2017, verdict: 'improved' }])).toBe(
      'With other baselines (2016–2017: same assessment; 2013–2017: clear improvement) the assessment changes, so it is sensitive to the choice of years.',
    );
    expect(sensitivitySentence('improved', [{ from: 2016, to: 2017, verdict: 'improved' }])).toBe('With other baselines (2016–2017: same assessment) the assessment holds.');
  });

  it('ranks with English ordinals and genitives', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
    expect(rankSentence('Mariestad', { rank: 2, of: 9, areas: [] })).toBe(
      'The same assessment for each of 9 municipalities: Mariestad’s development relative to the others is the 2nd most favourable of 9. With 9 municipalities, one always comes first, even without a promise.',
    );
    expect(rankSentence('Borås', { rank: 1, of: 5, areas: [] })).toContain('Borås’ development');
  });

  it('names the role and the warnings', () => {
    const own: IndicatorPoint[] = [2012, 2013, 2014, 2015, 2016, 2017, 2018].map((year) => ({ year, count: 3, population: 24000, preliminary: year === 2018, example: true }));
    const e = indicatorEvidence({ categoryId: 'narkotikabrott', name: 'Narkotikabrott', role: 'activity', municipality: 'Mariestad', own, group: null, baseline: [2015, 2017], period: [2018, 2018], dispersionYears: [2012, 2017] });
    expect(roleLabel(e)).toBe('Activity, not outcome');
    const text = Object.fromEntries(e.warnings.map((w) => [w.kind, w.text]));
    expect(text['small-counts']).toBe('Fewer than 10 reported crimes before or during the promise: chance plays a large part and no conclusions can be drawn.');
    expect(text['police-initiated']).toBe('Narkotikabrott is mainly detected through the police’s own work: an increase can mean more police work, not more crime. So no assessment of the outcome is given.');
    expect(text['preliminary']).toBe('Preliminary figures for 2018: they may change.');
    expect(text['example-data']).toBe('Example data: the figures are generated to demonstrate the tool; they are not real statistics.');
  });
});

describe('the summary in English', () => {
  const card = (verdict: Verdict, name: string, role: IndicatorEvidence['role'] = 'secondary') =>
    ({
      categoryId: name, name, verdict, role, example: false, warnings: [], group: { label: 'Sweden as a whole' },
      change: ch(1, 0.9, 1.1), relative: verdict === 'worsened' ? { ...ch(1.2, 1.1, 1.3), se: 0, p: 0, df: 5, excludesOne: true } : { ...ch(0.8, 0.7, 0.9), se: 0, p: 0, df: 5, excludesOne: true },
      assessment: { detectable: { decrease: 0.2, increase: 0.25 } },
    }) as unknown as IndicatorEvidence;

  it('for, against and cannot tell, the same as in Swedish; the decision stays with the room', () => {
    const s = decisionSummary([card('improved', 'Skadegörelse', 'primary'), card('worsened', 'Stöld'), card('cannot-tell', 'Misshandel'), card('too-few', 'Rån'), card('activity', 'Narkotikabrott', 'activity')], []);
    expect(s.forPromise).toEqual(['Skadegörelse (primary measure): clear improvement compared with Sweden as a whole −20% (95% CI −30 to −10%).']);
    expect(s.against).toEqual(['Stöld: clear deterioration compared with Sweden as a whole +20% (95% CI +10 to +30%).']);
    expect(s.cannotTell).toEqual([
      'Misshandel: cannot tell. With these counts, only changes larger than −20% or +25% can be seen.',
      'Rån: too few crimes to tell.',
      'Narkotikabrott is reported as police activity, not as an outcome.',
    ]);
    expect(s.closing).toBe('The primary measure, Skadegörelse, shows a clear improvement. This is consistent with the promise having helped, but does not prove the cause. The decision about the promise is yours.');
    expect(decisionSummary([card('cannot-tell', 'Stöld'), card('worsened', 'Rån')], []).closing).toBe('The evidence shows clear deteriorations but no clear improvements. The decision about the promise is yours.');
    expect(decisionSummary([], []).closing).toBe('The evidence cannot tell whether crime has changed. The decision about the promise is yours.');
  });

  it('says what was delivered apart from what it did, counting in English', () => {
    expect(deliveryText([{ actorLabel: 'Police', total: 1234, uncounted: 1 }, { actorLabel: 'Municipality', total: 1, uncounted: 0 }, { actorLabel: 'Cooperation', total: 0, uncounted: 3 }])).toBe(
      'Carried out according to the activity log: Police: 1,234 occasions and 1 intervention without a stated number, Municipality: 1 occasion, Cooperation: 3 interventions without a stated number. This says what was done, not what effect it had.',
    );
    expect(deliveryText([])).toBe('The activity log shows no interventions carried out during the promise.');
  });
});

describe('comparison groups, baseline notice and the stand-in promise in English', () => {
  const areas = [
    { kommunkod: '1493', name: 'Mariestad', kind: 'kommun', region: 'Västra Götalands län', kommungrupp: 'B5' },
    { kommunkod: '1447', name: 'Gullspång', kind: 'kommun', region: 'Västra Götalands län', kommungrupp: 'B7' },
    { kommunkod: '1473', name: 'Töreboda', kind: 'kommun', region: 'Västra Götalands län', kommungrupp: 'B5' },
    { kommunkod: '2582', name: 'Boden', kind: 'kommun', region: 'Norrbottens län', kommungrupp: 'B5' },
  ];

  it('names each group', () => {
    const grannar = comparisonGroup(areas, '1493', 'grannar', []);
    expect(grannar.label).toBe(NEIGHBOURS);
    expect(grannar.description).toBe('the neighbouring municipalities (same county) together (Gullspång, Töreboda)');
    const alone = comparisonGroup(areas, '2582', 'grannar', []);
    expect(alone.label).toBe('the other municipalities in the data');
    expect(alone.description).toBe('the other municipalities in the data together (Mariestad, Gullspång, Töreboda); no neighbouring municipalities in Norrbottens län are in the data');
    expect(comparisonGroup(areas, '1493', 'kommungrupp', []).description).toBe('the municipalities in SKR’s municipality group B5 that are in the data (Töreboda, Boden)');
    expect(comparisonGroup(areas, '1493', 'riket', []).label).toBe('Sweden as a whole');
    expect(comparisonGroup(areas, '1493', 'valda', []).description).toBe('no municipalities chosen: choose municipalities under “Compare with”');
  });

  it('says why a baseline was not used, and what a stand-in promise is', () => {
    const promise = provisionalPromise('2582', 'Boden', 2023);
    expect(promise.title).toBe('Current picture, Boden 2023 (no citizen promise in the data)');
    expect(promise.text).toBe(
      'There is no citizen promise for Boden in the data. The evidence compares 2023 with the three years before, for the crimes that concern young people; none of the measures is chosen as the primary measure.',
    );
    const p: PromiseRow = { ...promise, year_from: 2018, year_to: 2018 };
    expect(periodsFor(p, [2017, 2019], 2010, 2023)?.notice).toBe('The baseline 2017–2019 must lie before the promise; showing 2015–2017.');
  });

  it('cuts out the Swedish data to mark them, only in the English UI', () => {
    expect(dataParts('Stöld och snatteri (primary measure): cannot tell.', ['Stöld och snatteri'])).toEqual([
      { text: 'Stöld och snatteri', sv: true },
      { text: ' (primary measure): cannot tell.', sv: false },
    ]);
    expect(dataParts('Survey: Trygg (unga 16–24 år): cannot tell.', ['Trygg', 'Trygg (unga 16–24 år)'])).toEqual([
      { text: 'Survey: ', sv: false },
      { text: 'Trygg (unga 16–24 år)', sv: true },
      { text: ': cannot tell.', sv: false },
    ]);
    setLocale('sv');
    expect(dataParts('Stöld och snatteri: går inte att avgöra.', ['Stöld och snatteri'])).toEqual([{ text: 'Stöld och snatteri: går inte att avgöra.', sv: false }]);
  });
});

describe('survey lines in English', () => {
  const pair = { before: { year: 2015, value: 0.7062 }, after: { year: 2019, value: 0.6274 } };
  const odds = (ratio: number, low: number, high: number) => ({ ratio, low, high, p: 0.2, se: 0.1, df: 10 });
  const change = (verdict: SurveyChange['verdict'], relative: boolean): SurveyChange => ({
    verdict, basis: relative ? 'relative' : 'own', own: odds(0.7, 0.52, 0.94), group: null, relative: relative ? odds(0.81, 0.55, 1.19) : null, detectable: null, phi: 1, level: 0.95,
  });

  it('writes shares, moves and odds ratios', () => {
    expect(formatShare(0.6274)).toBe('62.7%');
    expect(surveyMainSentence('cannot-tell', change('cannot-tell', true), pair, NEIGHBOURS)).toBe(
      `Cannot tell compared with ${NEIGHBOURS}: the share fell from 70.6% (2015) to 62.7% (2019), within the usual variation between surveys (ratio of the odds ratios: 0.81, 95% CI 0.55–1.19).`,
    );
    expect(surveyMainSentence('worsened', change('worsened', false), pair, null)).toBe(
      'Clear deterioration compared with the survey before: the share fell from 70.6% (2015) to 62.7% (2019) (odds ratio: 0.70, 95% CI 0.52–0.94).',
    );
    expect(surveyMainSentence('too-few', null, pair, null)).toBe(
      'Too few answers: fewer than 30 respondents (counting the design effect) or fewer than 5 in some answer option, so nothing can be decided.',
    );
    expect(holmSentence('Clear deterioration compared with the survey before: the share fell.')).toBe(
      'Cannot tell when several survey questions are tested together (Holm-corrected): compared with the survey before: the share fell.',
    );
  });

  it('says what could be detected, how the group moved and how much the surveys vary', () => {
    expect(surveyDetectableSentence({ decrease: 0.061, increase: 0.058 }, null)).toBe(
      'With these numbers of answers and the variation there is between surveys, only changes larger than −6.1 or +5.8 percentage points can be detected (with 80% probability).',
    );
    expect(surveyGroupSentence('Mariestad', NEIGHBOURS, pair, { before: { year: 2015, value: 0.7 }, after: { year: 2019, value: 0.712 } })).toBe(
      `The share in Mariestad: from 70.6% (2015) to 62.7% (2019); in ${NEIGHBOURS}: from 70.0% (2015) to 71.2% (2019).`,
    );
    expect(dispersionSentence(2.34, 12)).toBe('The shares vary between surveys 2.3 times more than sampling explains (estimated with 12 degrees of freedom); the intervals and the assessment take this into account.');
    expect(dispersionSentence(1, 4)).toBe('The shares vary no more between surveys than sampling explains (estimated with 4 degrees of freedom).');
    expect(dispersionSentence(1, 0)).toContain('could not be estimated (too few repeated surveys), so only the sampling error is counted: the assessment may be too certain.');
  });

  it('names verdicts, intervals and findings', () => {
    const ev = (verdict: SurveyEvidence['verdict'], example = false) => ({ label: 'Känner sig trygg (unga 16–24 år)', verdict, example, kind: 'proportion' }) as unknown as SurveyEvidence;
    expect(surveyVerdictWord(ev('cannot-tell'))).toBe('Cannot tell');
    expect(surveyVerdictWord(ev('too-few'))).toBe('Too few answers');
    expect(surveyFindingLine(ev('improved'))).toBe('Survey: Känner sig trygg (unga 16–24 år): clear improvement.');
    const shown = { year: 2019, value: 0.6274, low: 0.584, high: 0.67, interval: 'wilson' as const, respondents: 466, deff: 1.4 };
    expect(intervalText(ev('cannot-tell'), shown)).toBe('95% CI 58.4%–67.0% (Wilson, design effect 1.4)');
    expect(intervalText({ kind: 'index' } as SurveyEvidence, { ...shown, value: 61.9, low: 59.8, high: 64, interval: 'publicerat' })).toBe('published interval 59.8–64.0');
    const s = withSurveyFindings({ forPromise: [], against: [], cannotTell: [], delivery: '', closing: '' }, [ev('too-few', true)]);
    expect(s.cannotTell).toEqual([
      'Survey: Känner sig trygg (unga 16–24 år): too few answers to tell.',
      'The survey answers here are example data: load real surveys (Data) before any decision is taken.',
    ]);
  });
});
