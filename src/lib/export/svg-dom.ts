/** The SVG and PNG export in the browser: copy the chart with computed styles inlined, draw it on a canvas. */
import { inlineStyle, localIds, svgDocument, type LegendEntry } from './svg';
import { t } from '../i18n/catalogue';
import '../i18n/messages/charts';

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

/** The picture a chart's frame hands over (components/charts/picture.ts) as a standalone SVG document. */
export function chartSvg(
  picture: { svg: SVGSVGElement; legend: readonly LegendEntry[]; idSuffix: string },
  title: string,
  notes: readonly string[] = [],
): { text: string; width: number; height: number } {
  const box = picture.svg.getBoundingClientRect();
  const inner = localIds(inlineChildren(picture.svg), picture.idSuffix);
  return svgDocument({ title, inner, width: box.width, height: box.height, legend: picture.legend, notes });
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
  if (!ctx) throw new Error(t('export.noCanvas'));
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('export.noPng')))), 'image/png'),
  );
}
