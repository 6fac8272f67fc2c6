import { describe, expect, it } from 'vitest';
import { detectableSentence, groupSentence, mainSentence, preTrendSentence, sensitivitySentence, signedPct, signedText, trendSentence } from '../../src/lib/decision/sentences';
import { baselineEndsOnPeak, indicatorEvidence, MIN_COUNT, type IndicatorInput } from '../../src/lib/decision/evidence';
import { decisionSummary, deliveryText } from '../../src/lib/decision/summary';
import { changeHidden, visibleRate } from '../../src/lib/decision/display';
import { focusCategories, periodsFor, roleOf } from '../../src/lib/decision/build';
import type { Change, IndicatorEvidence, IndicatorPoint, Verdict } from '../../src/lib/decision/types';
import type { PromiseRow } from '../../src/lib/shape/promise-bands';

const NBSP = '\u00a0';
const plain = (s: string) => s.replaceAll(NBSP, ' ');
const ch = (ratio: number, low: number, high: number): Change => ({ ratio, low, high, p: Number.NaN, significant: low > 1 || high < 1 });

describe('number phrases', () => {
  it.each([
    { f: () => signedText(0.95, 0.8, 1.12), expected: '−5 % (95 % KI −20 till +12 %)' },
    { f: () => signedText(0.988, 0.98, 0.996, 1), expected: '−1,2 % (95 % KI −2,0 till −0,4 %)' },
    { f: () => signedPct(0.998), expected: '0 %' },
    { f: () => signedPct(1.004), expected: '0 %' },
    { f: () => signedPct(0.9996, 1), expected: '0,0 %' },
    { f: () => signedPct(1.3), expected: '+30 %' },
    { f: () => detectableSentence({ decrease: 0.2204, increase: 0.2196 }, 'grannkommunerna'), expected: 'Med dessa antal och den variation som finns mellan åren kan bara förändringar jämfört med grannkommunerna större än ±22 % upptäckas (med 80 % sannolikhet).' },
    { f: () => detectableSentence({ decrease: 0.18, increase: 0.22 }, null), expected: 'Med dessa antal och den variation som finns mellan åren kan bara förändringar större än −18 % eller +22 % upptäckas (med 80 % sannolikhet).' },
  ])('$expected', ({ f, expected }) => {
    expect(plain(f())).toBe(expected);
  });
  it('never writes −0 %', () => {
    for (const r of [0.9951, 0.99999, 1.0049]) expect(signedPct(r)).not.toMatch(/[−+]0 %/);
  });
});

