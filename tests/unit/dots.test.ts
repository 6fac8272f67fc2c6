/** Lines and points in data units, placed by one transform: the path data and the matrix worked out by hand. */
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { dataTransform, dotsPath } from '../../src/components/charts/dots';

describe('dotsPath', () => {
  it('draws each point as a zero-length segment at its value, in order', () => {
    expect(dotsPath([{ x: 2018, y: 120.5 }, { x: 2019, y: 0 }])).toBe('M2018,120.5h0M2019,0h0');
  });

  it('leaves out points that have no place (NaN, Infinity) and is empty without points', () => {
    expect(dotsPath([{ x: Number.NaN, y: 1 }, { x: 2, y: Number.POSITIVE_INFINITY }])).toBe('');
    expect(dotsPath([])).toBe('');
  });
});

describe('dataTransform', () => {
  it('maps years and values to pixels as the two scales do', () => {
    // Years 2010–2020 over 64–624 px: 56 px a year, year 0 at 64 − 2010·56 = −112 496.
    // Values 0–200 over 264–16 px (up): −1.24 px a unit, 0 at 264.
    const x = scaleLinear().domain([2010, 2020]).range([64, 624]);
    const y = scaleLinear().domain([0, 200]).range([264, 16]);
    const m = /^matrix\((\S+) 0 0 (\S+) (\S+) (\S+)\)$/.exec(dataTransform(x, y));
    expect(m).not.toBeNull();
    const [a, d, e, f] = (m ?? []).slice(1).map(Number) as [number, number, number, number];
    expect(a).toBeCloseTo(56, 9);
    expect(d).toBeCloseTo(-1.24, 9);
    expect(e).toBeCloseTo(-112496, 6);
    expect(f).toBeCloseTo(264, 9);
    expect(a * 2015 + e).toBeCloseTo(x(2015), 6);
    expect(d * 150 + f).toBeCloseTo(y(150), 6);
  });
});
