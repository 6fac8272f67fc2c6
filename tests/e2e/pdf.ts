/**
 * Just enough PDF reading for the print tests: the number of pages (`/Type /Page` objects) and,
 * per page, how far down its text reaches, read from the (Flate-compressed) content streams by
 * following q/Q, cm, BT, Tm and Td. Chromium writes one content stream per page, in page order.
 */
import { inflateSync } from 'node:zlib';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n, PDF's row-vector convention (a point is transformed by m, then by n). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The decompressed content stream of every page, in the order the pages are written. */
function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const refs = [...text.matchAll(/\/Contents (\d+) 0 R/g)].map((m) => m[1] ?? '');
  return refs.map((n) => {
    const at = text.search(new RegExp(`(^|\\s)${n} 0 obj\\s*<<`));
    const open = text.indexOf('stream', at);
    const dict = text.slice(at, open);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const begin = open + (text[open + 6] === '\r' ? 8 : 7);
    const raw = pdf.subarray(begin, begin + length);
    return (/\/FlateDecode/.test(dict) ? inflateSync(raw) : raw).toString('latin1');
  });
}

/** Every text origin in a content stream, in PDF user space (points, y up from the bottom). */
function textOrigins(stream: string): { x: number; y: number }[] {
  const tokens = stream.replace(/<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)/g, ' s ').split(/[\s[\]]+/).filter(Boolean);
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  const nums: number[] = [];
  const out: { x: number; y: number }[] = [];
  const last = (k: number) => nums.slice(-k);
  for (const t of tokens) {
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) {
      nums.push(Number(t));
      continue;
    }
    if (t === 'q') stack.push(ctm);
    else if (t === 'Q') ctm = stack.pop() ?? IDENTITY;
    else if (t === 'cm') ctm = multiply(last(6) as Matrix, ctm);
    else if (t === 'BT') tlm = IDENTITY;
    else if (t === 'Tm') tlm = last(6) as Matrix;
    else if (t === 'Td') {
      const [tx = 0, ty = 0] = last(2);
      tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
    } else if (t === 'Tj' || t === 'TJ') {
      const p = multiply(tlm, ctm);
      out.push({ x: p[4], y: p[5] });
    }
    if (t !== 's') nums.length = 0;
  }
  return out;
}

/**
 * For every page, how much of the printable area between `topMargin` and `bottomMargin` (points)
 * its text fills: 0 (empty) to 1 (text reaches the bottom margin). Text in the margins (the
 * running footer) is left out. The margins default to the report's @page (12 mm top, 15 mm
 * bottom, in src/app.css).
 */
export function pdfPageFill(pdf: Buffer, { pageHeight = 841.89, topMargin = 34.02, bottomMargin = 42.52 } = {}): number[] {
  const top = pageHeight - topMargin;
  return contentStreams(pdf).map((s) => {
    const ys = textOrigins(s)
      .map((p) => p.y)
      .filter((y) => y > bottomMargin && y <= top + 2);
    return ys.length === 0 ? 0 : (top - Math.min(...ys)) / (top - bottomMargin);
  });
}

/** Per page, the distinct baselines (rounded to 1 pt) of the text in the bottom margin: the running footer's lines. */
export function pdfFooterLines(pdf: Buffer, { bottomMargin = 42.52 } = {}): number[][] {
  return contentStreams(pdf).map((s) => [...new Set(textOrigins(s).filter((p) => p.y < bottomMargin && p.y > 0).map((p) => Math.round(p.y)))]);
}