describe('main sentence: symmetric wording for every verdict', () => {
  it.each<{ verdict: Verdict; basis: Change | null; group: string | null; expected: string }>([
    { verdict: 'improved', basis: ch(0.8, 0.7, 0.9), group: 'grannkommunerna', expected: 'Tydlig förbättring jämfört med grannkommunerna: −20 % (95 % KI −30 till −10 %).' },
    { verdict: 'worsened', basis: ch(1.25, 1.11, 1.43), group: 'grannkommunerna', expected: 'Tydlig försämring jämfört med grannkommunerna: +25 % (95 % KI +11 till +43 %).' },
    { verdict: 'improved', basis: ch(0.8, 0.7, 0.9), group: null, expected: 'Tydlig förbättring jämfört med åren före: −20 % (95 % KI −30 till −10 %).' },
    { verdict: 'worsened', basis: ch(1.25, 1.11, 1.43), group: null, expected: 'Tydlig försämring jämfört med åren före: +25 % (95 % KI +11 till +43 %).' },
    { verdict: 'cannot-tell', basis: ch(0.9, 0.75, 1.08), group: 'riket', expected: 'Går inte att avgöra jämfört med riket: −10 % (95 % KI −25 till +8 %), inom den vanliga variationen mellan åren.' },
    { verdict: 'cannot-tell', basis: ch(1.1, 0.93, 1.3), group: 'riket', expected: 'Går inte att avgöra jämfört med riket: +10 % (95 % KI −7 till +30 %), inom den vanliga variationen mellan åren.' },
    { verdict: 'too-few', basis: ch(0.5, 0.1, 2), group: 'riket', expected: 'För få brott: färre än 10 anmälda brott före eller under löftet, så inget kan avgöras.' },
    { verdict: 'activity', basis: ch(1.5, 1.2, 1.9), group: 'riket', expected: 'Visar främst polisens eget arbete och redovisas som aktivitet, inte som utfall.' },
  ])('$verdict, group $group', ({ verdict, basis, group, expected }) => {
    expect(plain(mainSentence(verdict, basis, group))).toBe(expected);
  });

  it('describes the group and the trend without claims', () => {
    expect(plain(groupSentence('Mariestad', 'riket', ch(0.9, 0.8, 1.01), ch(0.97, 0.96, 0.98)))).toBe(
      'Förändring sedan åren före: i Mariestad −10 % (95 % KI −20 till +1 %), i riket −3 % (95 % KI −4 till −2 %).',
    );
    expect(trendSentence(2010, 2018, ch(0.99, 0.97, 1.01))).toContain('ingen tydlig trend');
    expect(trendSentence(2010, 2018, ch(0.95, 0.93, 0.97))).toContain('tydlig minskning');
    expect(trendSentence(2010, 2018, ch(1.05, 1.03, 1.07))).toContain('tydlig ökning');
    expect(plain(preTrendSentence('Mariestad', 'riket', 2010, 2016, ch(1.012, 0.99, 1.035)))).toBe(
      'Före löftet (2010–2016) förändrades Mariestad i förhållande till riket med +1,2 % per år (95 % KI −1,0 till +3,5 %): ingen tydlig skillnad i trend före löftet.',
    );
    expect(preTrendSentence('Mariestad', 'riket', 2010, 2016, ch(0.95, 0.92, 0.98))).toContain('redan före löftet en tydlig skillnad i trend');
    expect(sensitivitySentence('improved', [{ from: 2015, to: 2016, verdict: 'improved' }, { from: 2012, to: 2016, verdict: 'improved' }])).toBe(
      'Med andra jämförelseperioder (2015–2016: samma bedömning; 2012–2016: samma bedömning) står bedömningen sig.',
    );
    expect(sensitivitySentence('improved', [{ from: 2015, to: 2016, verdict: 'cannot-tell' }])).toBe(
      'Med andra jämförelseperioder (2015–2016: går inte att avgöra) ändras bedömningen, så den är känslig för valet av år.',
    );
    expect(sensitivitySentence('cannot-tell', [])).toBeNull();
  });
});

const series = (counts: number[], from: number, population = 24000, extra: Partial<IndicatorPoint> = {}): IndicatorPoint[] =>
  counts.map((count, i) => ({ year: from + i, count, population, preliminary: false, example: false, ...extra }));

describe('indicatorEvidence', () => {
  const base: Omit<IndicatorInput, 'own' | 'group'> = {
    categoryId: 'skadegorelse', name: 'Skadegörelse', role: 'primary', municipality: 'Mariestad',
    baseline: [2014, 2016], period: [2017, 2017], dispersionYears: [2010, 2016],
  };
  const flat = [400, 410, 395, 405, 398, 402, 404];

  it('calls a clear fall against a flat group an improvement, and says first what could be detected', () => {
    const e = indicatorEvidence({ ...base, own: series([...flat, 280], 2010), group: { label: 'grannkommunerna', points: series([...flat.map((c) => c * 10), 4000], 2010, 240000) } });
    expect(e.verdict).toBe('improved');
    expect(e.sentence).toMatch(/^Tydlig förbättring jämfört med grannkommunerna: −3\d/);
    expect(e.detectableSentence).toMatch(/^Med dessa antal/);
    expect(e.sensitivitySentence).toBe('Med andra jämförelseperioder (2015–2016: samma bedömning; 2012–2016: samma bedömning) står bedömningen sig.');
    expect(e.preTrendSentence).toMatch(/^Före löftet \(2010–2016\) förändrades Mariestad i förhållande till grannkommunerna med .*ingen tydlig skillnad/);
    expect(e.warnings.map((w) => w.kind)).toEqual(['series-break']);
  });

  it('does not credit the promise with a fall the whole group shares', () => {
    const e = indicatorEvidence({ ...base, own: series([...flat, 300], 2010), group: { label: 'grannkommunerna', points: series([...flat.map((c) => c * 10), 3000], 2010, 240000) } });
    expect(e.change.significant).toBe(true);
    expect(e.verdict).toBe('cannot-tell');
    expect(e.sentence).toMatch(/^Går inte att avgöra/);
  });

  it('gives police-initiated categories no outcome verdict', () => {
    const e = indicatorEvidence({ ...base, role: 'activity', categoryId: 'narkotikabrott', name: 'Narkotikabrott', own: series([...flat, 600], 2010), group: null });
    expect(e.verdict).toBe('activity');
    expect(e.detectableSentence).toBeNull();
    expect(e.warnings.map((w) => w.kind)).toContain('police-initiated');
  });

  it('with too few crimes prints no count and hides the change', () => {
    const own = [...series([3, 5, 4, 6, 5, 4, 3], 2010), ...series([2], 2017, 24000, { preliminary: true, example: true })];
    const e = indicatorEvidence({ ...base, own, group: null });
    expect(e.verdict).toBe('too-few');
    const text = [e.sentence, e.groupSentence, e.trendSentence, e.detectableSentence, ...e.warnings.map((w) => w.text)].join(' ');
    expect(text).not.toMatch(/\b2\b(?! ?%)/);
    expect(text).not.toContain('(');
    expect(e.warnings.map((w) => w.kind)).toEqual(['small-counts', 'series-break', 'preliminary', 'example-data']);
    expect(changeHidden(e)).toBe(true);
    expect(visibleRate(e.period)).toBeNull();
    expect(visibleRate(e.baseline)).not.toBeNull();
    expect(MIN_COUNT).toBe(10);
  });

  it('warns about regression to the mean when the baseline ends on the highest year before the promise', () => {
    const peak = [400, 410, 395, 405, 398, 402, 480];
    expect(baselineEndsOnPeak(series(peak, 2010), [2014, 2016], [2010, 2016])).toBe(true);
    expect(baselineEndsOnPeak(series(flat, 2010), [2014, 2016], [2010, 2016])).toBe(false);
    const e = indicatorEvidence({ ...base, own: series([...peak, 400], 2010), group: null });
    expect(e.warnings.map((w) => w.kind)).toContain('regression-to-mean');
  });
});

