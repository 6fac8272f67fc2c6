/** The printed page's footer: the source and the date in the page margin of every A4 page (CSS margin boxes). */

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

export function printFooterCss(source: string, printedAt: string): string {
  return `@media print { @page { @bottom-left { content: ${cssString(source)}; font: 8pt system-ui, sans-serif; color: #000; } @bottom-right { content: ${cssString(`Utskrivet ${printedAt} · sida `)} counter(page) " av " counter(pages); font: 8pt system-ui, sans-serif; color: #000; } } }`;
}

export function footerSource(example: boolean): string {
  return `Källa: polisen.se och kommunens aktivitetslogg (insatser), BRÅ och SCB/Kolada (statistik)${example ? '; delar är exempeldata' : ''}.`;
}
