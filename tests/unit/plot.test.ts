/** The plot frame's pure geometry: cursor moves, the key under the pointer, thinned ticks. */
import { describe, expect, it } from 'vitest';
import { buildScale, keyAt, moveCursor, span, tickValues, type Cursor, type CursorSpec } from '../../src/components/charts/plot';

const years: CursorSpec = { along: 'x', keys: [2018, 2019, 2020], depth: 2 };
const bars: CursorSpec = { along: 'x', keys: ['a', 'b', 'c'] };
const rows: CursorSpec = { along: 'y', keys: ['a', 'b', 'c'] };
const at = (index: number, depth = 0, spec = years): Cursor => ({ index, key: spec.keys[index] ?? 0, depth });

describe('moveCursor', () => {
  it.each<{ name: string; spec: CursorSpec; cur: Cursor | null; key: string; expected: Cursor | null | undefined }>([
    { name: 'the first → lands on the first year', spec: years, cur: null, key: 'ArrowRight', expected: at(0) },
    { name: 'the first ← lands on the first year too', spec: years, cur: null, key: 'ArrowLeft', expected: at(0) },
    { name: '→ moves on', spec: years, cur: at(1), key: 'ArrowRight', expected: at(2) },
    { name: '→ stops at the end', spec: years, cur: at(2), key: 'ArrowRight', expected: at(2) },
    { name: 'End goes to the last', spec: years, cur: null, key: 'End', expected: at(2) },
    { name: 'Home goes to the first, keeping the series', spec: years, cur: at(2, 1), key: 'Home', expected: at(0, 1) },
    { name: '↓ moves to the next series', spec: years, cur: at(1), key: 'ArrowDown', expected: at(1, 1) },
    { name: '↓ stops at the last series', spec: years, cur: at(1, 1), key: 'ArrowDown', expected: at(1, 1) },
    { name: 'Escape clears', spec: years, cur: at(1), key: 'Escape', expected: null },
    { name: 'bars without depth leave ↓ to the page', spec: bars, cur: at(1, 0, bars), key: 'ArrowDown', expected: undefined },
    { name: 'rows move with ↓', spec: rows, cur: null, key: 'ArrowDown', expected: at(0, 0, rows) },
    { name: 'rows leave → to the page', spec: rows, cur: null, key: 'ArrowRight', expected: undefined },
    { name: 'other keys are not the cursor’s', spec: years, cur: at(1), key: 'Tab', expected: undefined },
    { name: 'nothing to move over', spec: { along: 'x', keys: [] }, cur: null, key: 'End', expected: undefined },
  ])('$name', ({ spec, cur, key, expected }) => {
    expect(moveCursor(spec, cur, key)).toEqual(expected);
  });
});

describe('keyAt', () => {
  const linear = buildScale({ kind: 'linear', domain: [2017.7, 2020.3], nice: false }, [0, 260]);
  const band = buildScale({ kind: 'band', domain: ['a', 'b', 'c'], padding: 0.2 }, [0, 300]);
  it.each([
    { name: 'nearest year', scale: linear, keys: years.keys, px: 35, expected: 0 },
    { name: 'last year', scale: linear, keys: years.keys, px: 255, expected: 2 },
    { name: 'inside the second band', scale: band, keys: bars.keys, px: 150, expected: 1 },
    { name: 'outside every band', scale: band, keys: bars.keys, px: 400, expected: null },
  ])('$name', ({ scale, keys, px, expected }) => {
    expect(keyAt(scale, keys, px)).toBe(expected);
  });
});

describe('tickValues and span', () => {
  it.each([
    { name: 'all years when there is room', values: [2010, 2011, 2012, 2013], length: 400, expected: [2010, 2011, 2012, 2013] },
    { name: 'every other year when narrow', values: [2010, 2011, 2012, 2013], length: 112, expected: [2010, 2012] },
  ])('$name', ({ values, length, expected }) => {
    const scale = buildScale({ kind: 'linear', domain: [2010, 2013] }, [0, length]);
    expect(tickValues(scale, { values, spacing: 56 }, length)).toEqual(expected);
  });
  it('gives a band its extent and a point itself', () => {
    const band = buildScale({ kind: 'band', domain: ['a', 'b'], padding: 0 }, [0, 100]);
    const linear = buildScale({ kind: 'linear', domain: [0, 10], nice: false }, [0, 100]);
    expect([span(band, 'b'), span(linear, 5)]).toEqual([[50, 100], [50, 50]]);
  });
});