describe('decisionSummary is symmetric and never concludes "continue"', () => {
  const card = (verdict: Verdict, name: string, role: IndicatorEvidence['role'] = 'secondary') =>
    ({
      categoryId: name, name, verdict, role, example: false, warnings: [], group: { label: 'riket' },
      change: ch(1, 0.9, 1.1), relative: verdict === 'worsened' ? { ...ch(1.2, 1.1, 1.3), se: 0, p: 0, df: 5, excludesOne: true } : { ...ch(0.8, 0.7, 0.9), se: 0, p: 0, df: 5, excludesOne: true },
      assessment: { detectable: { decrease: 0.2, increase: 0.25 } },
    }) as unknown as IndicatorEvidence;
  const delivered = [{ actorLabel: 'Polisen', total: 56, uncounted: 2 }, { actorLabel: 'Kommunen', total: 0, uncounted: 23 }];

  it('better than the group is for, worse is against, cannot tell is neither', () => {
    const s = decisionSummary([card('improved', 'Skadegörelse', 'primary'), card('worsened', 'Stöld'), card('cannot-tell', 'Misshandel'), card('too-few', 'Rån'), card('activity', 'Narkotikabrott', 'activity')], delivered);
    expect(plain(s.forPromise.join(' '))).toBe('Skadegörelse (huvudmått): tydlig förbättring jämfört med riket −20 % (95 % KI −30 till −10 %).');
    expect(plain(s.against.join(' '))).toBe('Stöld: tydlig försämring jämfört med riket +20 % (95 % KI +10 till +30 %).');
    expect(plain(s.cannotTell.join(' '))).toContain('Misshandel: går inte att avgöra. Med dessa antal syns bara förändringar större än −20 % eller +25 %.');
    expect(s.cannotTell.join(' ')).toContain('Rån: för få brott för att avgöra.');
    expect(s.cannotTell.join(' ')).toContain('Narkotikabrott redovisas som polisens aktivitet');
    expect(s.closing).toBe('Huvudmåttet skadegörelse visar en tydlig förbättring. Det är förenligt med att löftet har gjort nytta, men bevisar inte orsaken. Beslutet om löftet fattas av er.');
  });

  it.each<{ cards: IndicatorEvidence[]; closing: RegExp }>([
    { cards: [card('worsened', 'Skadegörelse', 'primary')], closing: /^Huvudmåttet skadegörelse visar en tydlig försämring\./ },
    { cards: [card('cannot-tell', 'Skadegörelse', 'primary'), card('improved', 'Stöld')], closing: /^Underlaget kan inte avgöra om huvudmåttet skadegörelse har förändrats\./ },
    { cards: [card('too-few', 'Skadegörelse', 'primary')], closing: /^Underlaget kan inte avgöra om huvudmåttet/ },
    { cards: [card('improved', 'Stöld')], closing: /^Underlaget visar tydliga förbättringar men inga tydliga försämringar/ },
    { cards: [card('worsened', 'Stöld')], closing: /^Underlaget visar tydliga försämringar men inga tydliga förbättringar/ },
    { cards: [card('worsened', 'Stöld'), card('improved', 'Misshandel')], closing: /^Underlaget pekar åt olika håll/ },
    { cards: [card('cannot-tell', 'Stöld')], closing: /^Underlaget kan inte avgöra om brottsligheten har förändrats/ },
    { cards: [], closing: /^Underlaget kan inte avgöra/ },
  ])('closing $closing', ({ cards, closing }) => {
    const s = decisionSummary(cards, []);
    expect(s.closing).toMatch(closing);
    expect(s.closing).toMatch(/fattas av er\.$/);
    expect(s.closing).not.toMatch(/fortsätt/i);
    expect([...s.forPromise, ...s.against].join(' ')).not.toMatch(/fortsätt/i);
  });

  it('a significant increase is never listed for the promise', () => {
    const s = decisionSummary([card('worsened', 'Skadegörelse')], delivered);
    expect(s.forPromise).toEqual([]);
    expect(s.against).toHaveLength(1);
  });

  it('reports delivery apart from the outcome', () => {
    expect(deliveryText(delivered)).toBe('Genomfört enligt aktivitetsloggen: polisen 56 tillfällen och 2 insatser utan angivet antal, kommunen 23 insatser utan angivet antal. Det säger vad som gjordes, inte vilken effekt det hade.');
    expect(deliveryText([{ actorLabel: 'Polisen', total: 1, uncounted: 1 }])).toBe('Genomfört enligt aktivitetsloggen: polisen 1 tillfälle och 1 insats utan angivet antal. Det säger vad som gjordes, inte vilken effekt det hade.');
    expect(deliveryText([])).toBe('Aktivitetsloggen visar inga genomförda insatser under löftet.');
    const s = decisionSummary([], delivered);
    expect([...s.forPromise, ...s.against, ...s.cannotTell].join(' ')).not.toContain('Genomfört');
  });
});

