/** Long record tables are paged: the Insatser view never builds a row per record at once. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('Insatser: the records table in pages', () => {
  it('shows 100 records at a time, pages forward and back, and exports them all', async () => {
    const { page } = await session.open('?view=insatser', 'insatser');
    await page.locator('details.records summary').click();
    const rows = page.locator('details.records tbody tr');
    expect(await rows.count()).toBe(100);
    const pager = page.getByRole('navigation', { name: /Sidor: registrerade insatser/ });
    const total = Number((await pager.getByRole('status').innerText()).match(/av ([\d\s\u00a0]+)$/)?.[1]?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(100);
    expect(await pager.getByRole('status').innerText()).toMatch(/^Visar 1–100 av /);
    const firstOnPage1 = await rows.first().innerText();
    await pager.getByRole('button', { name: /Nästa/ }).click();
    await expect.poll(() => pager.getByRole('status').innerText()).toMatch(/^Visar 101–200 av /);
    await expect.poll(() => rows.first().innerText()).not.toBe(firstOnPage1);
    expect(await rows.count()).toBe(100);
    await pager.getByRole('button', { name: /Föregående/ }).click();
    await expect.poll(() => rows.first().innerText()).toBe(firstOnPage1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Data som CSV' }).click()]);
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync((await download.path()) ?? '', 'utf8').trim().split('\r\n');
    expect(lines.length - 1).toBe(total);
  });
});

describe('Aktivitetslogg: the records in pages', () => {
  it('shows 100 records at a time with the total in the caption, and pages forward and back', async () => {
    const { page } = await session.open('?view=logg', 'logg');
    const rows = page.locator('tr[data-activity]');
    expect(await rows.count()).toBe(100);
    const pager = page.getByRole('navigation', { name: /Sidor: registrerade insatser i loggen/ });
    const status = pager.getByRole('status');
    const total = Number((await status.innerText()).match(/av ([\d\s\u00a0]+)$/)?.[1]?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(100);
    expect((await page.locator('#logg-caption').innerText()).replace(/\D/g, '')).toContain(String(total));
    const first = await rows.first().getAttribute('data-activity');
    await pager.getByRole('button', { name: /Nästa/ }).click();
    await expect.poll(() => status.innerText()).toMatch(/^Visar 101–\d+ av /);
    await expect.poll(() => rows.first().getAttribute('data-activity')).not.toBe(first);
    await pager.getByRole('button', { name: /Föregående/ }).click();
    await expect.poll(() => rows.first().getAttribute('data-activity')).toBe(first);
  });
});
