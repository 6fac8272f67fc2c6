/**
 * A chart table longer than a page, in the production build: Brottsutveckling by month after a
 * BRÅ extract with Mariestad's months January 2015 – December 2024 (120 months, one table row each)
 * shows 100 rows and a pager, and the next page holds the remaining 20. The table formats only the
 * page it draws (shape/table-source.ts); its CSV still holds all 120 months.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/export/csv';
import { confirmImport, useBrowser, waitForView } from './browser';
import { utf8 } from '../fixtures/import/files';
import { extract, MONTHLY, type Cell } from '../fixtures/import/bra-extract';

const session = useBrowser();
const { baseURL } = session;

function months(): Cell[] {
  const cells: Cell[] = [];
  for (let year = 2015; year <= 2024; year++) {
    for (let month = 1; month <= 12; month++) {
      // 100 + the month's number in the series: the last one (December 2024) is 100 + 120 = 220.
      const n = (year - 2015) * 12 + month;
      cells.push({ year, month, place: 'Mariestad', regionId: 1071, crime: MONTHLY.totalt!, count: 100 + n, preliminary: false });
    }
  }
  return cells;
}

describe('a long chart table', () => {
  it('shows a page of 100 rows with a pager, and the rest on the next page', async () => {
    const { page, errors } = await session.open('?view=data', 'data');
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name: 'bra-10-ar.csv', mimeType: 'text/csv', buffer: Buffer.from(utf8(extract(months()))) });
    await confirmImport(page, 'bra-10-ar.csv');

    await page.goto(new URL('?view=brott&category=totalt&compare=&measure=count&period=manad&from=2015', baseURL).href);
    await waitForView(page, 'brott');
    const charts = page.locator('[data-period-charts="manad"][data-ready="true"]');
    await charts.locator('svg[role="img"]').first().waitFor();
    await charts.getByRole('button', { name: 'Visa som tabell' }).first().click();

    const figure = charts.locator('figure').first();
    const body = figure.locator('table tbody');
    expect(await body.locator('tr').count()).toBe(100);
    expect(await body.locator('tr').first().locator('th').innerText()).toBe('jan 2015');
    expect(await body.locator('tr').last().locator('th').innerText()).toBe('apr 2023');
    const pager = figure.getByRole('navigation', { name: /^Sidor: / });
    expect(await pager.getByRole('status').innerText()).toBe('Visar 1–100 av 120');
    expect(await pager.getByRole('button', { name: 'Föregående 100' }).isDisabled()).toBe(true);

    await pager.getByRole('button', { name: 'Nästa 100' }).click();
    await pager.getByRole('status').filter({ hasText: 'Visar 101–120 av 120' }).waitFor();
    expect(await body.locator('tr').count()).toBe(20);
    expect(await body.locator('tr').first().locator('th').innerText()).toBe('maj 2023');
    // The count with its interval; * because the shipped population beside it is example data.
    expect(await body.locator('tr').last().innerText()).toMatch(/^dec 2024\s+220 \(\d+–\d+\) \*$/);
    expect(await pager.getByRole('button', { name: 'Nästa 100' }).isDisabled()).toBe(true);

    // The CSV of the same table: every month, not the page shown.
    const menu = figure.locator('details.export');
    await menu.locator('summary').click();
    const event = page.waitForEvent('download');
    await menu.getByRole('button', { name: 'Tabell som CSV' }).click();
    const file = await readFile((await (await event).path()) ?? '');
    const all = parseCsv(file.toString('utf8'));
    const lines = all.slice(1, all.findIndex((r) => r.every((c) => c === '')));
    expect(lines).toHaveLength(120);
    expect(lines[0]?.slice(0, 2)).toEqual(['2015-01', '101']);
    expect(lines[119]?.slice(0, 2)).toEqual(['2024-12', '220']);
    expect(errors).toEqual([]);
  });
});
