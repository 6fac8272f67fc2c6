/**
 * The map's municipality boundaries, made from data/sources/swedish-municipalities.geojson
 * (okfse/sweden-geojson, already simplified with mapshaper to 2 %): coordinates rounded to
 * 0.001° (about 110 m north–south, 55 m east–west, far below a pixel of the map), repeated
 * points dropped, rings of fewer than four points dropped, only `kommunkod` and `name` kept, and
 * the rings rewound for d3-geo (exterior rings clockwise, holes anticlockwise; the source follows
 * RFC 7946, the other way round). Shared borders stay shared: both sides round the same points.
 */
const DIGITS = 1000;

const roundPoint = ([x, y]) => [Math.round(x * DIGITS) / DIGITS, Math.round(y * DIGITS) / DIGITS];

/** Planar signed area in lon/lat: positive = anticlockwise. */
function signedArea(ring) {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

function cleanRing(ring, exterior) {
  const out = [];
  for (const p of ring.map(roundPoint)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length < 4) return null;
  const clockwise = signedArea(out) < 0;
  return clockwise === exterior ? out : out.reverse();
}

function cleanPolygon(rings) {
  const [outer, ...holes] = rings;
  const exterior = cleanRing(outer, true);
  if (!exterior) return null;
  return [exterior, ...holes.map((h) => cleanRing(h, false)).filter((h) => h !== null)];
}

/** `geojson`: the parsed source; returns the FeatureCollection to write, sorted by kommunkod. */
export function buildBoundaries(geojson) {
  const features = geojson.features.map((f) => {
    const { id, kom_namn } = f.properties;
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map(cleanPolygon).filter((p) => p !== null);
    if (polygons.length === 0) throw new Error(`${kom_namn}: nothing left after rounding`);
    const geometry = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
    return { type: 'Feature', properties: { kommunkod: id, name: kom_namn }, geometry };
  });
  features.sort((a, b) => (a.properties.kommunkod < b.properties.kommunkod ? -1 : 1));
  return { type: 'FeatureCollection', features };
}

/** One feature per line, so the file diffs by municipality. */
export function boundariesText(fc) {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
