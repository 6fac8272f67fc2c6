import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapTable, mapValues } from '../../src/lib/shape/map-table';
import { allRawRows, allRows } from '../../src/lib/shape/table-source';
import { columnsFromRows } from '../../src/lib/db/columns';
import type { MapRateRow } from '../../src/lib/queries/map';
import { BIN_COLOURS, binColour, binEdges, binOf, legendClasses, moveMapCursor, projectBoundaries, roundEdge, type Boundaries } from '../../src/lib/shape/map';

const square = (kommunkod: string, name: string, x: number, y: number, size = 1): Boundaries['features'][number] => ({
  type: 'Feature',
  properties: { kommunkod, name },
  // Clockwise exterior, as d3-geo wants.
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x, y + size], [x + size, y + size], [x + size, y], [x, y]]] },
});

describe('projectBoundaries', () => {
  it('fits every municipality inside the box, north up', () => {
    const fc: Boundaries = { type: 'FeatureCollection', features: [square('1', 'Söder', 14, 56), square('2', 'Norr', 16, 66)] };
    const shapes = projectBoundaries(fc, 300, 600, 4);
    expect(shapes.map((s) => s.kommunkod)).toEqual(['1', '2']);
    for (const s of shapes) {
      expect(s.d).toMatch(/^M[\d.]+,[\d.]+L/);
      const [x, y] = s.centroid;
      expect(x).toBeGreaterThanOrEqual(4);
      expect(x).toBeLessThanOrEqual(296);
      expect(y).toBeGreaterThanOrEqual(4);
      expect(y).toBeLessThanOrEqual(596);
    }
    // The northern square is higher up (smaller y) and further east (larger x).
    expect(shapes[1]!.centroid[1]).toBeLessThan(shapes[0]!.centroid[1]);
    expect(shapes[1]!.centroid[0]).toBeGreaterThan(shapes[0]!.centroid[0]);
  });

  it('draws the shipped boundaries of all 290 municipalities as small paths, Boden north of Mariestad', () => {
    const fc = JSON.parse(readFileSync(join(process.cwd(), 'data', 'municipality-boundaries.json'), 'utf8')) as Boundaries;
    const shapes = projectBoundaries(fc, 400, 800);
    expect(shapes).toHaveLength(290);
    const at = (k: string) => shapes.find((s) => s.kommunkod === k)!;
    // A wrongly wound ring fills the whole sphere: its centroid would not lie inside the box.
    for (const s of shapes) {
      expect(s.d.length, s.name).toBeGreaterThan(20);
      expect(s.centroid[0], s.name).toBeGreaterThan(0);
      expect(s.centroid[0], s.name).toBeLessThan(400);
      expect(s.centroid[1], s.name).toBeGreaterThan(0);
      expect(s.centroid[1], s.name).toBeLessThan(800);
    }
    expect(at('2582').centroid[1]).toBeLessThan(at('1493').centroid[1]);
    expect(at('0180').centroid[0]).toBeGreaterThan(at('1493').centroid[0]);
  });
});

