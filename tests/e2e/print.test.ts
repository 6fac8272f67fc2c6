/** The printed follow-up on A4: at most three pages, none less than a third full, a one-line footer; the proposal survives a reload. */
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';
import { pdfFooterLines, pdfPageCount, pdfPageFill } from './pdf';

const session = useBrowser();
const REPORT_URL = '?view=uppfoljning&promise=mariestad-2018&year=2018';

describe('Uppföljning på papper', () => {
  // Issue 13: at most 3 pages. Measured 4 (0,98 0,87 0,95 0,47) before the print layout put the
  // activity lists in two columns, the survey table on one line per measurement and the text at 10 pt.
  for (const lang of ['sv', 'en'] as const) {
    it(`prints Mariestad 2018 (${lang}) on at most 3 A4 pages, each at least a third full, with the footer on one line`, async () => {
      const { page } = await session.open(lang === 'en' ? `${REPORT_URL}&lang=en` : REPORT_URL, 'uppfoljning');
      await page.locator('[data-report] svg path[data-series]').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(3);
      const fill = pdfPageFill(pdf);
      expect(fill).toHaveLength(pages);
      for (const [i, f] of fill.entries()) expect(f, `page ${i + 1} fill`).toBeGreaterThanOrEqual(1 / 3);
      const footers = pdfFooterLines(pdf);
      expect(footers).toHaveLength(pages);
      for (const [i, lines] of footers.entries()) expect(lines, `page ${i + 1} footer`).toHaveLength(1);
      // …and that line fits the text width (180 mm = 680 px), not running into the right margin.
      const footerWidth = await page.evaluate((n) => {
        const css = document.querySelector('style[data-report-print]')?.textContent ?? '';
        const content = /content: (.*?); font/.exec(css)?.[1] ?? '';
        const text = [...content.matchAll(/"((?:\\.|[^"\\])*)"|counter\(pages?\)/g)].map((m) => m[1] ?? String(n)).join('');
        const c = document.createElement('canvas').getContext('2d');
        if (!c) return Infinity;
        c.font = '7.5pt system-ui, sans-serif';
        return text.includes('·') ? c.measureText(text).width : Infinity;
      }, pages);
      expect(footerWidth).toBeLessThanOrEqual(680);
      // Every section is there, none forced onto a page of its own.
      const breaks = await page.locator('[data-section]').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
      expect(breaks.filter((b) => b === 'page')).toEqual([]);
      const figures = await page.locator('[data-report] figure').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
      expect(figures.length).toBeGreaterThanOrEqual(2);
      expect(new Set(figures)).toEqual(new Set(['avoid']));
      // Text on paper stays at 10 pt or more (the page margin's running footer is not in the DOM).
      const sizes = await page
        .locator('[data-report] :is(p, li, th, td, caption, figcaption, h2, h3, h4, label, span):not(svg *)')
        .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0 && (e.textContent ?? '').trim() !== '').map((e) => parseFloat(getComputedStyle(e).fontSize)));
      expect(sizes.length).toBeGreaterThan(50);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual((10 * 96) / 72 - 0.01);
    });
  }

  it('keeps the edited proposal over a reload, in the report and on the last slide', async () => {
    const { page } = await session.open(REPORT_URL, 'uppfoljning');
    await page.locator('textarea#rep-proposal').fill('att öppna fritidsgården på fredagar.');
    await page.reload();
    await waitForView(page, 'uppfoljning');
    expect(await page.locator('textarea#rep-proposal').inputValue()).toBe('att öppna fritidsgården på fredagar.');
    // Another promise's proposal is its own.
    await page.goto(new URL('?view=uppfoljning&promise=mariestad-2017', session.baseURL).href);
    await waitForView(page, 'uppfoljning');
    expect(await page.locator('textarea#rep-proposal').inputValue()).toMatch(/^att \[fyll i/);
    await page.goto(new URL('?view=mote&promise=mariestad-2018&year=2018', session.baseURL).href);
    await waitForView(page, 'mote');
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('[data-slide-kind="proposal"]').innerText()).toContain('Vi lovar därför inför 2019 att öppna fritidsgården på fredagar.');
  });

  it("has a table behind each of the report's two charts, left out of print", async () => {
    const { page } = await session.open(REPORT_URL, 'uppfoljning');
    const tables = page.locator('[data-report] figure [data-figure-table]');
    expect(await tables.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      await tables.nth(i).locator('summary').click();
      expect(await tables.nth(i).locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    }
    // The trend table lists the years of the chart; the interval table has a 95 % interval per row.
    expect(await tables.nth(0).locator('tbody th').allInnerTexts()).toContain('2018');
    expect((await tables.nth(1).locator('tbody td').allInnerTexts()).filter((t) => /^\d[\d\s\u00a0]*(,\d)?–\d/.test(t)).length).toBeGreaterThanOrEqual(4);
    await page.emulateMedia({ media: 'print' });
    expect(await tables.nth(0).isVisible()).toBe(false);
  });
});
