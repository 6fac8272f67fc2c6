import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOTE, exportNotes, placeText } from '../../../src/lib/export/context';
import { stackTable } from '../../../src/lib/shape/tables';

describe('exportNotes', () => {
  it('says where, when, what, the symbols, the source and example data, each a sentence', () => {
    expect(
      exportNotes({ place: 'Mariestad', period: '2013–2018', measure: 'anmälda brott per 100 000 invånare', source: 'BRÅ (anmälda brott)', subtitle: 'Brott som upptäcks genom polisens eget arbete', symbols: ['▲ på tidsaxeln: år med registrerade insatser (2017, 2018)'], example: true }),
    ).toEqual([
      'Mariestad, 2013–2018: anmälda brott per 100 000 invånare.',
      'Brott som upptäcks genom polisens eget arbete.',
      '▲ på tidsaxeln: år med registrerade insatser (2017, 2018).',
      'Källa: BRÅ (anmälda brott).',
      EXAMPLE_NOTE,
    ]);
  });
  it('leaves out what is empty and does not double a full stop', () => {
    expect(exportNotes({ place: 'Mariestad', period: '2018', measure: '', source: 'polisen.se.', example: false })).toEqual(['Mariestad, 2018.', 'Källa: polisen.se.']);
  });
});

describe('placeText', () => {
  it.each([
    { main: 'Mariestad', others: [], expected: 'Mariestad' },
    { main: 'Mariestad', others: ['Riket'], expected: 'Mariestad jämfört med Riket' },
    { main: 'Mariestad', others: ['Riket', 'Töreboda', 'Skövde'], expected: 'Mariestad jämfört med Riket, Töreboda och Skövde' },
  ])('$expected', ({ main, others, expected }) => {
    expect(placeText(main, others)).toBe(expected);
  });
});

describe('stackTable units', () => {
  it('puts the unit into the export headers, not into the table on screen', () => {
    const t = stackTable([{ x: '2018', values: { polis: 3 } }], [{ id: 'polis', label: 'Polisen' }], 'År', String, 'antal tillfällen');
    expect(t.columns.map((c) => c.label)).toEqual(['År', 'Polisen', 'Totalt']);
    expect(t.raw?.columns.map((c) => c.label)).toEqual(['År', 'Polisen (antal tillfällen)', 'Totalt (antal tillfällen)']);
  });
});
