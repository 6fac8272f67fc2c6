/**
 * axe-core finds no WCAG 2.1 A/AA violation on any view (every view in VIEWS), at 1280 and 320 px,
 * with every chart shown as a table, and with each dialog open.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForView } from './browser';
import { axeViolations } from './axe';
import { VIEWS } from '../../src/lib/state/url';
import { utf8 } from '../fixtures/import/files';

const session = useBrowser();

const search = (view: string) => (view === 'uppfoljning' || view === 'mote' ? `?view=${view}&promise=mariestad-2018` : `?view=${view}`);

async function showTables(page: Page): Promise<number> {
  const toggles = page.getByRole('button', { name: 'Visa som tabell' });
  const n = await toggles.count();
  for (let i = n - 1; i >= 0; i--) await toggles.nth(i).click();
  const details = page.locator('[data-figure-table]:not([open]) summary');
  const m = await details.count();
  for (let i = m - 1; i >= 0; i--) await details.nth(i).click();
  return n + m;
}

/** The violations as `id: target` lines, so a failure names what to fix. */
const lines = (v: Awaited<ReturnType<typeof axeViolations>>) => v.flatMap((x) => x.nodes.map((n) => `${x.id} (${x.impact}): ${n}`));

describe('axe-core, WCAG 2.1 A/AA', () => {
  it('runs in the page and reports what it should (a nameless button, an image without alt)', async () => {
    const { page } = await session.open('?view=oversikt', 'oversikt');
    await page.evaluate(() => {
      const b = document.createElement('button');
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(b, img);
    });
    expect((await axeViolations(page)).map((v) => v.id).sort()).toEqual(['button-name', 'image-alt']);
  });

  for (const width of [1280, 320]) {
    it(`no violations on any view at ${width} px, charts and as tables`, async () => {
      const { page } = await session.newPage();
      await page.setViewportSize({ width, height: 900 });
      const found: string[] = [];
      for (const view of VIEWS) {
        await page.goto(new URL(search(view), session.baseURL).href);
        await waitForView(page, view);
        found.push(...lines(await axeViolations(page)).map((l) => `${view}: ${l}`));
        if ((await showTables(page)) > 0) found.push(...lines(await axeViolations(page)).map((l) => `${view} (tabeller): ${l}`));
      }
      // Meeting mode's chart slide, as a chart and as a table.
      await page.goto(new URL('?view=mote&promise=mariestad-2018', session.baseURL).href);
      await waitForView(page, 'mote');
      while ((await page.locator('[data-slide-kind="trend"]').count()) === 0) await page.keyboard.press('PageDown');
      found.push(...lines(await axeViolations(page)).map((l) => `mote (diagram): ${l}`));
      await showTables(page);
      found.push(...lines(await axeViolations(page)).map((l) => `mote (tabell): ${l}`));
      expect(found).toEqual([]);
    });
  }

  it('no violations with the confirm dialog, the activity form and the mapping dialog open', async () => {
    const { page } = await session.open('?view=logg&from=2018&to=2018&actor=polis', 'logg');
    const found: string[] = [];
    await page.locator('tr[data-activity="2018-r01"]').getByRole('button', { name: /Ta bort/ }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...lines(await axeViolations(page)).map((l) => `bekräfta: ${l}`));
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Ny insats' }).click();
    await page.locator('form.activity-form').waitFor();
    found.push(...lines(await axeViolations(page)).map((l) => `formulär: ${l}`));
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.locator('form [role="alert"]').first().waitFor();
    found.push(...lines(await axeViolations(page)).map((l) => `formulär med fel: ${l}`));

    await page.goto(new URL('?view=data', session.baseURL).href);
    await waitForView(page, 'data');
    const csv = ['Kommun;Antal;Per 100 000 inv.', 'Mariestads kommun;2 537;10 254,3'].join('\r\n');
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name: 'okand.csv', mimeType: 'text/csv', buffer: Buffer.from(utf8(csv)) });
    await page.getByRole('dialog').waitFor();
    found.push(...lines(await axeViolations(page)).map((l) => `mappning: ${l}`));
    for (const width of [320]) {
      await page.setViewportSize({ width, height: 800 });
      found.push(...lines(await axeViolations(page)).map((l) => `mappning ${width} px: ${l}`));
    }
    expect(found).toEqual([]);
  });
});
