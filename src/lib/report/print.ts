/** The printed page's footer: the source and the date in the page margin of every A4 page (CSS margin boxes). */

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

export function printFooterCss(source: string, printedAt: string): string {
  // One margin box on one line: two boxes side by side share the width and wrap ("sida 1 / av 6").
  return `@media print { @page { @bottom-left { content: ${cssString(`${source} Utskrivet ${printedAt} · sida `)} counter(page) " av " counter(pages); font: 7.5pt system-ui, sans-serif; color: #000; white-space: nowrap; width: 100%; } } }`;
}

export function footerSource(example: boolean): string {
  return `Källa: polisen.se och kommunens aktivitetslogg (insatser), BRÅ och SCB/Kolada (statistik)${example ? '; delar är exempeldata' : ''}.`;
}
