/** Importing real data through the Data view, in the production build: formats, errors, reload, reset. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmImport, useBrowser, waitForView } from './browser';
import { cp1252, crimesParquet, koladaJson, utf8 } from '../fixtures/import/files';

const session = useBrowser();
const { baseURL } = session;
const open = session.open;

const BRA_NO_YEAR = ['Kommun;Antal;Per 100 000 inv.', 'Mariestads kommun;2 537;10 254,3', 'Skövde kommun;..;..', 'Götene kommun;-;0,0', 'Töreboda kommun;1 204;..'].join('\r\n');

async function upload(page: Page, name: string, bytes: Uint8Array, mimeType = 'application/octet-stream'): Promise<void> {
  await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

async function imported(page: Page, name: string): Promise<void> {
  await confirmImport(page, name);
  await waitForView(page, 'data');
}

/** Goes to a view (a full load: imports come back from the browser's storage) and shows its tables. */
async function tableText(page: Page, search: string): Promise<string> {
  await page.goto(new URL(search, baseURL).href);
  await waitForView(page, 'brott');
  await page.getByRole('button', { name: 'Visa som tabell' }).first().click();
  return page.locator('[data-view="brott"] table').first().innerText();
}

const figure = (n: number) => new RegExp(`(^|\\D)${String(n).replace(/\B(?=(\d{3})+$)/g, '[\\s\\u00a0\\u202f]')}(\\D|$)`);

describe('importing through the file picker', () => {
  it('a BRÅ file in Windows-1252 with decimal commas and `..`: year and category asked for, figures shown', async () => {
    const { page } = await open('?view=data', 'data');
    await upload(page, 'bra-kommuner.csv', cp1252(BRA_NO_YEAR), 'text/csv');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Mariestads kommun');
    await dialog.locator('input[name="yearValue"]').fill('2023');
    await dialog.locator('select[name="categoryValue"]').selectOption('skadegorelse');
    await dialog.getByRole('button', { name: 'Läs in' }).click();
    await imported(page, 'bra-kommuner.csv');
    const row = page.locator('tr[data-source="BRÅ (import: bra-kommuner.csv)"]');
    expect(await row.innerText()).toMatch(/importerad/);
    const text = await tableText(page, '?view=brott&category=skadegorelse&measure=count&from=2022&to=2023&compare=1496');
    expect(text).toMatch(figure(2537));
  });

  it('a Kolada JSON response: the rate becomes a count with the population', async () => {
    const { page } = await open('?view=data', 'data');
    await upload(page, 'kolada-N07403.json', utf8(koladaJson(1000)), 'application/json');
    await imported(page, 'kolada-N07403.json');
    // Mariestad 2016: 24 215 inhabitants → 1 000 per 100 000 = 242 crimes.
    const text = await tableText(page, '?view=brott&category=valdsbrott&measure=count&from=2015&to=2016&compare=');
    expect(text).toMatch(figure(242));
  });

  it('a Parquet file: real figures replace the example series, and its exempeldata label goes', async () => {
    const { page } = await open('?view=brott&category=narkotikabrott&measure=count&from=2017&to=2018&compare=', 'brott');
    const badge = page.locator('[data-view="brott"] figure').getByText('exempeldata', { exact: true });
    expect(await badge.count()).toBeGreaterThan(0);
    await page.goto(new URL('?view=data', baseURL).href);
    await waitForView(page, 'data');
    const rows = [2017, 2018].map((year, i) => ({ year, kommunkod: '1493', category_id: 'narkotikabrott', count: 41 + i * 2 }));
    await upload(page, 'narkotika.parquet', crimesParquet(rows));
    await imported(page, 'narkotika.parquet');
    const text = await tableText(page, '?view=brott&category=narkotikabrott&measure=count&from=2017&to=2018&compare=');
    expect(text).toMatch(figure(41));
    expect(text).toMatch(figure(43));
    expect(await badge.count()).toBe(0);
  });
});

