/** Series styles: a colour and a dash by place, and the same object back for the same series in the same place. */
import { describe, expect, it } from 'vitest';
import { seriesStyle, withSeriesStyles } from '../../src/lib/shape/palette';

describe('withSeriesStyles', () => {
  it('gives each series the colour and dash of its place, the first blue and solid', () => {
    const [a, b] = withSeriesStyles([{ id: 'a' }, { id: 'b' }]);
    expect(a).toEqual({ id: 'a', colour: '#0b5394', dash: '' });
    expect(b).toEqual({ id: 'b', colour: '#b45309', dash: '6 3' });
  });

  it('returns the same object for a series kept in its place, a new one when it moves', () => {
    const mariestad = { id: '1493' };
    const riket = { id: '00' };
    const first = withSeriesStyles([mariestad, riket]);
    const again = withSeriesStyles([mariestad, riket, { id: '1494' }]);
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    const moved = withSeriesStyles([riket, mariestad]);
    expect(moved[0]).not.toBe(first[1]);
    expect(moved[0]).toEqual({ id: '00', ...seriesStyle(0) });
    expect(moved[1]).toEqual({ id: '1493', colour: '#b45309', dash: '6 3' });
  });
});
