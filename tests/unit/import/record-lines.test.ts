import { describe, expect, it } from 'vitest';
import { recordStartLines } from '../../../src/lib/import/sniff';

describe('recordStartLines: the file line each record starts on', () => {
  it.each([
    ['a;b\n1;2\n3;4', [1, 2, 3]],
    ['a;b\n1;2\n3;4\n', [1, 2, 3]],
    ['a;b\n"x\ny";2\n3;4', [1, 2, 4]],
    ['a;b\n"x\n\ny";2\n"p""q\nr";4\n5;6', [1, 2, 5, 7]],
    ['', [1]],
  ])('%j', (text, expected) => {
    expect(recordStartLines(text)).toEqual(expected);
  });
});
