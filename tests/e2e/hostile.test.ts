/**
 * A browser subset of the hostile-input suite through the Data view: one file of each kind. A
 * refusal is a Swedish alert that names the file, and the loaded data stay exactly as they were;
 * a long import can be cancelled; the page never stops answering.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmImport, useBrowser } from './browser';
import { hostileCases } from '../fixtures/hostile/generate';

const session = useBrowser();

async function upload(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

const all = hostileCases();
// The first case of every kind of refusal (one file name per kind in the generator), and two accepts.
const refusals = all.filter((c) => c.expect === 'refuse').filter((c, i, list) => list.findIndex((d) => d.fileName === c.fileName) === i);
const accepts = all.filter((c) => c.expect === 'accept').slice(0, 2);

describe('hostile files in the Data view', () => {
  it(`refuses ${refusals.length} kinds of hostile file in Swedish, naming each, and leaves the data as they were`, async () => {
    expect(refusals.length).toBeGreaterThanOrEqual(10);
    const { page } = await session.open('?view=data', 'data');
    const datasets = page.locator('table.datasets');
    const before = await datasets.innerText();
    for (const c of refusals) {
      await upload(page, c.fileName, c.bytes);
      const alert = page.locator('[role="alert"].failed');
      await expect.poll(() => alert.innerText(), { timeout: 30000 }).toContain(`${c.fileName}:`);
      expect(await alert.innerText()).toMatch(/Tidigare inlästa data är oförändrade/);
      expect(await datasets.innerText()).toBe(before);
      // The page answers between files.
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
    }
  });

  it('imports the valid files among them', async () => {
    const { page } = await session.open('?view=data', 'data');
    for (const c of accepts) {
      await upload(page, c.fileName, c.bytes);
      await confirmImport(page, c.fileName);
    }
    await expect.poll(() => page.locator('tr[data-dataset="imported"]').count()).toBe(accepts.length);
  });

  it('cancels a long import with Avbryt, and nothing is read in', async () => {
    const { page } = await session.open('?view=data', 'data');
    const before = await page.locator('table.datasets').innerText();
    const lines = ['År,Kommun,Brott,Brott_ID,Antal,Per100000'];
    for (let i = 0; i < 1_500_000; i++) lines.push(`${1990 + (i % 30)},Mariestad,Brottstyp ${i},${90000 + i},5,1.5`);
    // Playwright hands files over 50 MB only by path.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mbl-cancel-')), 'mycket-stor.csv');
    writeFileSync(file, lines.join('\n'));
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Avbryt' }).click({ timeout: 30000 });
    await expect.poll(() => page.locator('[role="alert"].failed').innerText(), { timeout: 60000 }).toMatch(/mycket-stor\.csv: importen avbröts\. Inget lästes in\./);
    expect(await page.locator('table.datasets').innerText()).toBe(before);
  });
});
