/** The printed page's footer: the source and the date in the page margin of every A4 page (CSS margin boxes). */
import { t } from '../i18n/catalogue';
import '../i18n/messages/report';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

export function printFooterCss(source: string, printedAt: string): string {
  // One margin box on one line: two boxes side by side share the width and wrap ("sida 1 / av 6").
  return `@media print { @page { @bottom-left { content: ${cssString(`${source} ${t('report.printed', { date: printedAt })} · ${t('report.page')} `)} counter(page) ${cssString(` ${t('report.pageOf')} `)} counter(pages); font: 7.5pt system-ui, sans-serif; color: #000; white-space: nowrap; width: 100%; } } }`;
}

/** The source line in full; `short` for the page margin, where it shares one line with the date and page number. */
export function footerSource(example: boolean, short = false): string {
  if (short) return example ? t('report.marginSourceExample') : t('report.marginSource');
  return example ? t('report.footerSourceExample') : t('report.footerSource');
}
