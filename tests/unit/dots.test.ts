/** A series' points drawn as one path of circles: the path data written out by hand. */
import { describe, expect, it } from 'vitest';
import { dotsPath } from '../../src/components/charts/dots';

describe('dotsPath', () => {
  it('draws each point as a circle of two half arcs from its left edge', () => {
    // Centre (10, 20), radius 3: start at x 7, arc 6 to the right, and back.
    expect(dotsPath([{ x: 10, y: 20 }], 3)).toBe('M7,20a3,3 0 1,0 6,0a3,3 0 1,0 -6,0Z');
  });

  it('puts every point in the one path, in order, rounded to hundredths of a pixel', () => {
    expect(dotsPath([{ x: 1.004, y: 2 }, { x: 50.5, y: 99.996 }], 4)).toBe('M-3,2a4,4 0 1,0 8,0a4,4 0 1,0 -8,0ZM46.5,100a4,4 0 1,0 8,0a4,4 0 1,0 -8,0Z');
  });

  it('leaves out points that have no place (NaN, Infinity) and is empty without points', () => {
    expect(dotsPath([{ x: Number.NaN, y: 1 }, { x: 2, y: Number.POSITIVE_INFINITY }], 3)).toBe('');
    expect(dotsPath([], 3)).toBe('');
  });
});
