/**
 * The municipality map's maths: boundaries projected to SVG paths (d3-geo, transverse Mercator
 * centred on 15° E like SWEREF 99 TM), the rates binned into a few colour classes with Swedish
 * legend labels, and the keyboard cursor's order. No DOM here.
 */
import { bisectRight, geoPath, geoTransverseMercator, quantileSorted, type GeoPermissibleObjects } from 'd3';
import { formatRate } from '../format/number';
import { t } from '../i18n/catalogue';
import '../i18n/messages/crime';

export interface BoundaryFeature {
  type: 'Feature';
  properties: { kommunkod: string; name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}
export interface Boundaries {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

export interface MapShape {
  kommunkod: string;
  name: string;
  /** The SVG path. */
  d: string;
  /** Where a label or the cursor's mark goes. */
  centroid: [number, number];
}

/** Every municipality's path, fitted into `width` × `height` with `pad` pixels to spare. */
export function projectBoundaries(fc: Boundaries, width: number, height: number, pad = 4): MapShape[] {
  const collection = fc as unknown as GeoPermissibleObjects;
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      collection,
    );
  const path = geoPath(projection);
  return fc.features.map((f) => {
    const geo = f as unknown as GeoPermissibleObjects;
    const [x, y] = path.centroid(geo);
    return { kommunkod: f.properties.kommunkod, name: f.properties.name, d: path(geo) ?? '', centroid: [x, y] };
  });
}

/** Sequential blues (ColorBrewer "Blues"), light = low; the darkest three carry white text. */
export const BIN_COLOURS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
/** Municipalities without a figure: light grey, and a hatch pattern in the component. */
export const NO_DATA_COLOUR = '#f1f2f4';

/** Two significant digits: legend edges a reader can take in (4 123 → 4 100, 87,4 → 87). */
export function roundEdge(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / p) * p;
}

/**
 * Class edges splitting the values into at most `bins` classes of about equal count (quantiles,
 * rounded to two significant digits, repeated edges dropped). Fewer distinct values, fewer classes.
 */
export function binEdges(values: readonly number[], bins = BIN_COLOURS.length): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const q = roundEdge(quantileSorted(sorted, k / bins) ?? NaN);
    const min = sorted[0] ?? 0;
    const max = sorted[sorted.length - 1] ?? 0;
    if (q > min && q <= max && !edges.includes(q)) edges.push(q);
  }
  return edges.sort((a, b) => a - b);
}

/** The class of a value: 0 below the first edge, i for edge[i-1] ≤ value < edge[i]. */
export function binOf(value: number, edges: readonly number[]): number {
  return bisectRight(edges, value);
}

/** The colour of class `bin` among `classes` classes, spread over the whole ramp. */
export function binColour(bin: number, classes: number): string {
  if (classes <= 1) return BIN_COLOURS[2];
  const i = Math.round((bin * (BIN_COLOURS.length - 1)) / (classes - 1));
  return BIN_COLOURS[i] ?? BIN_COLOURS[4];
}

export interface LegendClass {
  label: string;
  colour: string;
}

/** The legend, one entry per class: "under 4 100", "4 100–5 600", "5 600 och mer", in the rate's unit. */
export function legendClasses(edges: readonly number[]): LegendClass[] {
  const n = edges.length + 1;
  return Array.from({ length: n }, (_, i) => {
    const lo = edges[i - 1];
    const hi = edges[i];
    const label = lo === undefined ? (hi === undefined ? t('map.allValues') : t('map.below', { v: formatRate(hi) })) : hi === undefined ? t('map.andMore', { v: formatRate(lo) }) : `${formatRate(lo)}–${formatRate(hi)}`;
    return { label, colour: binColour(i, n) };
  });
}

/** The keyboard cursor's next municipality in `order` (names A–Ö): ←/↑ back, →/↓ on, Home/End; undefined for other keys. */
export function moveMapCursor(order: readonly string[], current: string | null, key: string): string | null | undefined {
  if (order.length === 0) return undefined;
  const i = current === null ? -1 : order.indexOf(current);
  if (key === 'Home') return order[0];
  if (key === 'End') return order[order.length - 1];
  if (key === 'Escape') return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return order[i < 0 || i >= order.length - 1 ? 0 : i + 1];
  if (key === 'ArrowLeft' || key === 'ArrowUp') return order[i <= 0 ? order.length - 1 : i - 1];
  return undefined;
}
