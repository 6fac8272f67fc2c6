import { describe, expect, it } from 'vitest';
import { decreaseText, groupSentence, increaseText, mainSentence, signedText, trendSentence, verdictOf } from '../../src/lib/decision/sentences';
import { indicatorEvidence, MIN_COUNT } from '../../src/lib/decision/evidence';
import { decisionSummary } from '../../src/lib/decision/summary';
import { focusCategories, periodsFor } from '../../src/lib/decision/build';
import { rateRatio, changeIsSignificant } from '../../src/lib/stats';
import type { IndicatorPoint } from '../../src/lib/decision/types';
import type { PromiseRow } from '../../src/lib/shape/promise-bands';

const NBSP = '\u00a0';
const sig = (ratio: number, low: number, high: number) => ({ ratio, low, high, significant: changeIsSignificant(low, high) });

describe('number phrases', () => {
  it.each([
    { f: () => decreaseText(0.82, 0.69, 0.97), expected: `18 % (95 % KI 3–31 %)` },
    { f: () => increaseText(1.12, 1.03, 1.22), expected: `12 % (95 % KI 3–22 %)` },
    { f: () => signedText(0.95, 0.8, 1.12), expected: `−5 % (95 % KI −20 till +12 %)` },
    { f: () => signedText(0.988, 0.98, 0.996, 1), expected: `−1,2 % (95 % KI −2,0 till −0,4 %)` },
  ])('$expected', ({ f, expected }) => {
    expect(f().replaceAll(NBSP, ' ')).toBe(expected);
  });
});

describe('verdict and main sentence', () => {
  const counts = { baseline: 300, period: 250 };
  it.each([
    { change: sig(0.82, 0.69, 0.97), tooFew: false, verdict: 'decrease' },
    { change: sig(1.2, 1.05, 1.4), tooFew: false, verdict: 'increase' },
    { change: sig(0.9, 0.7, 1.1), tooFew: false, verdict: 'no-change' },
    { change: sig(0.2, 0.05, 0.6), tooFew: true, verdict: 'insufficient' },
  ] as const)('$verdict', ({ change, tooFew, verdict }) => {
    expect(verdictOf(change, tooFew)).toBe(verdict);
  });

  it('uses "säkerställd" and "tydligare" only when the interval excludes no change', () => {
    const none = mainSentence('no-change', sig(0.9, 0.7, 1.1), sig(0.8, 0.6, 0.95), 'grannkommunerna', counts);
    expect(none).toMatch(/^Ingen säkerställd förändring: skillnaden ryms inom slumpens variation/);
    expect(none).not.toContain('tydligare');
    const stronger = mainSentence('decrease', sig(0.82, 0.69, 0.97), sig(0.85, 0.72, 0.99), 'jämförbara kommuner', counts);
    expect(stronger.replaceAll(NBSP, ' ')).toBe('Minskat med 18 % (95 % KI 3–31 %), tydligare än i jämförbara kommuner.');
    const notStronger = mainSentence('decrease', sig(0.82, 0.69, 0.97), sig(0.95, 0.8, 1.1), 'riket', counts);
    expect(notStronger).toContain('skillnaden mot riket är inte säkerställd');
    const weaker = mainSentence('increase', sig(1.1, 1.01, 1.2), sig(0.9, 0.82, 0.98), 'riket', counts);
    expect(weaker).toMatch(/^Ökat med .*, men mindre än i riket\.$/);
    expect(mainSentence('insufficient', sig(0.5, 0.1, 2), null, null, { baseline: 4, period: 2 })).toMatch(/^För få anmälda brott/);
  });

  it('describes the group and the trend without overclaiming', () => {
    expect(groupSentence('Mariestad', 'riket', sig(0.97, 0.96, 0.98), sig(0.9, 0.7, 1.1))).toContain('Mariestad skiljer sig inte säkerställt från riket');
    expect(groupSentence('Mariestad', 'riket', sig(1.0, 0.98, 1.02), sig(0.7, 0.6, 0.85))).toContain('utvecklades säkerställt bättre');
    expect(trendSentence(2010, 2018, sig(0.99, 0.97, 1.01))).toContain('ingen säkerställd trend');
    expect(trendSentence(2010, 2018, sig(0.95, 0.93, 0.97))).toContain('säkerställd minskning');
  });
});

const series = (counts: number[], from: number, population = 24000, extra: Partial<IndicatorPoint> = {}): IndicatorPoint[] =>
  counts.map((count, i) => ({ year: from + i, count, population, preliminary: false, example: false, ...extra }));