describe('periods, focus and roles', () => {
  const p = (id: string, from: number): PromiseRow => ({ promise_id: id, kommunkod: '1493', year_from: from, year_to: from, title: '', focus: '', focus_categories: 'skadegorelse;valdsbrott', primary_category: 'skadegorelse', text: '', source: '' });
  const promises = [p('m-2017', 2017), p('m-2018', 2018)];
  it('takes the three years before the FIRST promise unless the user chose others before this one', () => {
    expect(periodsFor(promises[1]!, null, 2010, 2024, promises)).toEqual({ baseline: [2014, 2016], period: [2018, 2018], dispersion: [2010, 2016], notice: null });
    expect(periodsFor(promises[1]!, [2012, 2014], 2010, 2024, promises)?.baseline).toEqual([2012, 2014]);
    const bad = periodsFor(promises[1]!, [2016, 2019], 2010, 2024, promises);
    expect(bad?.baseline).toEqual([2014, 2016]);
    expect(bad?.notice).toContain('före löftet');
    expect(periodsFor({ ...promises[0]!, year_from: 2030, year_to: 2030 }, null, 2010, 2024)).toBeNull();
  });
  it('uses the youth-relevant categories and any the promise names; police-initiated ones are activity', () => {
    const cats = [
      { category_id: 'totalt', name: 'T', youth_relevant: false, police_initiated: false },
      { category_id: 'valdsbrott', name: 'V', youth_relevant: false, police_initiated: false },
      { category_id: 'skadegorelse', name: 'S', youth_relevant: true, police_initiated: false },
      { category_id: 'narkotikabrott', name: 'N', youth_relevant: true, police_initiated: true },
    ];
    expect(focusCategories(cats, promises[0]!).map((c) => c.category_id)).toEqual(['valdsbrott', 'skadegorelse', 'narkotikabrott']);
    expect(cats.map((c) => roleOf(c, promises[0]!))).toEqual(['secondary', 'secondary', 'primary', 'activity']);
  });
});
