/**
 * The report as one standalone HTML file: its markup (charts are already inline SVG) and the CSS
 * it needs in a <style>, with no scripts and nothing that would load from elsewhere.
 */
import { t } from '../i18n/catalogue';
import '../i18n/messages/report';

/** Drops CSS rules that could fetch something (fonts, images, imports). */
export function safeCss(rules: readonly string[]): string {
  return rules.filter((r) => !/^\s*@(import|font-face)/i.test(r) && !/url\(/i.test(r)).join('\n');
}

/** Removes scripts, inline event handlers, Svelte's empty comments and external references. */
export function cleanMarkup(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/\son[a-z]+="[^"]*"/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s(src|srcset)="(?!data:)[^"]*"/gi, '');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `lang` is the document's language (the page's: `sv` or `en`). */
export function standaloneHtml(page: { title: string; css: string; body: string; lang?: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(page.lang ?? 'sv')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>\n${page.css.replace(/<\/style/gi, '<\\/style')}\n</style>`,
    '</head>',
    `<body class="standalone">\n${cleanMarkup(page.body)}\n</body>`,
    '</html>',
  ].join('\n');
}

/** "uppfoljning-mariestad-2018.html" ("follow-up-mariestad-2018.html" in English) */
export function exportFileName(municipality: string, year: number): string {
  const slug = municipality
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return t('report.fileName', { slug, year });
}
