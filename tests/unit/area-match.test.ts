import { describe, expect, it } from 'vitest';
import { matchAreaToVenues, normaliseName } from '../../src/lib/shape/area-match';

const VENUES = [
  { venue_id: 'resecentrum', name: 'Resecentrum', kommunkod: '1493' },
  { venue_id: 'elvarket', name: 'Elvärket', kommunkod: '1493' },
  { venue_id: 'skolor', name: 'Skolor (skolans miljö)', kommunkod: '1493' },
  { venue_id: 'torget', name: 'Torget', kommunkod: '1494' },
  { venue_id: 'park', name: 'Park', kommunkod: '1493' },
];

describe('normaliseName', () => {
  it.each([
    ['Elvärket', 'elvarket'],
    ['Område norr (exempel)', 'omrade norr'],
    ['  Öster–Väster, centrum ', 'oster vaster centrum'],
    ['Skolor (skolans miljö)', 'skolor'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });
});

describe('matchAreaToVenues', () => {
  it.each([
    { area: 'Resecentrum', expected: ['resecentrum'] },
    { area: 'ELVÄRKET (exempel)', expected: ['elvarket'] },
    { area: 'elvarket', expected: ['elvarket'] },
    { area: 'Området kring resecentrum', expected: ['resecentrum'] },
    { area: 'Skolor', expected: ['skolor'] },
    // Another municipality's venue is never matched.
    { area: 'Torget', expected: [] },
    // Part of a word is not a match ("Resecentrumgatan"), nor a name shorter than 4 letters.
    { area: 'Resecentrumgatan', expected: [] },
    { area: 'Parkområdet', expected: [] },
    { area: 'Område norr (exempel)', expected: [] },
    { area: '', expected: [] },
  ])('$area → $expected', ({ area, expected }) => {
    expect(matchAreaToVenues(area, '1493', VENUES)).toEqual(expected);
  });

  it('lists equal names before contained ones', () => {
    const venues = [...VENUES, { venue_id: 'resecentrum-norra', name: 'Resecentrum norra', kommunkod: '1493' }];
    expect(matchAreaToVenues('Resecentrum', '1493', venues)).toEqual(['resecentrum', 'resecentrum-norra']);
  });
});
