/**
 * The English UI of the shell and the crime views (issue 13 point 5): Översikt, Brottsutveckling
 * with its tables shown, Karta, the filter panel's pickers, the language link in the header and
 * the browser tab's title. Swedish data (municipality names, promise titles) are marked lang="sv".
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForView } from './browser';
import { axeViolations } from './axe';
import { swedishLeft } from './english';

const session = useBrowser();

async function showTables(page: Page): Promise<number> {
  const buttons = page.getByRole('button', { name: 'Show as table' });
  const n = await buttons.count();
  for (let i = 0; i < n; i++) await buttons.first().click();
  return n;
}

async function headings(page: Page): Promise<string[]> {
  return page.locator('main h2, main h3').allInnerTexts();
}

describe('the English shell', () => {
  it('Översikt: English headings, cards, chart and table, Swedish only where it is data', async () => {
    const { page } = await session.open('?view=oversikt&lang=en', 'oversikt');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Overview – Mariestad – citizen promise');
    expect(await page.locator('#oversikt-h').innerText()).toMatch(/^Overview \d{4}: Mariestad/);
    expect(await page.locator('header h1').innerText()).toBe('Citizen promise: Mariestad');
    const card = page.locator('article.card[data-category="totalt"]');
    expect(await card.locator('h3').innerText()).toContain('All reported crimes');
    expect(await card.innerText()).toContain('per 100,000 inh.');
    expect(await card.innerText()).toContain('compared with 2014–2016, before the first promise');
    expect(await page.locator('nav[aria-label="Views"] a').allInnerTexts()).toContain('Crime trends');
    expect(await page.locator('aside h2').innerText()).toBe('Filters');
    expect(await showTables(page)).toBeGreaterThan(0);
    expect(await page.locator('main table th[scope="col"]').first().innerText()).toBe('Year');
    expect(await axeViolations(page)).toEqual([]);
    expect(await swedishLeft(page)).toEqual([]);
  });

  it('Brottsutveckling with every table shown, the intervals on, and the filter panel', async () => {
    const { page } = await session.open('?view=brott&lang=en', 'brott');
    expect(await page.title()).toBe('Crime trends – Mariestad – citizen promise');
    expect(await page.locator('#brott-h').innerText()).toMatch(/^Crime trends: Mariestad \d{4}–\d{4}$/);
    await page.getByLabel('Show uncertainty (95% confidence interval)').check();
    expect(await showTables(page)).toBeGreaterThan(0);
    const captions = await page.locator('main table caption').allInnerTexts();
    expect(captions.some((c) => c.endsWith(': reported crimes per 100,000 inhabitants'))).toBe(true);
    expect(await page.getByRole('group', { name: 'Measure' }).getByLabel('Number').count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Crime category' }).getByLabel('Criminal damage (incl. arson)').count()).toBe(1);
    expect(await page.locator('[data-filter-summary]').innerText()).toMatch(/^Showing \d{4}–\d{4}, Mariestad, per 100,000 inhabitants, /);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Karta: English heading, legend and table', async () => {
    const { page } = await session.open('?view=karta&lang=en', 'karta');
    expect(await page.title()).toBe('Map – Mariestad – citizen promise');
    expect(await page.locator('#karta-h').innerText()).toMatch(/^Map \d{4}: All reported crimes$/);
    expect(await page.locator('.map-legend ul[aria-label="Key"]').innerText()).toContain('no figures');
    expect(await showTables(page)).toBe(1);
    expect(await page.locator('main table th[scope="col"]').allInnerTexts()).toEqual(['Municipality', 'On the map', 'Reported crimes', 'Inhabitants', 'Per 100,000 inhabitants', 'Source']);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the municipality picker and the category picker in English, with the list open', async () => {
    const { page } = await session.open('?view=brott&lang=en', 'brott');
    const box = page.getByRole('combobox', { name: 'Municipality' });
    await box.fill('');
    await box.pressSequentially('ma');
    const list = page.getByRole('listbox', { name: 'Municipalities' });
    await list.waitFor();
    expect(await page.locator('.picker [role="status"]').innerText()).toMatch(/^\d+ municipalit(y|ies), \d+ with data\.$/);
    expect(await list.getByRole('option').first().innerText()).toMatch(/./);
    expect(await list.locator('[lang="sv"]').count()).toBeGreaterThan(0);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // Picking Töreboda by keyboard keeps the English page.
    await box.fill('');
    await box.pressSequentially('törebo');
    await page.getByRole('option', { name: /^Töreboda\b/ }).waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await waitForView(page, 'brott');
    expect(page.url()).toContain('lang=en');
    expect(await page.title()).toBe('Crime trends – Töreboda – citizen promise');
    const categories = page.getByRole('group', { name: 'Crime category' });
    await categories.getByLabel('Assault, incl. aggravated').check();
    await waitForView(page, 'brott');
    expect(await page.locator('[data-filter-summary]').innerText()).toMatch(/\d+ categories\.$/);
    expect(await swedishLeft(page)).toEqual([]);
  });

  it('the language link: by keyboard to English on the same view and filters, and back to Swedish by a click', async () => {
    const { page } = await session.open('?view=karta&from=2015&to=2020', 'karta');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await page.title()).toBe('Karta – Mariestad – medborgarlöfte');
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('In English');
    await page.keyboard.press('Enter');
    await page.waitForURL(/lang=en/);
    await waitForView(page, 'karta');
    const url = new URL(page.url());
    expect([url.searchParams.get('view'), url.searchParams.get('from'), url.searchParams.get('to')]).toEqual(['karta', '2015', '2020']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Map – Mariestad – citizen promise');
    expect(await page.locator('#karta-h').innerText()).toBe('Map 2020: All reported crimes');
    const back = page.getByRole('link', { name: 'På svenska' });
    expect(await back.getAttribute('lang')).toBe('sv');
    await back.click();
    await page.waitForURL((u) => !u.search.includes('lang='));
    await waitForView(page, 'karta');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await page.locator('#karta-h').innerText()).toBe('Karta 2020: Totalt antal brott');
    expect(await page.title()).toBe('Karta – Mariestad – medborgarlöfte');
  });

  it('the language link is drawn in a system colour and shows its focus in forced colours', async () => {
    const { page } = await session.open('?view=oversikt&lang=en', 'oversikt');
    await page.emulateMedia({ forcedColors: 'active' });
    const link = page.getByRole('link', { name: 'På svenska' });
    const box = await link.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    await link.focus();
    const style = await link.evaluate((el) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), forced: matchMedia('(forced-colors: active)').matches };
    });
    expect(style.forced).toBe(true);
    expect(style.outline).not.toBe('none');
    expect(style.width).toBeGreaterThanOrEqual(2);
  });

  it('the loading screen and the first-paint preview are in English while DuckDB is held back', async () => {
    for (const [search, heading] of [['?view=brott&lang=en', 'Citizen promise – follow-up'], ['?lang=en', 'Citizen promise: Mariestad']] as const) {
      const { page } = await session.newPage();
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/*.wasm', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(new URL(search, session.baseURL).href);
      await page.locator('h1').first().waitFor({ timeout: 15000 });
      expect(await page.locator('h1').first().innerText()).toBe(heading);
      expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'Citizen promise – follow-up']);
      expect(await page.getByText(/^Step \d+ of \d+$/).count()).toBe(1);
      if (search === '?lang=en') {
        await page.locator('[data-preview="oversikt"] svg[role="img"] path.line').first().waitFor({ timeout: 15000 });
        expect(await page.locator('[data-preview="oversikt"]').getByRole('status').innerText()).toMatch(/^Preview: the figures were computed in advance/);
        expect(await page.locator('#oversikt-h').innerText()).toMatch(/^Overview \d{4}: Mariestad/);
      }
      expect(await swedishLeft(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      release();
    }
  });

  it('the Swedish pages are unchanged where the catalogue took over', async () => {
    const { page } = await session.open('?view=brott', 'brott');
    expect(await page.title()).toBe('Brottsutveckling – Mariestad – medborgarlöfte');
    expect(await page.locator('header h1').innerText()).toBe('Medborgarlöfte Mariestad');
    expect(await page.locator('aside h2').innerText()).toBe('Filter');
    expect(await page.getByLabel('Visa osäkerhet (95 % konfidensintervall)').count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Brottskategori' }).getByLabel('Skadegörelse (inkl. mordbrand)').count()).toBe(1);
    expect(await page.locator('body [lang="sv"]').count()).toBe(0);
    expect(await headings(page)).toContain('Totalt antal brott: anmälda brott per 100\u00a0000 invånare');
  });
});
