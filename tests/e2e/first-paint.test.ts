/**
 * First paint from the build-time snapshot: the default Översikt's cards and trend chart are drawn
 * while DuckDB-WASM cannot start yet (its wasm is held back), marked as a preview, and the live
 * view replaces them once the database is up.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';
import { axeViolations } from './axe';

const session = useBrowser();

describe('first paint', () => {
  it('draws the snapshot before DuckDB is ready, then the live view takes over with the same figures', async () => {
    const { page } = await session.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(session.baseURL);

    const preview = page.locator('[data-preview="oversikt"]');
    await preview.locator('svg[role="img"] path.line').first().waitFor({ timeout: 15000 });
    expect(await preview.locator('svg[role="img"] path.line').count()).toBeGreaterThanOrEqual(2);
    // DuckDB has not started: no coordinator, no live view.
    expect(await page.evaluate(() => window.__mblQueries === undefined)).toBe(true);
    expect(await page.locator('[data-view="oversikt"]').count()).toBe(0);
    expect(await preview.getByRole('status').innerText()).toContain('Förhandsvisning');
    expect(await page.locator('progress').count()).toBe(1);
    expect(await preview.getByText('exempeldata', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => performance.getEntriesByName('first-chart').length)).toBe(1);
    // WCAG 2.1 AA holds for the preview too (axe; the live view has its own tests).
    expect(await axeViolations(page)).toEqual([]);
    const cards = preview.locator('article.card[data-category]');
    expect(await cards.count()).toBe(5);
    const previewCards = await cards.allInnerTexts();
    const previewLabel = await preview.locator('svg[role="img"]').first().getAttribute('aria-label');
    expect(previewLabel).toMatch(/Mariestad/);

    release();
    await waitForView(page, 'oversikt');
    expect(await preview.count()).toBe(0);
    expect(await page.evaluate(() => (window.__mblQueries?.sent ?? 0) > 0)).toBe(true);
    const live = page.locator('[data-view="oversikt"]');
    expect(await live.locator('article.card[data-category]').allInnerTexts()).toEqual(previewCards);
    expect(await live.locator('svg[role="img"]').first().getAttribute('aria-label')).toBe(previewLabel);
    expect(await page.getByText('Förhandsvisning').count()).toBe(0);
  });

  it('draws the snapshot without the engine\'s JavaScript, which is a chunk of its own loaded after', async () => {
    const { page } = await session.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const heldUrls: string[] = [];
    // DuckDB-WASM's API and apache-arrow: the chunk db/start.ts imports dynamically.
    await page.route(/\/assets\/browser-[\w-]+\.js$/, async (route) => {
      heldUrls.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(session.baseURL);
    const preview = page.locator('[data-preview="oversikt"]');
    await preview.locator('svg[role="img"] path.line').first().waitFor({ timeout: 15000 });
    // The chunk was asked for (so the route matched a real file) but has not arrived.
    expect(heldUrls.length).toBe(1);
    expect(await page.evaluate(() => window.__mblQueries === undefined)).toBe(true);
    release();
    await waitForView(page, 'oversikt');
    expect(await page.evaluate(() => (window.__mblQueries?.sent ?? 0) > 0)).toBe(true);
  });

  it('draws no snapshot for a URL with filters', async () => {
    const { page } = await session.newPage();
    const sawProgress = page.waitForSelector('progress', { timeout: 15000 }).then(() => true);
    await page.goto(new URL('?view=oversikt&municipality=1480', session.baseURL).href);
    expect(await sawProgress).toBe(true);
    expect(await page.locator('[data-preview]').count()).toBe(0);
    await waitForView(page, 'oversikt');
    expect(await page.locator('[data-preview]').count()).toBe(0);
  });
});
