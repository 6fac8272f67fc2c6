/** The Swedish copy slips found in review: each sentence builder, with the words a reader sees. */
import { describe, expect, it } from 'vitest';
import { deliveredPhrase, describeChange } from '../../../src/lib/format/sentences';
import { agreeingParticiple, countPhrase } from '../../../src/lib/format/words';
import { actorItems } from '../../../src/lib/report/items';
import { groupSentence, mainSentence, signedText, trendSentence } from '../../../src/lib/decision/sentences';
import type { ReportActivityRow } from '../../../src/lib/report/queries';

const row = (p: Partial<ReportActivityRow>): ReportActivityRow => ({ activity_id: 'a1', actor: 'polis', activity_type: 'trygghetsskapande besök', venue_id: null, venue: null, target_group: null, count: null, description: null, example: false, ...p });

describe('what was delivered ("och2 insatser")', () => {
  it.each([
    { total: 56, uncounted: 2, expected: '56 genomförda tillfällen och 2 insatser utan angivet antal' },
    { total: 1, uncounted: 1, expected: '1 genomfört tillfälle och 1 insats utan angivet antal' },
    { total: 0, uncounted: 3, expected: '3 insatser utan angivet antal' },
    { total: 1234, uncounted: 0, expected: '1\u00a0234 genomförda tillfällen' },
  ])('$total, $uncounted → $expected', ({ total, uncounted, expected }) => {
    expect(deliveredPhrase(total, uncounted)).toBe(expected);
  });
});

describe('agreement ("1 valda platser", "Ett (1) besök … riktade")', () => {
  it.each([
    { n: 1, expected: '1 vald plats' },
    { n: 3, expected: '3 valda platser' },
  ])('countPhrase $n', ({ n, expected }) => {
    expect(countPhrase(n, 'vald plats', 'valda platser')).toBe(expected);
  });
  it.each([
    { n: 1, gender: 'utrum' as const, expected: 'riktad' },
    { n: 1, gender: 'neutrum' as const, expected: 'riktat' },
    { n: 2, gender: 'neutrum' as const, expected: 'riktade' },
  ])('participle $n $gender', ({ n, gender, expected }) => {
    expect(agreeingParticiple('riktad', n, gender)).toBe(expected);
  });
  it.each([
    { rows: [row({ count: 1, target_group: 'unga' })], expected: 'Ett (1) trygghetsskapande besök, riktat till unga.' },
    { rows: [row({ count: 1, activity_type: 'riktad insats', target_group: 'unga' })], expected: 'En (1) riktad insats, riktad till unga.' },
    { rows: [row({ count: 4, target_group: 'unga' })], expected: 'Fyra (4) trygghetsskapande besök, riktade till unga.' },
  ])('$expected', ({ rows, expected }) => {
    expect(actorItems(rows).map((i) => i.text)).toEqual([expected]);
  });
});

describe('no parentheses inside parentheses ("(+1 % (95 % KI …))")', () => {
  const nested = /\([^()]*\(/;
  const change = { ratio: 1.01, low: 0.9, high: 1.2, p: 0.5, significant: false };
  it.each([
    signedText(1.01, 0.9, 1.2),
    describeChange(change, 'jämfört med året före'),
    mainSentence('cannot-tell', change, 'grannkommunerna'),
    groupSentence('Mariestad', 'grannkommunerna', change, change),
    trendSentence(2010, 2016, change),
  ])('%s', (text) => {
    expect(text).not.toMatch(nested);
    expect(text).toMatch(/95 % KI/);
  });
});
