import { describe, expect, it } from 'vitest';
import { activityNoun, countedActivity, countWords, inflect, joinList, numberWord } from '../../src/lib/format/words';

describe('numberWord', () => {
  it.each([
    { n: 0, gender: 'utrum', expected: 'noll' },
    { n: 1, gender: 'utrum', expected: 'en' },
    { n: 1, gender: 'neutrum', expected: 'ett' },
    { n: 6, gender: 'utrum', expected: 'sex' },
    { n: 13, gender: 'neutrum', expected: 'tretton' },
    { n: 18, gender: 'utrum', expected: 'arton' },
    { n: 20, gender: 'utrum', expected: 'tjugo' },
    { n: 21, gender: 'utrum', expected: 'tjugoen' },
    { n: 21, gender: 'neutrum', expected: 'tjugoett' },
    { n: 37, gender: 'neutrum', expected: 'trettiosju' },
    { n: 40, gender: 'utrum', expected: 'fyrtio' },
    { n: 99, gender: 'utrum', expected: 'nittionio' },
    { n: 100, gender: 'utrum', expected: 'etthundra' },
    { n: 101, gender: 'neutrum', expected: 'etthundraett' },
    { n: 215, gender: 'utrum', expected: 'tvåhundrafemton' },
    { n: 999, gender: 'utrum', expected: 'niohundranittionio' },
    { n: 1000, gender: 'utrum', expected: 'ettusen' },
    { n: 2021, gender: 'utrum', expected: 'tvåtusentjugoen' },
    { n: 1_000_000, gender: 'utrum', expected: '1000000' },
    { n: 2.5, gender: 'utrum', expected: '2.5' },
  ] as const)('$n ($gender) → $expected', ({ n, gender, expected }) => {
    expect(numberWord(n, gender)).toBe(expected);
  });
});

describe('counts as the follow-up writes them', () => {
  it.each([
    { f: () => countWords(6, 'utrum', true), expected: 'Sex (6)' },
    { f: () => countWords(37, 'neutrum'), expected: 'trettiosju (37)' },
    { f: () => countedActivity(6, 'riktad insats'), expected: 'Sex (6) riktade insatser' },
    { f: () => countedActivity(37, 'trygghetsskapande besök'), expected: 'Trettiosju (37) trygghetsskapande besök' },
    { f: () => countedActivity(13, 'informationsmöte'), expected: 'Tretton (13) informationsmöten' },
    { f: () => countedActivity(1, 'riktad insats'), expected: 'En (1) riktad insats' },
    { f: () => countedActivity(1, 'informationsmöte'), expected: 'Ett (1) informationsmöte' },
    { f: () => countedActivity(21, 'drogtest', false), expected: 'tjugoett (21) drogtester' },
    { f: () => countedActivity(9, 'anmälan narkotikabrott'), expected: 'Nio (9) personer anmälda för narkotikabrott' },
  ])('$expected', ({ f, expected }) => {
    expect(f()).toBe(expected);
  });
});

describe('plural of the activity types', () => {
  it.each([
    { type: 'riktad insats', n: 2, expected: 'riktade insatser' },
    { type: 'informationsmöte', n: 2, expected: 'informationsmöten' },
    { type: 'trygghetsskapande besök', n: 2, expected: 'trygghetsskapande besök' },
    { type: 'drogtest', n: 2, expected: 'drogtester' },
    { type: 'föräldramöte', n: 2, expected: 'föräldramöten' },
    { type: 'bekymringssamtal', n: 2, expected: 'bekymringssamtal' },
    { type: 'skolinsats', n: 2, expected: 'skolinsatser' },
    { type: 'samverkansmöte', n: 2, expected: 'samverkansmöten' },
    { type: 'utbildning', n: 2, expected: 'utbildningar' },
    { type: 'utbildning', n: 1, expected: 'utbildning' },
    { type: 'skolinsats', n: 1, expected: 'skolinsats' },
    { type: 'okänd typ', n: 3, expected: 'tillfällen med okänd typ' },
  ])('$n $type → $expected', ({ type, n, expected }) => {
    expect(inflect(activityNoun(type), n)).toBe(expected);
  });
});

describe('joinList', () => {
  it.each([
    { items: [], expected: '' },
    { items: ['a'], expected: 'a' },
    { items: ['a', 'b'], expected: 'a och b' },
    { items: ['skolor', 'resecentrum', 'Elvärket'], expected: 'skolor, resecentrum och Elvärket' },
  ])('$expected', ({ items, expected }) => {
    expect(joinList(items)).toBe(expected);
  });
  it('takes another conjunction', () => {
    expect(joinList(['a', 'b', 'c'], 'eller')).toBe('a, b eller c');
  });
});
