import { describe, expect, it } from 'vitest';
import { stackSegments, stackTotals, type Segment } from '../../src/lib/shape/stack';
import type { StackDatum } from '../../src/lib/shape/tables';

const keys = [{ id: 'polis' }, { id: 'kommun' }];

describe('stackSegments', () => {
  it.each<{ name: string; data: StackDatum[]; expected: Segment[] }>([
    { name: 'stacks in key order', data: [{ x: '2018', values: { polis: 2, kommun: 3 } }], expected: [
      { key: 'polis', x: '2018', from: 0, to: 2, keyIndex: 0 },
      { key: 'kommun', x: '2018', from: 2, to: 5, keyIndex: 1 },
    ] },
    { name: 'leaves out empty and missing values', data: [{ x: '2019', values: { polis: 0 } }, { x: '2020', values: { kommun: 4 } }], expected: [
      { key: 'kommun', x: '2020', from: 0, to: 4, keyIndex: 1 },
    ] },
    { name: 'no bars', data: [], expected: [] },
  ])('$name', ({ data, expected }) => {
    expect(stackSegments(data, keys)).toEqual(expected);
  });
});

describe('stackTotals', () => {
  it.each<{ data: StackDatum[]; expected: number[] }>([
    { data: [{ x: 'a', values: { polis: 2, kommun: 3 } }, { x: 'b', values: {} }], expected: [5, 0] },
    { data: [{ x: 'a', values: { polis: 1, okänd: 9 } }], expected: [1] },
  ])('$expected', ({ data, expected }) => {
    expect(stackTotals(data, keys)).toEqual(expected);
  });
});
