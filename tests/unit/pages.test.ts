import { describe, expect, it } from 'vitest';
import { pageInfo, pageOf } from '../../src/lib/shape/pages';

describe('pageInfo', () => {
  it.each([
    { offset: 0, total: 0, expected: { offset: 0, first: 0, last: 0, hasPrevious: false, hasNext: false } },
    { offset: 0, total: 366, expected: { offset: 0, first: 1, last: 100, hasPrevious: false, hasNext: true } },
    { offset: 100, total: 366, expected: { offset: 100, first: 101, last: 200, hasPrevious: true, hasNext: true } },
    { offset: 300, total: 366, expected: { offset: 300, first: 301, last: 366, hasPrevious: true, hasNext: false } },
    // Past the end (the filter shrank): the last page; between pages: the page it falls in.
    { offset: 900, total: 366, expected: { offset: 300, first: 301, last: 366, hasPrevious: true, hasNext: false } },
    { offset: 150, total: 366, expected: { offset: 100, first: 101, last: 200, hasPrevious: true, hasNext: true } },
    { offset: -5, total: 50, expected: { offset: 0, first: 1, last: 50, hasPrevious: false, hasNext: false } },
    { offset: 100, total: 200, expected: { offset: 100, first: 101, last: 200, hasPrevious: true, hasNext: false } },
  ])('offset $offset of $total', ({ offset, total, expected }) => {
    expect(pageInfo(offset, total, 100)).toMatchObject({ ...expected, total, limit: 100 });
  });
});

describe('pageOf', () => {
  const rows = Array.from({ length: 132 }, (_, i) => ({ n: String(i + 1) }));
  it('gives the rows of the page and no others', () => {
    expect(pageOf(rows, pageInfo(0, 132, 100)).map((r) => r.n)).toEqual(Array.from({ length: 100 }, (_, i) => String(i + 1)));
    expect(pageOf(rows, pageInfo(100, 132, 100)).map((r) => r.n)).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 101)));
    expect(pageOf([], pageInfo(0, 0, 100))).toEqual([]);
  });
});
