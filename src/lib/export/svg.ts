/**
 * Pure parts of the SVG export: which computed styles are inlined (component CSS is scoped, so a
 * saved file would lose it), XML escaping, and the layout of the saved picture: title on top,
 * the chart, then its legend.
 */

/** Presentation properties that decide how a chart looks once its stylesheet is gone. */
export const STYLE_PROPERTIES: readonly string[] = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

/** `fill:#fff;stroke:none` from a computed-style getter; empty values left out. */
export function inlineStyle(get: (property: string) => string, properties: readonly string[] = STYLE_PROPERTIES): string {
  return properties
    .map((p) => [p, get(p).trim()] as const)
    .filter(([, v]) => v !== '')
    .map(([p, v]) => `${p}:${v}`)
    .join(';');
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

export interface LegendEntry {
  label: string;
  colour: string;
  dash: string;
}

export interface ExportPicture {
  title: string;
  /** The chart's own markup (its children, styles inlined) and size. */
  inner: string;
  width: number;
  height: number;
  legend: readonly LegendEntry[];
  /** Lines under the chart: source, the example-data warning. Wrapped to the width. */
  notes?: readonly string[];
}

/** Splits text into lines of at most `maxChars` characters, at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const PAD = 12;
const TITLE_HEIGHT = 28;
const LEGEND_ROW = 20;
const NOTE_ROW = 15;
// About 6 px per character at 11 px: a safe width for wrapping the notes.
const NOTE_CHAR_PX = 6;
const FONT = 'font-family:system-ui,sans-serif';

/** The standalone document: XML header, white background, title, chart, legend in rows. */
export function svgDocument(p: ExportPicture): { text: string; width: number; height: number } {
  const width = Math.ceil(p.width + 2 * PAD);
  const perRow = Math.max(1, Math.floor(p.width / 180));
  const legendRows = p.legend.length > 1 ? Math.ceil(p.legend.length / perRow) : 0;
  const noteLines = (p.notes ?? []).flatMap((n) => wrapText(n, Math.max(20, Math.floor(p.width / NOTE_CHAR_PX))));
  const notesTop = PAD + TITLE_HEIGHT + p.height + legendRows * LEGEND_ROW + (noteLines.length > 0 ? 8 : 0);
  const height = Math.ceil(notesTop + noteLines.length * NOTE_ROW + PAD);
  const notes = noteLines
    .map((l, i) => `<text x="${PAD}" y="${notesTop + i * NOTE_ROW + 11}" style="${FONT};font-size:11px;fill:#3d4451">${escapeXml(l)}</text>`)
    .join('');
  const legend = legendRows === 0
    ? ''
    : p.legend
        .map((e, i) => {
          const x = PAD + (i % perRow) * 180;
          const y = PAD + TITLE_HEIGHT + p.height + Math.floor(i / perRow) * LEGEND_ROW + 12;
          const dash = e.dash ? ` stroke-dasharray="${escapeXml(e.dash)}"` : '';
          return `<line x1="${x}" x2="${x + 24}" y1="${y - 4}" y2="${y - 4}" stroke="${escapeXml(e.colour)}" stroke-width="3"${dash}/>` +
            `<text x="${x + 30}" y="${y}" style="${FONT};font-size:12px;fill:#1f2937">${escapeXml(e.label)}</text>`;
        })
        .join('');
  const text =
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(p.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PAD}" y="${PAD + 16}" style="${FONT};font-size:16px;font-weight:700;fill:#111827">${escapeXml(p.title)}</text>` +
    `<g transform="translate(${PAD} ${PAD + TITLE_HEIGHT})">${p.inner}</g>` +
    legend +
    notes +
    '</svg>\n';
  return { text, width, height };
}

/**
 * A chart's ids without the suffix that made them unique in the page (`hatch-c3` → `hatch`): the
 * saved file holds one chart, and the same chart then saves to the same bytes wherever it stood.
 * Only ids and references to them (`id="…"`, `#…` in url() and href) are touched.
 */
export function localIds(markup: string, suffix: string): string {
  if (!suffix) return markup;
  const escaped = suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return markup.replace(new RegExp(`(id="|#)([\\w-]+?)-${escaped}(?![\\w-])`, 'g'), '$1$2');
}