describe('indicatorEvidence', () => {
  const base = { categoryId: 'skadegorelse', name: 'Skadegörelse', policeInitiated: false, municipality: 'Mariestad', baseline: [2015, 2017] as [number, number], period: [2018, 2018] as [number, number] };

  it('computes the change with the exact rate ratio and phrases it from the interval', () => {
    const own = series([400, 410, 390, 300], 2015);
    const e = indicatorEvidence({ ...base, own, group: null });
    const expected = rateRatio({ count: 300, population: 24000 }, { count: 1200, population: 72000 });
    expect(e.change.ratio).toBeCloseTo(expected.ratio, 12);
    expect(e.change.low).toBeCloseTo(expected.low, 12);
    expect(e.verdict).toBe(changeIsSignificant(expected.low, expected.high) ? 'decrease' : 'no-change');
    expect(e.verdict).toBe('decrease');
    expect(e.sentence).toMatch(/^Minskat med 25/);
    expect(e.warnings.map((w) => w.kind)).toEqual([]);
  });

  it('compares with the group: a fall as large as the group\'s is not called clearer', () => {
    const own = series([400, 410, 390, 300], 2015);
    const group = series([4000, 4100, 3900, 3000], 2015, 240000);
    const e = indicatorEvidence({ ...base, own, group: { label: 'grannkommunerna', points: group } });
    expect(e.relative?.ratio).toBeCloseTo(1, 9);
    expect(e.relative?.excludesOne).toBe(false);
    expect(e.sentence).toContain('skillnaden mot grannkommunerna är inte säkerställd');
  });

  it('warns about small counts, police-initiated categories, the series break, preliminary and example data', () => {
    const own = [...series([3, 5, 4], 2013), ...series([2], 2016, 24000, { preliminary: true, example: true })];
    const e = indicatorEvidence({ ...base, categoryId: 'narkotikabrott', name: 'Narkotikabrott', policeInitiated: true, own, baseline: [2013, 2015], period: [2016, 2016], group: null });
    expect(e.verdict).toBe('insufficient');
    expect(e.warnings.map((w) => w.kind)).toEqual(['small-counts', 'police-initiated', 'series-break', 'preliminary', 'example-data']);
    expect(MIN_COUNT).toBeGreaterThan(2);
  });
});

describe('decisionSummary', () => {
  const card = (verdict: 'decrease' | 'increase' | 'no-change' | 'insufficient', name: string, relative: { ratio: number; excludesOne: boolean } | null) =>
    ({
      categoryId: name, name, verdict, change: sig(verdict === 'increase' ? 1.2 : 0.8, verdict === 'increase' ? 1.1 : 0.7, verdict === 'increase' ? 1.3 : 0.9),
      relative: relative ? { ...relative, low: 0, high: 0, se: 0 } : null, group: { label: 'riket' }, warnings: [], example: false,
    }) as unknown as Parameters<typeof decisionSummary>[0][number];

  it('sorts the evidence into for and against, and leaves the decision to the room', () => {
    const s = decisionSummary(
      [card('increase', 'Narkotikabrott', null), card('decrease', 'Skadegörelse', { ratio: 0.8, excludesOne: true }), card('decrease', 'Stöld', { ratio: 0.95, excludesOne: false }), card('no-change', 'Misshandel', null)],
      [{ actorLabel: 'Polisen', total: 56, uncounted: 2 }, { actorLabel: 'Kommunen', total: 0, uncounted: 23 }],
    );
    expect(s.forContinuing.join(' ')).toContain('Narkotikabrott har ökat');
    expect(s.forContinuing.join(' ')).toContain('Skadegörelse har minskat');
    expect(s.forContinuing.join(' ')).toContain('polisen 56 tillfällen och 2 insatser utan angivet antal, kommunen 23 insatser utan angivet antal.');
    expect(s.againstOrCaution.join(' ')).toContain('Stöld har minskat, men inte säkert mer än i riket');
    expect(s.againstOrCaution.join(' ')).toContain('Misshandel: ingen säkerställd förändring');
    expect(s.closing).toContain('fattas av er');
  });
});

describe('periods and focus', () => {
  const promise: PromiseRow = { promise_id: 'm-2018', kommunkod: '1493', year_from: 2018, year_to: 2018, title: '', focus: '', focus_categories: 'skadegorelse;valdsbrott', text: '', source: '' };
  it('takes the three years before the promise unless the user chose others before it', () => {
    expect(periodsFor(promise, null, 2010, 2024)).toEqual({ baseline: [2015, 2017], period: [2018, 2018], notice: null });
    expect(periodsFor(promise, [2012, 2014], 2010, 2024)?.baseline).toEqual([2012, 2014]);
    const bad = periodsFor(promise, [2016, 2019], 2010, 2024);
    expect(bad?.baseline).toEqual([2015, 2017]);
    expect(bad?.notice).toContain('före löftet');
    expect(periodsFor({ ...promise, year_from: 2030, year_to: 2030 }, null, 2010, 2024)).toBeNull();
  });
  it('uses the youth-relevant categories and any the promise names', () => {
    const cats = [
      { category_id: 'totalt', name: 'T', youth_relevant: false, police_initiated: false },
      { category_id: 'valdsbrott', name: 'V', youth_relevant: false, police_initiated: false },
      { category_id: 'skadegorelse', name: 'S', youth_relevant: true, police_initiated: false },
      { category_id: 'narkotikabrott', name: 'N', youth_relevant: true, police_initiated: true },
    ];
    expect(focusCategories(cats, promise).map((c) => c.category_id)).toEqual(['valdsbrott', 'skadegorelse', 'narkotikabrott']);
  });
});
