/**
 * The Data and Logg views in English (`?lang=en`): drop zone, an import refused in English
 * naming file, row, column and value, the mapping dialog and the check before an import, the
 * dataset list, the SQL console; the activity form with its validation errors. No Swedish UI
 * text is left in these views (swedishLeft) and axe finds nothing, with the dialogs open.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { swedishLeft } from './english';
import { axeViolations } from './axe';

const session = useBrowser();

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}


describe('the Data view in English', () => {
  it('drop zone, a refused file in English, the dataset list and the SQL console', async () => {
    const { page } = await session.open('?view=data&lang=en', 'data');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const view = page.locator('[data-view="data"]');
    expect(await view.locator('h2').first().innerText()).toBe('Data');
    expect(await view.locator('.lead').innerText()).toMatch(/^Import real figures from BRÅ, Kolada or SCB\./);
    expect(await view.getByText('Drop files here, or').count()).toBe(1);
    expect(await view.locator('label.pick').innerText()).toContain('Choose files …');

    // The dataset list: English headers and kinds, the shipped source kept as it is.
    const list = view.locator('table.datasets');
    expect(await list.locator('caption').innerText()).toBe('Loaded data');
    expect(await list.locator('thead').innerText()).toMatch(/Name\s+Source\s+Rows\s+Years\s+Municipalities\s+Loaded\s+Kind/);
    expect(await list.locator('tbody').innerText()).toMatch(/with the tool/);
    expect(await list.locator('tbody').innerText()).toMatch(/shipped/);

    // A file in the tool's own layout with a word for a count: refused, in English, naming file, row, column and value.
    await upload(page, 'own-2020.csv', 'year,kommunkod,category_id,count\n2020,1493,skadegorelse,12\n2021,1493,skadegorelse,abc\n');
    const alert = view.locator('[role="alert"].failed');
    await alert.waitFor();
    expect(await alert.locator('h3').innerText()).toBe('The file could not be imported');
    expect(await alert.locator('p').first().innerText()).toBe('own-2020.csv: 1 error, nothing was read. Previously imported data are unchanged.');
    expect(await alert.locator('thead').innerText()).toMatch(/Row\s+Column\s+Value\s+Error/);
    expect((await alert.locator('tbody tr').innerText()).split('\t').map((s) => s.trim())).toEqual(['3', 'count', '”abc”', 'The value for count is not a number.']);

    // The SQL console: a result and a refused write, both in English.
    const box = page.getByLabel(/^SQL query \(read-only queries only/);
    await box.fill('SELECT 1 AS n');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await view.getByRole('status').filter({ hasText: /^1 row\.$/ }).waitFor();
    expect(await view.locator('caption', { hasText: 'Result of the SQL query' }).count()).toBe(1);
    expect(await view.getByRole('heading', { name: 'Tables and columns' }).count()).toBe(1);
    expect(await view.getByRole('button', { name: 'Result as CSV' }).count()).toBe(1);
    await box.fill('DROP TABLE crimes');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await view.locator('.error pre').waitFor();
    expect(await view.locator('.error pre').innerText()).toBe(
      'Only read-only queries are allowed: begin with SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN. “DROP” is not run.',
    );

    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the mapping dialog and the check before an import, in English', async () => {
    const { page } = await session.open('?view=data&lang=en', 'data');
    await upload(page, 'places.csv', 'Place;Year;Crimes\nMariestad;2020;12\nSkövde;2020;30\n');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toBe('Which columns are what? – places.csv');
    expect(await dialog.locator('legend').allInnerTexts()).toEqual(['Shape of the table', 'Table']);
    expect(await dialog.locator('caption').innerText()).toBe('The first rows of the file');
    expect(await dialog.locator('.missing').innerText()).toMatch(/^Missing: .*municipality/);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await dialog.locator('select[name="year"]').selectOption({ label: 'Year' });
    await dialog.locator('select[name="municipality"]').selectOption({ label: 'Place' });
    await dialog.locator('select[name="categoryValue"]').selectOption('skadegorelse');
    await dialog.locator('select[name="count"]').selectOption({ label: 'Crimes' });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const check = page.getByRole('dialog', { name: 'Check the import – places.csv' });
    await check.waitFor();
    const text = await check.innerText();
    expect(text).toContain('Nothing has changed yet.');
    expect(text).toMatch(/Table\s+Reported crimes/);
    expect(text).toMatch(/Rows\s+2 rows: /);
    expect(text).toMatch(/Period type\s+Year \(full year\)/);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await check.getByRole('button', { name: 'Cancel' }).click();
    await check.waitFor({ state: 'detached' });
  });

  it('the Swedish Data view is unchanged', async () => {
    const { page } = await session.open('?view=data', 'data');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    const view = page.locator('[data-view="data"]');
    expect(await view.locator('.lead').innerText()).toMatch(/^Läs in verkliga siffror från BRÅ, Kolada eller SCB\./);
    expect(await view.locator('table.datasets caption').innerText()).toBe('Inlästa data');
    expect(await page.getByLabel(/^SQL-fråga \(bara läsfrågor/).count()).toBe(1);
  });
});

describe('the Logg view in English', () => {
  it('the activity form and its validation errors', async () => {
    const { page } = await session.open('?view=logg&lang=en&from=2018&to=2018', 'logg');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const view = page.locator('[data-view="logg"]');
    expect(await view.locator('h2').first().innerText()).toMatch(/^Activity log: Mariestad 2018–2018$/);
    expect(await view.locator('caption').innerText()).toMatch(/^Recorded interventions 2018–2018 \(\d+\), newest first$/);
    expect(await view.locator('thead').innerText()).toMatch(/Year\s+Month\s+Actor\s+Type\s+Place\s+Count\s+Source\s+Action/);

    await page.getByRole('button', { name: 'New intervention' }).click();
    await page.locator('input[name="when"]').fill('2018-13');
    await page.locator('input[name="count"]').fill('four');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = view.locator('form [role="alert"]');
    await alert.waitFor();
    const errors = await alert.innerText();
    expect(errors).toContain('The intervention could not be saved:');
    expect(errors).toContain('Choose an actor: police, municipality or joint (samverkan).');
    expect(errors).toContain('There is no month 13.');
    expect(errors).toContain('The count must be a whole number, 0 or more (you wrote “four”).');
    expect(await page.getByLabel(/^Type of intervention/).getAttribute('aria-invalid')).toBe('true');

    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await view.locator('form').getByRole('button', { name: 'Cancel' }).click();

    // The question before a record is removed: English around the activity type, which stays Swedish (lang="sv").
    const row = view.locator('tr[data-activity]').first();
    const type = await row.locator('td').nth(3).innerText();
    await row.getByRole('button', { name: /^Remove / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('p').innerText()).toBe(`Remove “${type}” (2018)?`);
    expect(await dialog.locator('p span[lang="sv"]').innerText()).toBe(type);
    expect(await dialog.getByRole('button').allInnerTexts()).toEqual(['Yes, continue', 'Cancel']);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await view.locator('tr[data-activity]').count()).toBeGreaterThan(0);
  });
});
