/**
 * Lines and points drawn in data units (years or period places across, values up), placed by one
 * transform from the plot's scales. The path strings then depend on a series' points only: a new
 * y domain (a higher comparison line) rewrites one transform, not every path, and a line kept
 * from one filter to the next is not drawn again. Strokes keep their width on screen
 * (vector-effect: non-scaling-stroke); a point is a zero-length segment with a round cap, so it
 * stays a circle under any scale.
 */
import type { ScaleLinear } from 'd3';

export interface Dot {
  x: number;
  y: number;
}

/** The points as zero-length subpaths ('' when there are none); NaN and Infinity are left out. */
export function dotsPath(points: readonly Dot[]): string {
  let d = '';
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    d += `M${p.x},${p.y}h0`;
  }
  return d;
}

/** The SVG transform that maps data units to the plot: both scales are linear, so one matrix. */
export function dataTransform(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  const x0 = x(0);
  const y0 = y(0);
  return `matrix(${x(1) - x0} 0 0 ${y(1) - y0} ${x0} ${y0})`;
}
