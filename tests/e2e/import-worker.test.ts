/**
 * The validation rules run in a worker (src/lib/import/convert-off-main.ts), in the production
 * build: a real Kolada file is converted by a worker whose script is convert-worker (Playwright sees
 * it start and close) and the page's mark says the answer came from a worker scope; a broken copy
 * of the same file is refused naming file, row, column and value in Swedish; Avbryt while the rows
 * are checked ends the worker and leaves the data as they were. Expected values read by hand from
 * tests/fixtures/real/kolada-invanare-kommuner-2010-2016.csv (header, then 291 regions × 7 years).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmImport, useBrowser, waitForView } from './browser';
import { cancelWhileHeld, marks as marksOf, upload, watchWorkers as watchFor } from './import-workers';

const session = useBrowser();
const KOLADA = 'kolada-invanare-kommuner-2010-2016.csv';
const koladaText = () => readFileSync(new URL(`../fixtures/real/${KOLADA}`, import.meta.url), 'utf8');

const SCRIPT = /convert-worker/;
const MARK = 'import-convert-worker';
const watchWorkers = (page: Page) => watchFor(page, SCRIPT);
const marks = (page: Page) => marksOf<{ fileName: string; rows: number; inWorker: boolean }>(page, MARK);

describe('the rows are checked off the main thread', () => {
  it('a real Kolada file: converted in the worker, then imported', async () => {
    const { page } = await session.open('?view=data', 'data');
    const workers = watchWorkers(page);
    await upload(page, KOLADA, koladaText());
    await confirmImport(page, KOLADA);
    await waitForView(page, 'data');
    expect(workers.started).toHaveLength(1);
    expect(workers.started[0]).toMatch(/\/assets\/convert-worker-[\w-]+\.js$/);
    await expect.poll(() => workers.closed.length).toBe(1);
    // 291 regions (290 municipalities and Riket) × 7 years, all known.
    expect(await marks(page)).toEqual([{ fileName: KOLADA, rows: 291 * 7, inWorker: true, workerMs: expect.any(Number), totalMs: expect.any(Number) }]);
    expect(await page.locator('tr[data-source="Kolada (import: kolada-invanare-kommuner-2010-2016.csv)"]').count()).toBe(1);
  });

  it('a broken copy: the worker’s refusal names file, row, column and value in Swedish', async () => {
    const { page } = await session.open('?view=data', 'data');
    const workers = watchWorkers(page);
    const before = await page.locator('table.datasets').innerText();
    const lines = koladaText().split('\n');
    // File line 100 is Boden 2010, 27471; its population becomes -5.
    expect(lines[99]).toBe('"Invånare  totalt, antal",Boden,2010,27471');
    lines[99] = '"Invånare  totalt, antal",Boden,2010,-5';
    await upload(page, 'kolada-trasig.csv', lines.join('\n'));
    const alert = page.locator('[role="alert"].failed');
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.locator('p').first().innerText()).toBe('kolada-trasig.csv: 1 fel, inget lästes in. Tidigare inlästa data är oförändrade.');
    const cells = await alert.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells).toEqual(['100', 'Invånare', '”-5”', 'Negativt befolkning.']);
    expect(workers.started).toHaveLength(1);
    expect(await marks(page)).toEqual([]);
    await waitForView(page, 'data');
    expect(await page.locator('table.datasets').innerText()).toBe(before);
  });

  it('Avbryt while the rows are checked ends the worker; nothing is written', async () => {
    const { page } = await session.open('?view=data', 'data');
    await cancelWhileHeld(page, { script: /convert-worker-[\w-]+\.js$/, workerName: SCRIPT, mark: MARK, fileName: KOLADA, bytes: koladaText(), stage: 'Kontrollerar raderna' });
  });
});
