/**
 * A series' points as one SVG path of circles (two arcs each): one element and one attribute per
 * series instead of an element with five attributes per point, so a new line on a chart of 25
 * years adds two paths, not 25 circles, and a new y domain rewrites one string per series.
 */
export interface Dot {
  x: number;
  y: number;
}

const num = (v: number): string => String(Math.round(v * 100) / 100);

/** Circles of radius `r` centred on the points, as path data ('' when there are none). */
export function dotsPath(points: readonly Dot[], r: number): string {
  let d = '';
  const rr = num(r);
  const across = num(2 * r);
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    d += `M${num(p.x - r)},${num(p.y)}a${rr},${rr} 0 1,0 ${across},0a${rr},${rr} 0 1,0 -${across},0Z`;
  }
  return d;
}
