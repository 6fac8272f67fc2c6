/**
 * Counts of 1–2 injected through the import: neither the count nor a rate or change it can be
 * recomputed from appears on Beslut, in the report or on the slides, and no verdict is drawn.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmImport, useBrowser, waitForView } from './browser';
import { crimesParquet } from '../fixtures/import/files';

const session = useBrowser();
const { baseURL } = session;

/** Mariestad's 2018 population in data/population.csv; 2 crimes give a rate of 8,2 per 100 000. */
const RATE_OF_TWO = (2 / 24372) * 1e5;
const RATE_TEXT = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(RATE_OF_TWO);

async function injectTwo(page: Page): Promise<void> {
  await page.locator('[data-view="data"] input[type="file"]').setInputFiles({
    name: 'misshandel.parquet',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(crimesParquet([{ year: 2018, kommunkod: '1493', category_id: 'misshandel', count: 2 }])),
  });
  await confirmImport(page, 'misshandel.parquet');
  await waitForView(page, 'data');
}

async function go(page: Page, search: string, view: string): Promise<void> {
  await page.goto(new URL(search, baseURL).href);
  await waitForView(page, view);
}

function expectNoTrace(html: string, where: string): void {
  expect(html, where).not.toContain(RATE_TEXT);
  expect(html, where).not.toContain(String(RATE_OF_TWO).slice(0, 5));
  expect(html, where).not.toMatch(/\(\s*\d+ före, \d+ under/);
}

describe('counts of 1–2 never appear', () => {
  it('on Beslut, in the report and on the slides', async () => {
    const { page } = await session.open('?view=data', 'data');
    await injectTwo(page);

    await go(page, '?view=beslut&promise=mariestad-2018', 'beslut');
    const card = page.locator('article[data-indicator="misshandel"]');
    expect(await card.getAttribute('data-verdict')).toBe('too-few');
    expect(await card.locator('[data-ratio]').count()).toBe(0);
    expect(await card.locator('[data-group-sentence]').count()).toBe(0);
    expectNoTrace(await card.innerHTML(), 'Beslut card');
    expectNoTrace(await page.locator('[data-summary]').innerHTML(), 'Beslut summary');

    await go(page, '?view=uppfoljning&promise=mariestad-2018&year=2018', 'uppfoljning');
    expect(await page.locator('[data-finding="misshandel"]').getAttribute('data-verdict')).toBe('too-few');
    expectNoTrace(await page.locator('[data-section="statistik"]').innerHTML(), 'report statistics');

    await go(page, '?view=mote&promise=mariestad-2018&year=2018&slide=1', 'mote');
    const count = Number((await page.locator('[data-slide-counter]').innerText()).split('/')[1]?.trim());
    let seen = false;
    // Slide by slide with the presenter's key (a reload per slide is slow when the machine is busy).
    for (let n = 1; n <= count; n++) {
      if (n > 1) {
        await page.keyboard.press('PageDown');
        await expect.poll(() => page.locator('[data-slide-counter]').innerText()).toBe(`${n} / ${count}`);
      }
      const slide = page.locator('[data-slide-id]');
      if ((await slide.getAttribute('data-slide-id')) !== 'finding-misshandel') continue;
      seen = true;
      expectNoTrace(await slide.innerHTML(), 'slide');
      expect(await slide.innerText()).toContain('För få brott');
    }
    expect(seen).toBe(true);
  });
});
