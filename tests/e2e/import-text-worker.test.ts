/**
 * A delimited file's text is decoded and prepared in a worker (src/lib/import/text-off-main.ts), in
 * the production build: a real BRÅ extract goes through a worker whose script is text-worker
 * (Playwright sees it start and close) and the page's mark says the prepared text came from a
 * worker scope; the same file saved as Windows-1252 with `;` and decimal commas (as Excel writes
 * it) is read with the same figures; Avbryt while the text is prepared ends the worker and leaves
 * the data as they were. Expected values read by hand from
 * tests/fixtures/real/bra-extrakt-boden-lulea-2026-08.csv (header, 82 rows of 25 columns; line 4
 * Boden, Totalt antal brott, August 2026, 225.0; line 45 Luleå 652.0).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmImport, useBrowser, waitForView } from './browser';
import { cancelWhileHeld, marks as marksOf, upload, watchWorkers as watchFor } from './import-workers';
import { cp1252 } from '../fixtures/import/files';

const session = useBrowser();
const { baseURL } = session;
const EXTRACT = 'bra-extrakt-boden-lulea-2026-08.csv';
const extractText = () => readFileSync(new URL(`../fixtures/real/${EXTRACT}`, import.meta.url), 'utf8');

/** One CSV line's cells as written (quotes kept), split on commas outside quotes. */
function rawCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** The extract as a Swedish Excel saves it: `;` between cells, decimal commas, CRLF, Windows-1252. */
function asExcelSaves(text: string): Uint8Array {
  const lines = text.replace(/\n$/, '').split('\n').map((l) => rawCells(l).map((c) => c.replace(/^(\d+)\.(\d+)$/, '$1,$2')).join(';'));
  return cp1252(`${lines.join('\r\n')}\r\n`);
}

const SCRIPT = /text-worker/;
const MARK = 'import-text-worker';
const watchWorkers = (page: Page) => watchFor(page, SCRIPT);
const marks = (page: Page) => marksOf<Record<string, unknown>>(page, MARK);

/** Brottsutveckling by month for one municipality, Totalt antal brott as counts: the table's text. */
async function monthTable(page: Page, kommunkod: string): Promise<string> {
  await page.goto(new URL(`?view=brott&municipality=${kommunkod}&category=totalt&compare=&measure=count&period=manad`, baseURL).href);
  await waitForView(page, 'brott');
  const charts = page.locator('[data-period-charts="manad"][data-ready="true"]');
  await charts.locator('svg[role="img"]').first().waitFor();
  await charts.getByRole('button', { name: 'Visa som tabell' }).first().click();
  return charts.locator('table').first().innerText();
}

describe('the text is prepared off the main thread', () => {
  it('a real BRÅ extract: decoded and prepared in the worker, then imported', async () => {
    const { page } = await session.open('?view=data', 'data');
    const workers = watchWorkers(page);
    const bytes = new TextEncoder().encode(extractText());
    await upload(page, EXTRACT, bytes);
    await confirmImport(page, EXTRACT);
    await waitForView(page, 'data');
    expect(workers.started).toHaveLength(1);
    expect(workers.started[0]).toMatch(/\/assets\/text-worker-[\w-]+\.js$/);
    await expect.poll(() => workers.closed.length).toBe(1);
    expect(await marks(page)).toEqual([
      { fileName: EXTRACT, inWorker: true, encoding: 'utf-8', delimiter: ',', columns: 25, bytes: bytes.length, workerMs: expect.any(Number), totalMs: expect.any(Number) },
    ]);
    expect(await page.getByText(`Läste in ${EXTRACT}: 82 rader.`).count()).toBe(1);
  });

  it('the same file in Windows-1252 with ; and decimal commas: the same figures', async () => {
    const { page } = await session.open('?view=data', 'data');
    const name = 'bra-extrakt-excel.csv';
    const bytes = asExcelSaves(extractText());
    // Checked by hand: line 4 as Excel writes it, ö and å as single bytes.
    expect(Buffer.from(bytes).toString('latin1').split('\r\n')[3]).toBe('2026;8,0;;Månad;"2026 prel., Aug";202608;2026-08-01;2026-08-31;True;Boden;8441;Totalt antal brott;13192;1;;;Totalt antal brott;;;;;225,0;786,0;;');
    await upload(page, name, bytes);
    await confirmImport(page, name);
    await waitForView(page, 'data');
    expect(await marks(page)).toEqual([{ fileName: name, inWorker: true, encoding: 'windows-1252', delimiter: ';', columns: 25, bytes: bytes.length, workerMs: expect.any(Number), totalMs: expect.any(Number) }]);
    expect(await page.getByText(`Läste in ${name}: 82 rader.`).count()).toBe(1);
    expect(await monthTable(page, '2582')).toMatch(/aug 2026\s+225\b/);
    expect(await monthTable(page, '2580')).toMatch(/aug 2026\s+652\b/);
  });

  it('Avbryt while the text is prepared ends the worker; nothing is written', async () => {
    const { page } = await session.open('?view=data', 'data');
    await cancelWhileHeld(page, { script: /text-worker-[\w-]+\.js$/, workerName: SCRIPT, mark: MARK, fileName: EXTRACT, bytes: new TextEncoder().encode(extractText()), stage: 'Räknar raderna' });
  });
});
