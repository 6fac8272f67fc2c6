/** The production build in headless Chromium, used as a person would use it. */
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();
const { baseURL } = session;
const open = session.open;

describe('start-up', () => {
  it('shows progress while DuckDB starts, then the overview with charts and headline figures', async () => {
    const watched = await session.newPage();
    const { page } = watched;
    const sawProgress = page.waitForSelector('progress', { timeout: 15000 }).then(() => true);
    await page.goto(baseURL);
    expect(await sawProgress).toBe(true);
    await waitForView(page, 'oversikt');
    expect(page.url()).toContain('?view=oversikt');
    expect(await page.locator('[data-view="oversikt"] svg[role="img"] path.line').count()).toBeGreaterThanOrEqual(2);
    const cards = page.locator('article.card[data-category]');
    expect(await cards.count()).toBe(5);
    expect(await cards.first().innerText()).toMatch(/per 100\u00a0000 inv\./);
    // One baseline everywhere (the years before the first promise); narkotikabrott is police activity, not an outcome.
    expect(await cards.first().innerText()).toContain('mot 2014–2016, före det första löftet');
    expect(await page.locator('article.card[data-category="narkotikabrott"] [data-activity]').count()).toBe(1);
    expect(await page.locator('article.card[data-category="totalt"] [data-activity]').count()).toBe(0);
    expect(await page.locator('article[data-card="delivered"]').innerText()).toContain('Polisen');
    await expect.poll(() => page.getByText('exempeldata', { exact: true }).first().isVisible()).toBe(true);
    const label = await page.locator('svg[role="img"]').first().getAttribute('aria-label');
    expect(label).toMatch(/Mariestad/);
  });

  it.each([
    ['?view=brott', 'brott'],
    ['?view=insatser', 'insatser'],
    ['?view=platser', 'platser'],
  ])('opens %s by its own URL and draws its charts', async (search, view) => {
    const { page } = await open(search, view);
    expect(await page.locator(`[data-view="${view}"] svg[role="img"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`nav a[aria-current="page"]`).getAttribute('href')).toContain(`view=${view}`);
  });

  it('says clearly when DuckDB cannot start, instead of a blank page', async () => {
    const watched = await session.newPage();
    const { page } = watched;
    await page.addInitScript(() => {
      // Simulate a browser without WebAssembly.
      Reflect.deleteProperty(globalThis, 'WebAssembly');
    });
    await page.goto(baseURL);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15000 });
    expect(await alert.innerText()).toContain('kunde inte starta');
    expect(await alert.innerText()).toContain('WebAssembly');
  });
  it('says clearly when the DuckDB worker is blocked', async () => {
    const watched = await session.newPage();
    const { page } = watched;
    await page.route(/duckdb-browser-.*\.worker/, (route) => route.abort());
    await page.goto(baseURL);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.innerText()).toContain('DuckDB-workern kunde inte laddas');
    // The aborted request and DuckDB's own report of it are expected here; nothing else may be.
    watched.errors = watched.errors.filter((e) => !/Failed to load resource|net::ERR_FAILED|error in duckdb worker|^Event$/.test(e));
  });
});

describe('filters in the URL', () => {
  it('a venue filter in the URL changes what is drawn', async () => {
    const all = await open('?view=platser', 'platser');
    const allVenues = await all.page.locator('[data-venue]').count();
        const one = await open('?view=platser&venue=elvarket', 'platser');
    const venues = await one.page.locator('[data-venue]').evaluateAll((els) => els.map((e) => e.getAttribute('data-venue')));
    expect(venues).toEqual(['elvarket']);
    expect(allVenues).toBeGreaterThan(1);
    expect(await one.page.locator('input[name="venue"][value="elvarket"]').isChecked()).toBe(true);
  });

  it('a venue filter narrows the activity charts', async () => {
    const { page } = await open('?view=insatser&from=2018&to=2018', 'insatser');
    const records = () => page.locator('details.records tbody tr').count();
    const before = await records();
    await page.locator('input[name="venue"][value="elvarket"]').check();
    await waitForView(page, 'insatser');
    expect(page.url()).toContain('venue=elvarket');
    const after = await records();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
  });

  it('changing a filter redraws without a reload, and the back button restores it', async () => {
    const { page } = await open('?view=brott&category=totalt', 'brott');
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    const lines = () => page.locator('[data-view="brott"] path.line').count();
    expect(await lines()).toBe(2);
    await page.locator('input[name="compare"][value="1496"]').check();
    await waitForView(page, 'brott');
    expect(page.url()).toContain('compare=1496,00');
    expect(await lines()).toBe(3);
    await page.goBack();
    await waitForView(page, 'brott');
    expect(page.url()).not.toContain('1496');
    expect(await lines()).toBe(2);
    expect(await page.locator('input[name="compare"][value="1496"]').isChecked()).toBe(false);
    // Same document throughout: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
  });

  it('ignores unknown values with a visible notice, never a crash', async () => {
    const { page } = await open('?view=brott&category=totalt,foo&venue=disco&from=1850', 'brott');
    const notice = page.locator('.notice.url');
    expect(await notice.innerText()).toContain('foo');
    expect(await notice.innerText()).toContain('1850');
    expect(await page.locator('[data-view="brott"] figure').count()).toBe(1);
  });

  it('measure=count switches the axis to counts', async () => {
    const { page } = await open('?view=brott&category=totalt&measure=count', 'brott');
    // Riket is left out of a count axis, and the page says so.
    expect(await page.locator('[data-view="brott"] path.line').count()).toBe(1);
    expect(await page.locator('[data-riket-hidden]').innerText()).toContain('Per 100\u00a0000 invånare');
    expect(await page.locator('.axis-label').first().textContent()).toBe('antal anmälda brott');
  });
});

describe('charts', () => {
  it('shows the same numbers as a table, in Swedish number format', async () => {
    const { page } = await open('?view=brott&category=totalt&compare=', 'brott');
    await page.getByRole('button', { name: 'Visa som tabell' }).click();
    const table = page.locator('figure table');
    await table.waitFor();
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers).toEqual(['År', 'Mariestad', 'Insatser']);
    const firstValue = await table.locator('tbody tr').first().locator('td').first().innerText();
    expect(firstValue).toMatch(/^\d{1,3}(\u00a0\d{3})* \(\d{1,3}(\u00a0\d{3})*–\d{1,3}(\u00a0\d{3})*\)/);
    await page.getByRole('button', { name: 'Visa som diagram' }).click();
    expect(await page.locator('figure svg[role="img"]').count()).toBe(1);
  });

  it('has a tooltip that the keyboard reaches', async () => {
    const { page } = await open('?view=brott&category=totalt', 'brott');
    const area = page.locator('.focus-area').first();
    await area.focus();
    await page.keyboard.press('End');
    const tooltip = page.locator('.tooltip[role="status"]');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toContain('2024');
    expect(text).toContain('Mariestad');
    await page.keyboard.press('Escape');
    expect(await tooltip.count()).toBe(0);
  });

  it('moves between views from the navigation and keeps the filters', async () => {
    const { page } = await open('?view=oversikt&from=2015', 'oversikt');
    await page.getByRole('link', { name: 'Insatser' }).click();
    await waitForView(page, 'insatser');
    expect(page.url()).toContain('view=insatser');
    expect(page.url()).toContain('from=2015');
  });
});
