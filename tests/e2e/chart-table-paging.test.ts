/**
 * A chart table longer than a page, in the production build: Brottsutveckling by month after a
 * BRÅ extract with Mariestad's months January 2016 – August 2026 (128 months, one table row each)
 * shows 100 rows and a pager, and the next page holds the remaining 28.
 */
import { describe, expect, it } from 'vitest';
import { confirmImport, useBrowser, waitForView } from './browser';
import { utf8 } from '../fixtures/import/files';
import { extract, MONTHLY, type Cell } from '../fixtures/import/bra-extract';

const session = useBrowser();
const { baseURL } = session;

function months(): Cell[] {
  const cells: Cell[] = [];
  for (let year = 2016; year <= 2026; year++) {
    for (let month = 1; month <= (year === 2026 ? 8 : 12); month++) {
      // 100 + the month's number in the series: the last one (August 2026) is 100 + 128 = 228.
      const n = (year - 2016) * 12 + month;
      cells.push({ year, month, place: 'Mariestad', regionId: 1071, crime: MONTHLY.totalt!, count: 100 + n, preliminary: year === 2026 });
    }
  }
  return cells;
}

describe('a long chart table', () => {
  it('shows a page of 100 rows with a pager, and the rest on the next page', async () => {
    const { page, errors } = await session.open('?view=data', 'data');
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name: 'bra-11-ar.csv', mimeType: 'text/csv', buffer: Buffer.from(utf8(extract(months()))) });
    await confirmImport(page, 'bra-11-ar.csv');

    await page.goto(new URL('?view=brott&category=totalt&compare=&measure=count&period=manad&from=2016&to=2026', baseURL).href);
    await waitForView(page, 'brott');
    const charts = page.locator('[data-period-charts="manad"][data-ready="true"]');
    await charts.locator('svg[role="img"]').first().waitFor();
    await charts.getByRole('button', { name: 'Visa som tabell' }).first().click();

    const figure = charts.locator('figure').first();
    const body = figure.locator('table tbody');
    expect(await body.locator('tr').count()).toBe(100);
    expect(await body.locator('tr').first().locator('th').innerText()).toBe('jan 2016');
    expect(await body.locator('tr').last().locator('th').innerText()).toBe('apr 2024');
    const pager = figure.getByRole('navigation', { name: /^Sidor: / });
    expect(await pager.getByRole('status').innerText()).toBe('Visar 1–100 av 128');
    expect(await pager.getByRole('button', { name: 'Föregående 100' }).isDisabled()).toBe(true);

    await pager.getByRole('button', { name: 'Nästa 100' }).click();
    await pager.getByRole('status').filter({ hasText: 'Visar 101–128 av 128' }).waitFor();
    expect(await body.locator('tr').count()).toBe(28);
    expect(await body.locator('tr').first().locator('th').innerText()).toBe('maj 2024');
    expect(await body.locator('tr').last().innerText()).toMatch(/^aug 2026\s+228 \(\d+–\d+\) prel\./);
    expect(await pager.getByRole('button', { name: 'Nästa 100' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