describe('errors, reload and reset', () => {
  it('a broken file says what and where, and leaves the data as they were', async () => {
    const { page } = await open('?view=data', 'data');
    const before = await page.locator('table.datasets').innerText();
    await upload(page, 'bra-totalt-2023.csv', cp1252('Kommun;Antal;Per 100 000 inv.\r\nMariestads kommun;-5;1,0'), 'text/csv');
    const alert = page.locator('[role="alert"]').filter({ hasText: 'kunde inte läsas in' });
    await alert.waitFor({ timeout: 30000 });
    const text = await alert.innerText();
    expect(text).toContain('bra-totalt-2023.csv');
    expect(text).toContain('Negativt antal');
    expect(text).toMatch(/2\s+Antal\s+”-5”/);
    await waitForView(page, 'data');
    expect(await page.locator('table.datasets').innerText()).toBe(before);

    await upload(page, 'skrap.csv', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7]));
    await page.getByText('binära tecken').waitFor();
    expect(await page.locator('table.datasets').innerText()).toBe(before);
  });

  it('a reload keeps the imports; remove and reset bring back the shipped data', async () => {
    const { page } = await open('?view=data', 'data');
    await upload(page, 'narkotika.parquet', crimesParquet([{ year: 2018, kommunkod: '1493', category_id: 'narkotikabrott', count: 55 }]));
    await imported(page, 'narkotika.parquet');
    await upload(page, 'kolada-N07403.json', utf8(koladaJson(1000)), 'application/json');
    await imported(page, 'kolada-N07403.json');
    await page.reload();
    await waitForView(page, 'data');
    const importedRows = page.locator('tr[data-dataset="imported"]');
    expect(await importedRows.count()).toBe(2);

    await page.getByRole('button', { name: 'Ta bort kolada-N07403.json' }).click();
    await expect.poll(() => importedRows.count()).toBe(1);
    await page.reload();
    await waitForView(page, 'data');
    expect(await importedRows.count()).toBe(1);

    // Återställ asks first; Avbryt keeps everything, "Ja, fortsätt" resets.
    await page.getByRole('button', { name: 'Återställ till levererade data' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    expect(await importedRows.count()).toBe(1);
    await page.getByRole('button', { name: 'Återställ till levererade data' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, fortsätt' }).click();
    await expect.poll(() => importedRows.count()).toBe(0);
    const text = await tableText(page, '?view=brott&category=narkotikabrott&measure=count&from=2017&to=2018&compare=');
    expect(text).not.toMatch(figure(55));
    expect(text).toContain('*');
  });

  it('a kept import that cannot be restored is listed with the reason, Försök igen and Ta bort', async () => {
    const { page } = await open('?view=data', 'data');
    await upload(page, 'trasig.parquet', crimesParquet([{ year: 2018, kommunkod: '1493', category_id: 'narkotikabrott', count: 55 }]));
    await imported(page, 'trasig.parquet');
    // Damage the kept copy in the browser's storage, as a full disk or another program might.
    await page.evaluate(async () => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('medborgarlofte-imports');
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) {
        if (!name.endsWith('.csv')) continue;
        const w = await handle.createWritable();
        await w.write('year,kommunkod\ninte,ett,tal\n');
        await w.close();
      }
    });
    await page.reload();
    await waitForView(page, 'data');
    const item = page.locator('[data-unrestored="trasig.parquet"]');
    await item.waitFor();
    expect(await item.innerText()).toMatch(/trasig\.parquet: .+/);
    expect(await page.locator('tr[data-dataset="imported"]').count()).toBe(0);
    await item.getByRole('button', { name: 'Försök igen' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'trasig.parquet' }).count()).toBeGreaterThan(0);
    await item.getByRole('button', { name: /Ta bort/ }).click();
    await expect.poll(() => item.count()).toBe(0);
    await page.reload();
    await waitForView(page, 'data');
    expect(await page.locator('[data-unrestored]').count()).toBe(0);
  });

  it('a broken list of kept imports is reported and can be emptied', async () => {
    const { page } = await open('?view=data', 'data');
    await page.evaluate(async () => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('medborgarlofte-imports', { create: true });
      const w = await (await dir.getFileHandle('index.json', { create: true })).createWritable();
      await w.write('{inte json');
      await w.close();
    });
    await page.reload();
    await waitForView(page, 'data');
    const problem = page.locator('section.problems');
    await expect.poll(() => problem.innerText()).toMatch(/skadad/);
    await page.getByRole('button', { name: 'Töm sparade importer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, fortsätt' }).click();
    await expect.poll(() => problem.count()).toBe(0);
    await page.reload();
    await waitForView(page, 'data');
    expect(await problem.count()).toBe(0);
  });
});
