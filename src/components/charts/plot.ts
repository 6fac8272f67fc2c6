/**
 * The contract between the plot frame (PlotFrame.svelte) and its layers: what the frame is told
 * (scale specs, axes, cursor), what a layer receives (`getPlot()`), and the pure geometry both use.
 * The frame publishes one PlotContext with setContext; a layer reads it with getPlot(). Its fields
 * are getters over the frame's runes, so a layer that reads them in `$derived` follows resizes.
 */
import { getContext, setContext } from 'svelte';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a chart declares for one axis; the frame turns it into a d3 scale over its own size. */
export type ScaleSpec =
  | { kind: 'linear'; domain: readonly [number, number]; nice?: boolean }
  | { kind: 'band'; domain: readonly string[]; padding?: number };

export type Scale = ScaleLinear<number, number> | ScaleBand<string>;
export type Key = string | number;

export interface AxisSpec {
  /** The unit, written along the axis (rotated on the y axis, centred under the x axis). */
  label?: string;
  /** Where ticks stand; default: about `ticks` round numbers (linear) or every band. */
  values?: readonly Key[];
  ticks?: number;
  /** Fewest pixels between two tick labels; every n-th label is kept so they do not collide. */
  spacing?: number;
  format?: (v: Key) => string;
  /** Grid lines across the plot at each tick. */
  grid?: boolean;
  /** A base line along the axis. */
  line?: boolean;
  /** Tick labels drawn in bold (the row to stress). */
  strong?: readonly string[];
}

/**
 * The keyboard cursor: positions `keys` along one axis (←/→ on x, ↑/↓ on y, Home/End), and, with
 * `depth`, a second index moved by ↑/↓ (the series of a line chart).
 */
export interface CursorSpec {
  along: 'x' | 'y';
  keys: readonly Key[];
  depth?: number;
}

export interface Cursor {
  index: number;
  key: Key;
  /** The second index (0 without `depth`). */
  depth: number;
}

export interface PlotContext {
  readonly x: Scale;
  readonly y: Scale;
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly cursor: Cursor | null;
  /** An id unique in the page for this chart's `name` (pattern, gradient, clip path). */
  id(name: string): string;
}

const PLOT = Symbol('plot');

export function setPlot(ctx: PlotContext): void {
  setContext(PLOT, ctx);
}

/** The frame's scales, size and cursor, for a layer drawn inside a PlotFrame. */
export function getPlot(): PlotContext {
  const ctx = getContext<PlotContext | undefined>(PLOT);
  if (!ctx) throw new Error('A chart layer must be drawn inside PlotFrame.');
  return ctx;
}

export function isBand(scale: Scale): scale is ScaleBand<string> {
  return 'bandwidth' in scale;
}

/** The scale as a linear one; a layer that needs numbers on an axis says so here. */
export function linear(scale: Scale): ScaleLinear<number, number> {
  if (isBand(scale)) throw new Error('This layer needs a linear scale on this axis.');
  return scale;
}

/** The scale as a band one; a layer that needs categories on an axis says so here. */
export function band(scale: Scale): ScaleBand<string> {
  if (!isBand(scale)) throw new Error('This layer needs a band scale on this axis.');
  return scale;
}

export function buildScale(spec: ScaleSpec, range: [number, number]): Scale {
  if (spec.kind === 'band') return scaleBand<string>().domain(spec.domain).range(range).padding(spec.padding ?? 0.2);
  const s = scaleLinear().domain(spec.domain).range(range);
  return spec.nice === false ? s : s.nice();
}

/** Where `key` stands on `scale`, from start to end: a band's extent, or one point twice. */
export function span(scale: Scale, key: Key): [number, number] {
  if (isBand(scale)) {
    const start = scale(String(key)) ?? 0;
    return [start, start + scale.bandwidth()];
  }
  const at = scale(Number(key));
  return [at, at];
}

/** The tick positions of an axis, thinned so that labels are at least `spacing` px apart. */
export function tickValues(scale: Scale, axis: AxisSpec, length: number): Key[] {
  const all: Key[] = axis.values ? [...axis.values] : isBand(scale) ? scale.domain() : scale.ticks(axis.ticks ?? 5);
  if (!axis.spacing) return all;
  const every = Math.max(1, Math.ceil(all.length / Math.max(2, Math.floor(length / axis.spacing))));
  return all.filter((_, i) => i % every === 0);
}

/** The index of the key under the pointer at `px` along the cursor's axis, or null between keys. */
export function keyAt(scale: Scale, keys: readonly Key[], px: number): number | null {
  if (isBand(scale)) {
    const half = (scale.step() - scale.bandwidth()) / 2;
    const i = keys.findIndex((k) => {
      const [a, b] = span(scale, k);
      return px >= a - half && px <= b + half;
    });
    return i < 0 ? null : i;
  }
  const value = Math.round(scale.invert(px));
  const i = keys.findIndex((k) => Number(k) === value);
  return i < 0 ? null : i;
}

/**
 * The cursor after a key press, or undefined when the key is not the cursor's (so the page keeps
 * it). The first arrow press lands on the first position; ↑/↓ move the second index with `depth`.
 */
export function moveCursor(spec: CursorSpec, cur: Cursor | null, key: string): Cursor | null | undefined {
  const last = spec.keys.length - 1;
  if (last < 0) return undefined;
  if (key === 'Escape') return null;
  const [next, prev] = spec.along === 'x' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
  const index = cur?.index ?? 0;
  const depth = cur?.depth ?? 0;
  let to: [number, number] | undefined;
  if (key === next) to = [cur ? index + 1 : 0, depth];
  else if (key === prev) to = [cur ? index - 1 : 0, depth];
  else if (key === 'Home') to = [0, depth];
  else if (key === 'End') to = [last, depth];
  else if (spec.along === 'x' && spec.depth !== undefined && (key === 'ArrowDown' || key === 'ArrowUp'))
    to = [index, Math.max(0, Math.min(spec.depth - 1, depth + (key === 'ArrowDown' ? 1 : -1)))];
  if (!to) return undefined;
  const i = Math.max(0, Math.min(last, to[0]));
  return { index: i, key: spec.keys[i] ?? 0, depth: to[1] };
}
