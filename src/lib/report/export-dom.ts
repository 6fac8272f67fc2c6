/** Browser side of the HTML export: copy the report's DOM and the page's CSS, then download the file. */
import { exportFileName, safeCss, standaloneHtml } from './export';
import { locale } from '../i18n/locale';

function pageCssRules(doc: Document): string[] {
  const rules: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) rules.push(rule.cssText);
    } catch {
      // A stylesheet from another origin cannot be read; the app has none, so there is nothing to lose.
    }
  }
  return rules;
}

/** The report element as standalone markup: the proposal's textarea becomes its text; controls and print-only copies go. */
export function reportMarkup(report: HTMLElement): string {
  const copy = report.cloneNode(true) as HTMLElement;
  const live = report.querySelectorAll('textarea');
  copy.querySelectorAll('textarea').forEach((t, i) => {
    const p = copy.ownerDocument.createElement('span');
    p.className = 'proposal-text';
    p.textContent = live[i]?.value ?? t.value;
    t.replaceWith(p);
  });
  copy.querySelectorAll('button, .no-print, .print-only').forEach((el) => el.remove());
  copy.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  return copy.outerHTML;
}

export function downloadReportHtml(report: HTMLElement, municipality: string, year: number, title: string): void {
  const html = standaloneHtml({ title, css: safeCss(pageCssRules(document)), body: reportMarkup(report), lang: locale() });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(municipality, year);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
