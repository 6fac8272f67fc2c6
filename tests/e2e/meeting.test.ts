/** Meeting mode in headless Chromium: keyboard navigation, the slide in the URL, reload, Escape. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();
const { baseURL } = session;
const open = (search: string) => session.open(search, 'mote');

const counter = (page: Page) => page.locator('[data-slide-counter]').innerText();
const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide');

describe('Mötesläge', () => {
  it('moves with ArrowRight, Space and ArrowLeft, keeping the slide in the URL', async () => {
    const { page } = await open('?view=mote&promise=mariestad-2018');
    expect(await counter(page)).toMatch(/^1 \/ (\d+)$/);
    expect(await page.locator('[data-slide-kind="title"] h1').innerText()).toContain('Uppföljning medborgarlöfte Mariestad');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideParam(page)).toBe('2');
    expect(await page.locator('[data-slide-kind="list"]').innerText()).toContain('Sex (6) riktade insatser');
    await page.keyboard.press('Space');
    await expect.poll(() => slideParam(page)).toBe('3');
    expect(await counter(page)).toMatch(/^3 \/ \d+$/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slideParam(page)).toBe('2');
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('[data-slide-kind="proposal"]').isVisible()).toBe(true);
    expect(await page.locator('[data-slide-kind="proposal"]').innerText()).toContain('Vi lovar därför inför 2019');
    await page.keyboard.press('Home');
    await expect.poll(() => slideParam(page)).toBe(null);
  });

  it('survives a reload on slide N and shows findings in large type', async () => {
    const { page } = await open('?view=mote&promise=mariestad-2018&slide=5');
    expect(await counter(page)).toMatch(/^5 \/ \d+$/);
    await page.reload();
    await waitForView(page, 'mote');
    expect(await counter(page)).toMatch(/^5 \/ \d+$/);
    expect(slideParam(page)).toBe('5');
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.locator('[data-slide-kind="finding"]').isVisible()).toBe(true);
    const size = await page.locator('[data-slide-sentence]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
  });

  it('goes back to the report with Escape', async () => {
    const { page } = await open('?view=mote&promise=mariestad-2018&slide=3');
    await page.keyboard.press('Escape');
    await waitForView(page, 'uppfoljning');
    expect(page.url()).toContain('view=uppfoljning');
    expect(slideParam(page)).toBe(null);
  });
});