describe('colour classes', () => {
  it.each([
    { x: 4123, expected: 4100 },
    { x: 87.44, expected: 87 },
    { x: 9.96, expected: 10 },
    { x: 1250, expected: 1300 },
    { x: 0, expected: 0 },
  ])('roundEdge($x) = $expected', ({ x, expected }) => {
    expect(roundEdge(x)).toBeCloseTo(expected, 9);
  });

  it('splits ten values into five classes of two at rounded quantiles', () => {
    const values = [1000, 1100, 2000, 2100, 3000, 3100, 4000, 4100, 5000, 5100];
    // Quantiles (R type 7, h = 9p + 1) at 0.2, 0.4, 0.6, 0.8: 1100 + 0.8·900 = 1820,
    // 2100 + 0.6·900 = 2640, 3100 + 0.4·900 = 3460, 4100 + 0.2·900 = 4280; two digits each.
    const edges = binEdges(values);
    expect(edges).toEqual([1800, 2600, 3500, 4300]);
    expect(values.map((v) => binOf(v, edges))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('gives fewer classes for few distinct values, none for one value', () => {
    // Quantiles 500, 500, 500, 500 + 0.4·400 = 660: only 660 lies above the minimum.
    expect(binEdges([500, 500, 500, 900])).toEqual([660]);
    expect(binEdges([700])).toEqual([]);
    expect(binEdges([700, 700, 700])).toEqual([]);
    expect(binEdges([100, 200])).toEqual([120, 140, 160, 180]);
  });

  it('an edge value belongs to the class above it', () => {
    expect(binOf(1900, [1900, 2900])).toBe(1);
    expect(binOf(1899.9, [1900, 2900])).toBe(0);
    expect(binOf(99999, [1900, 2900])).toBe(2);
  });

  it('spreads the classes over the whole ramp and labels them in Swedish with the unit format', () => {
    expect(binColour(0, 3)).toBe(BIN_COLOURS[0]);
    expect(binColour(2, 3)).toBe(BIN_COLOURS[4]);
    expect(binColour(0, 1)).toBe(BIN_COLOURS[2]);
    expect(legendClasses([1900, 4900])).toEqual([
      { label: 'under 1\u00a0900', colour: BIN_COLOURS[0] },
      { label: '1\u00a0900–4\u00a0900', colour: BIN_COLOURS[2] },
      { label: '4\u00a0900 och mer', colour: BIN_COLOURS[4] },
    ]);
    expect(legendClasses([87.5])[0]!.label).toBe('under 87,5');
    expect(legendClasses([])).toEqual([{ label: 'alla värden', colour: BIN_COLOURS[2] }]);
  });
});

describe('moveMapCursor', () => {
  const order = ['1446', '1493', '2582'];
  it.each([
    { current: null, key: 'ArrowRight', expected: '1446' },
    { current: '1446', key: 'ArrowRight', expected: '1493' },
    { current: '2582', key: 'ArrowDown', expected: '1446' },
    { current: '1446', key: 'ArrowLeft', expected: '2582' },
    { current: '1493', key: 'ArrowUp', expected: '1446' },
    { current: '1493', key: 'Home', expected: '1446' },
    { current: '1493', key: 'End', expected: '2582' },
    { current: '1493', key: 'Escape', expected: null },
    { current: '1493', key: 'a', expected: undefined },
  ])('$key from $current → $expected', ({ current, key, expected }) => {
    expect(moveMapCursor(order, current, key)).toBe(expected);
  });
  it('does nothing without municipalities', () => {
    expect(moveMapCursor([], null, 'ArrowRight')).toBeUndefined();
  });
});

describe('map table and values', () => {
  const row = (kommunkod: string, name: string, count: number | null, population: number | null, example = false): MapRateRow => ({
    kommunkod, name, count, population, rate: count !== null && population ? (count / population) * 100000 : null, example,
    source: example ? 'exempeldata' : 'BRÅ (import: boden.csv)', population_source: 'Kolada/SCB',
  });
  const rows = [row('2582', 'Boden', 170, 28042), row('1493', 'Mariestad', 250, 24215, true), row('2580', 'Luleå', null, 76770)];
  const cols = columnsFromRows(rows.map((r) => ({ ...r })));

  it('colours only municipalities with a rate and says example data in the tooltip', () => {
    const { values, order } = mapValues(cols);
    expect(order).toEqual(['2582', '1493']);
    expect(values.get('2582')?.text).toBe('Boden: 606 per 100\u00a0000 invånare (170 brott, 28\u00a0042 invånare)');
    expect(values.get('1493')?.text).toMatch(/^Mariestad: 1\u00a0032 per .*\(exempeldata\)$/);
    expect(values.has('2580')).toBe(false);
  });

  it('lists every row with its role, figures in sv-SE and the source', () => {
    const t = mapTable(cols, '2582', ['1493']);
    expect(t.columns.map((c) => c.label)).toEqual(['Kommun', 'På kartan', 'Anmälda brott', 'Invånare', 'Per 100\u00a0000 invånare', 'Källa']);
    expect(allRows(t)[0]).toEqual({ name: 'Boden', role: 'vald kommun (tjock kant)', count: '170', population: '28\u00a0042', rate: '606', source: 'BRÅ (import: boden.csv); Kolada/SCB' });
    expect(allRows(t)[1]).toMatchObject({ role: 'jämförelsegrupp (streckad kant)', source: 'exempeldata' });
    expect(allRows(t)[2]).toMatchObject({ name: 'Luleå', role: '', count: '–', rate: '–' });
    expect(allRawRows(t)?.[0]?.rate).toBeCloseTo(606.233, 2);
  });
});
