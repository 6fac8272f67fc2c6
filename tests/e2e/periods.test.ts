/**
 * Months from a BRÅ extract on Brottsutveckling, in the production build: the Månad/Kvartal/År
 * choice appears once sub-year data exist, the monthly series and its table, the year so far
 * against the same months last year, a BRÅ category found through the search, and a re-import
 * listing the values it revised, still listed after a reload.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmImport, useBrowser, waitForView } from './browser';
import { utf8 } from '../fixtures/import/files';
import { extract, MONTHLY, type Cell } from '../fixtures/import/bra-extract';

const session = useBrowser();
const { baseURL } = session;

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(utf8(text)) });
  await confirmImport(page, name);
}

// Mariestad, January 2025 – August 2026: 100 a month in 2025, 130 a month in 2026 (preliminary).
function months(): Cell[] {
  const cells: Cell[] = [];
  for (const year of [2025, 2026]) {
    for (let month = 1; month <= (year === 2025 ? 12 : 8); month++) {
      const count = year === 2025 ? 100 : 130;
      cells.push({ year, month, place: 'Mariestad', regionId: 1071, crime: MONTHLY.totalt!, count, preliminary: year === 2026 });
      cells.push({ year, month, place: 'Mariestad', regionId: 1071, crime: MONTHLY.kvinna!, count: 20, preliminary: year === 2026 });
    }
  }
  return cells;
}

describe('months on Brottsutveckling', () => {
  it('shows the monthly series, the year so far, a searched BRÅ category, and revisions on re-import', async () => {
    const { page, errors } = await session.open('?view=data', 'data');
    await upload(page, 'bra-manader.csv', extract(months()));

    // Without population for 2025–2026 a rate cannot be shown, and the view says so.
    await page.goto(new URL('?view=brott&category=totalt&compare=&period=manad', baseURL).href);
    await waitForView(page, 'brott');
    expect(await page.locator('[data-no-population]').innerText()).toMatch(/Befolkning saknas för 2025, 2026/);

    await page.goto(new URL('?view=brott&category=totalt&compare=&measure=count', baseURL).href);
    await waitForView(page, 'brott');
    const choice = page.locator('[data-period-choice]');
    await choice.waitFor();
    expect(await choice.innerText()).toMatch(/Månad[\s\S]*År/);
    await choice.getByLabel('Månad').check();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('period') === 'manad' && new URL(window.location.href).searchParams.get('measure') === 'count');
    const charts = page.locator('[data-period-charts="manad"][data-ready="true"]');
    await charts.locator('svg[role="img"]').first().waitFor();

    // 8 × 130 = 1 040 against 8 × 100 = 800: +30 %, the interval says clearly more; preliminary.
    const ytd = charts.locator('[data-ytd]').first();
    expect(await ytd.getAttribute('data-ytd')).toBe('fler');
    expect(await ytd.innerText()).toMatch(/januari–augusti 2026: 1\s040 anmälda brott, samma månader 2025: 800\. Förändring \+30\s%.*Tydligt fler.*preliminära/s);

    await charts.getByRole('button', { name: 'Visa som tabell' }).first().click();
    const table = await charts.locator('table').first().innerText();
    expect(table).toMatch(/jan 2025/);
    expect(table).toMatch(/aug 2026\s+130 \(\d+–\d+\) prel\./);

    // A BRÅ category that is not one of the dashboard's, found by searching the filter.
    const search = page.locator('[data-category-search]');
    await search.fill('kvinna 18');
    await page.getByLabel(/…därav mot kvinna 18 år eller äldre/).check();
    await page.waitForFunction(() => (new URL(window.location.href).searchParams.get('category') ?? '').includes('bra-'));
    await page.locator('[data-period-charts="manad"][data-ready="true"] figure').filter({ hasText: 'kvinna 18 år' }).locator('svg[role="img"]').waitFor();

    // The same August again, revised: the Data view lists old → new.
    await page.goto(new URL('?view=data', baseURL).href);
    await waitForView(page, 'data');
    const revised: Cell[] = [{ year: 2026, month: 8, place: 'Mariestad', regionId: 1071, crime: MONTHLY.totalt!, count: 125, preliminary: true }];
    await upload(page, 'bra-manader-rev.csv', extract(revised));
    const rev = await page.locator('table[data-revisions]').innerText();
    expect(rev).toMatch(/1 värde ersattes/);
    expect(rev).toMatch(/2026-08\s+Mariestad\s+Totalt antal brott\s+130\s+125/);

    // After a reload the revisions are still listed with the dataset that made them.
    await page.reload();
    await waitForView(page, 'data');
    const kept = page.locator('[data-kept-revisions] details[data-kept-revision="bra-manader-rev.csv"]');
    await kept.locator('summary').click();
    const after = await kept.innerText();
    expect(after).toMatch(/bra-manader-rev\.csv \(BRÅ \(import: bra-manader-rev\.csv\), inläst .+\): 1 värde ersattes/);
    expect(after).toMatch(/2026-08\s+Mariestad\s+Totalt antal brott\s+130\s+125\s+BRÅ \(import: bra-manader\.csv\)/);
    expect(await page.locator('[data-kept-revisions] details').count()).toBe(1); // the first import revised nothing

    // In English the list says the same; the Swedish data in it are marked lang="sv".
    await page.goto(new URL('?view=data&lang=en', baseURL).href);
    await waitForView(page, 'data');
    const en = page.locator('[data-kept-revisions]');
    expect(await en.locator('h3').innerText()).toBe('Revised values');
    await en.locator('summary').click();
    expect(await en.locator('summary').innerText()).toMatch(/^bra-manader-rev\.csv \(BRÅ \(import: bra-manader-rev\.csv\), imported .+\): 1 value replaced$/);
    expect(await en.locator('thead').innerText()).toMatch(/Period\s+Municipality\s+Crime type\s+Old\s+New\s+Old source/);
    expect(await en.locator('tbody td[lang="sv"]').first().innerText()).toBe('Mariestad');
    expect(errors).toEqual([]);
  });
});
