import { describe, expect, it } from 'vitest';
import { parseStoredProposals } from '../../../src/lib/report/proposal.svelte';

describe('stored proposals', () => {
  it.each([
    { text: null, expected: {} },
    { text: '', expected: {} },
    { text: 'not json', expected: {} },
    { text: '[1,2]', expected: {} },
    { text: '"att"', expected: {} },
    { text: '{"mariestad-2018|2018":"att öppna.","x":3}', expected: { 'mariestad-2018|2018': 'att öppna.' } },
  ])('$text', ({ text, expected }) => {
    expect(parseStoredProposals(text)).toEqual(expected);
  });
});
