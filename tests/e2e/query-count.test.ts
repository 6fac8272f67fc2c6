/**
 * How many queries reach DuckDB per filter change (the coordinator's counter, window.__mblQueries):
 * a client asks again only when its own question changed, and a question asked before is answered
 * from the cache. Before the coordinator: 3, 2 and 1 queries for the first three changes below.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();

const sent = (page: Page) => page.evaluate(() => window.__mblQueries?.sent ?? NaN);

/** Queries sent while `change` runs and the view redraws for the new URL. */
async function queriesFor(page: Page, view: string, change: () => Promise<void>): Promise<number> {
  const before = await sent(page);
  const url = page.url();
  await change();
  await expect.poll(() => page.url()).not.toBe(url);
  await waitForView(page, view);
  return (await sent(page)) - before;
}

/** The crime index (state/crime-query.ts) is filled in the background after the first crime answer. */
const indexFilled = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('crime-index-ready').length > 0);

describe('queries per filter change', () => {
  it('Översikt: a new first year sends only the query that reads it (the activity marks)', async () => {
    const { page } = await session.open('?view=oversikt', 'oversikt');
    expect(await sent(page)).toBeGreaterThan(0);
    await indexFilled(page);
    const n = await queriesFor(page, 'oversikt', () => page.getByLabel('Från år').selectOption('2014').then(() => {}));
    expect(n).toBe(1);
  });

  it('Översikt: once the crime index is filled, any comparison is answered without a query, and the cards stay as they were', async () => {
    const { page } = await session.open('?view=oversikt', 'oversikt');
    await indexFilled(page);
    const cards = await page.locator('[data-view] h3').allInnerTexts();
    const skovde = page.locator('input[name="compare"][value="1496"]');
    const lidkoping = page.locator('input[name="compare"][value="1494"]');
    expect(await queriesFor(page, 'oversikt', () => skovde.click())).toBe(0);
    await expect.poll(() => page.locator('[data-view] svg[role="img"]').first().getAttribute('aria-label')).toContain('Skövde');
    expect(await queriesFor(page, 'oversikt', () => lidkoping.click())).toBe(0);
    expect(await queriesFor(page, 'oversikt', () => skovde.click())).toBe(0);
    await expect.poll(() => page.locator('[data-view] svg[role="img"]').first().getAttribute('aria-label')).toContain('Lidköping');
    expect(await page.locator('[data-view] svg[role="img"]').first().getAttribute('aria-label')).not.toContain('Skövde');
    expect(await queriesFor(page, 'oversikt', () => lidkoping.click())).toBe(0);
    expect(await page.locator('[data-view] h3').allInnerTexts()).toEqual(cards);
  });

  it('Brottsutveckling: with the crime index filled, a new comparison is drawn in the same update, never pending', async () => {
    const { page } = await session.open('?view=brott', 'brott');
    await indexFilled(page);
    const marks = await page.evaluate(async () => {
      const view = document.querySelector('[data-view]') as HTMLElement;
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(view.getAttribute('data-ready-for') ?? ''));
      observer.observe(view, { attributes: true, attributeFilter: ['data-ready-for'] });
      (document.querySelector('input[name="compare"][value="1494"]') as HTMLInputElement).click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      observer.disconnect();
      return { seen, search: window.location.search };
    });
    // Straight from the old filters to the new: no empty mark (pending) in between.
    expect(marks.seen).toEqual([marks.search]);
    expect(marks.search).toContain('1494');
    await expect.poll(() => page.locator('[data-view] svg[role="img"]').first().getAttribute('aria-label')).toContain('Lidköping');
  });

  it('Brottsutveckling: rate → count sends nothing; back to a filter seen before sends nothing', async () => {
    const { page } = await session.open('?view=brott', 'brott');
    await indexFilled(page);
    expect(await queriesFor(page, 'brott', () => page.getByRole('radio', { name: 'Antal' }).check())).toBe(0);
    expect(await queriesFor(page, 'brott', () => page.getByRole('radio', { name: 'Per 100 000 invånare' }).check())).toBe(0);
    const compare = page.locator('input[name="compare"][value="1496"]');
    expect(await queriesFor(page, 'brott', () => compare.click())).toBe(0);
    expect(await queriesFor(page, 'brott', () => compare.click())).toBe(0);
    expect(await queriesFor(page, 'brott', () => page.goBack().then(() => {}))).toBe(0);
  });

  it('Mötesläge: the next slide sends nothing', async () => {
    const { page } = await session.open('?view=mote&promise=mariestad-2018', 'mote');
    expect(await queriesFor(page, 'mote', () => page.keyboard.press('ArrowRight'))).toBe(0);
  });
});
