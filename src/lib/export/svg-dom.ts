/** The SVG and PNG export in the browser: copy the chart with computed styles inlined, draw it on a canvas. */
import { inlineStyle, svgDocument, type LegendEntry } from './svg';

/** A copy of the chart's children with every element's computed style written into it. */
function inlineChildren(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const style = getComputedStyle(el);
    copies[i]?.setAttribute('style', inlineStyle((p) => style.getPropertyValue(p)));
  });
  const serializer = new XMLSerializer();
  return [...copy.childNodes].map((n) => serializer.serializeToString(n)).join('');
}

/** The legend drawn beside the chart in HTML (Legend.svelte), read back for the saved picture. */
function legendOf(container: Element): LegendEntry[] {
  return [...container.querySelectorAll('.legend li')].map((li) => {
    const line = li.querySelector('line');
    return {
      label: li.textContent?.trim() ?? '',
      colour: line?.getAttribute('stroke') ?? '#000',
      dash: line?.getAttribute('stroke-dasharray') ?? '',
    };
  });
}

/** The chart inside `container` as a standalone SVG document; null when no chart is drawn. */
export function chartSvg(container: Element, title: string, notes: readonly string[] = []): { text: string; width: number; height: number } | null {
  const svg = container.querySelector<SVGSVGElement>('svg[role="img"]');
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  return svgDocument({ title, inner: inlineChildren(svg), width: box.width, height: box.height, legend: legendOf(container), notes });
}

/** Draws an SVG document on a canvas at `scale` and returns a PNG; only a data: URL is loaded. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Webbläsaren kan inte rita på en canvas.');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG-bilden kunde inte skapas.'))), 'image/png'),
  );
}
