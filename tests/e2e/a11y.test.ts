/** Accessibility in headless Chromium: titles, keyboard-scrollable tables, dismissable tooltips, forced colours. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();

/** Every box that scrolls sideways, with whether the keyboard reaches it and what it is called. */
const scrollBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .map((el) => ({
        html: el.outerHTML.slice(0, 80),
        tabbable: el.tabIndex >= 0 || el.querySelector('a[href], button, input, select, textarea, [tabindex="0"]') !== null,
        name: el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent : null) ?? '',
      })),
  );

describe('accessibility', () => {
  it('every view has a title of its own', async () => {
    const { page } = await session.open('?view=oversikt', 'oversikt');
    expect(await page.title()).toBe('Översikt – Mariestad – medborgarlöfte');
    await page.getByRole('link', { name: 'Brottsutveckling' }).click();
    await waitForView(page, 'brott');
    expect(await page.title()).toBe('Brottsutveckling – Mariestad – medborgarlöfte');
    await page.getByRole('link', { name: 'Aktivitetslogg' }).click();
    await waitForView(page, 'logg');
    expect(await page.title()).toBe('Aktivitetslogg – Mariestad – medborgarlöfte');
  });

  it('tables that overflow at 320 px can be scrolled by keyboard and have a name', async () => {
    for (const [search, view] of [
      ['?view=platser', 'platser'],
      ['?view=beslut', 'beslut'],
      ['?view=logg', 'logg'],
    ] as const) {
      const { page } = await session.open(search, view);
      await page.setViewportSize({ width: 320, height: 800 });
      const toggles = page.getByRole('button', { name: 'Visa som tabell' });
      for (let i = (await toggles.count()) - 1; i >= 0; i--) await toggles.nth(i).click();
      const boxes = await scrollBoxes(page);
      expect(boxes.length, view).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(b.tabbable, b.html).toBe(true);
        expect(b.name, b.html).not.toBe('');
      }
    }
  });

  it('Escape hides a tooltip the pointer opened, without moving the pointer', async () => {
    const { page } = await session.open('?view=insatser', 'insatser');
    const svg = page.locator('[data-view="insatser"] svg[role="img"]').first();
    const box = await svg.boundingBox();
    if (!box) throw new Error('no chart');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator('.tooltip[role="status"]');
    await tooltip.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('stacked bars have separators; forced colours keep ticks and the current view visible', async () => {
    const { page } = await session.open('?view=insatser', 'insatser');
    const segment = page.locator('[data-view="insatser"] rect[data-key="polis"]').first();
    expect(await segment.getAttribute('stroke')).toBe('#fff');
    expect(await segment.getAttribute('stroke-width')).toBe('1');

    const tickFill = () => page.locator('.plot text.tick').first().evaluate((t) => getComputedStyle(t).fill);
    const textColour = () => page.evaluate(() => getComputedStyle(document.body).color);
    const current = page.locator('nav a[aria-current="page"]');
    const border = () => current.evaluate((a) => getComputedStyle(a).borderTopWidth);
    expect(await border()).toBe('0px');
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await tickFill()).toBe(await textColour());
    expect(await border()).toBe('2px');
  });

  it('the accessibility statement opens from the footer and has the sections of DIGG\'s model', async () => {
    const { page } = await session.open('?view=brott', 'brott');
    await page.locator('footer').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await waitForView(page, 'tillganglighet');
    expect(new URL(page.url()).searchParams.get('view')).toBe('tillganglighet');
    expect(await page.title()).toBe('Tillgänglighetsredogörelse – Mariestad – medborgarlöfte');
    for (const section of ['status', 'feedback', 'supervision', 'shortcomings', 'testing']) {
      expect(await page.locator(`[data-section="${section}"] h3`).count(), section).toBe(1);
    }
    const text = await page.locator('[data-view="tillganglighet"]').innerText();
    expect(text).toContain('delvis förenlig');
    expect(text).toContain('(2018:1937)');
    expect(text).toContain('engelskt gränssnitt');
    expect(text).toContain('1 december 2026');
    expect(await page.locator('[data-section="feedback"] a[href^="mailto:"]').count()).toBeGreaterThan(0);

    // Meeting mode has no footer; its bar links to the statement.
    await page.goto(new URL('?view=mote&promise=mariestad-2018', session.baseURL).href);
    await waitForView(page, 'mote');
    await page.getByRole('link', { name: 'Tillgänglighet' }).click();
    await waitForView(page, 'tillganglighet');
  });

  it('a polite live region says what a filter change did', async () => {
    const { page } = await session.open('?view=brott', 'brott');
    const region = page.locator('aside [role="status"][data-filter-summary]');
    await page.locator('aside select').first().selectOption('2015');
    await waitForView(page, 'brott');
    await expect.poll(() => region.innerText()).toMatch(/^Visar 2015–\d{4}, Mariestad, .*\d kategorier\.$/);
    await page.locator('aside input[name="category"]').first().click();
    await waitForView(page, 'brott');
    expect(await region.innerText()).toMatch(/\d kategori(er)?\./);
    expect(await region.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
  });
});
