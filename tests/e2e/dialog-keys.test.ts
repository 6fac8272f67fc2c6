/** Keyboard walks through the modal dialogs: focus moves in, Tab and Shift+Tab stay inside, focus returns. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForView } from './browser';
import { utf8 } from '../fixtures/import/files';

const session = useBrowser();

const insideDialog = (page: Page) => page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null && document.activeElement !== document.body);

/** Tabs `n` times each way; every stop must be inside the open dialog. Returns how many different stops were seen. */
async function walk(page: Page, n: number): Promise<number> {
  const seen = new Set<string>();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < n; i++) {
      await page.keyboard.press(key);
      expect(await insideDialog(page), `${key} ×${i + 1}`).toBe(true);
      seen.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60) ?? ''));
    }
  }
  return seen.size;
}

describe('modal dialogs by keyboard', () => {
  it('the confirm dialog: focus in on Avbryt, trapped, back on Ta bort', async () => {
    const { page } = await session.open('?view=logg&from=2018&to=2018&actor=polis', 'logg');
    const remove = page.locator('tr[data-activity="2018-r01"]').getByRole('button', { name: /Ta bort/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Avbryt');
    expect(await walk(page, 5)).toBe(2);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await remove.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('the mapping dialog: focus in, trapped, back on the file picker', async () => {
    const { page } = await session.open('?view=data', 'data');
    const picker = page.locator('[data-view="data"] input[type="file"]');
    await picker.focus();
    const csv = ['Kommun;Antal;Per 100 000 inv.', 'Mariestads kommun;2 537;10 254,3'].join('\r\n');
    await picker.setInputFiles({ name: 'okand.csv', mimeType: 'text/csv', buffer: Buffer.from(utf8(csv)) });
    await page.getByRole('dialog').waitFor();
    expect(await insideDialog(page)).toBe(true);
    const stops = await page.getByRole('dialog').locator('button, select, input, textarea, [tabindex="0"]').count();
    expect(await walk(page, stops + 2)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
  });

  it('the activity form (not modal): focus in on its first field, back on Ny insats after Avbryt', async () => {
    const { page } = await session.open('?view=logg&from=2018&to=2018', 'logg');
    const add = page.getByRole('button', { name: 'Ny insats' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('actor');
    // Tab walks the form's fields in order up to Avbryt; Enter there gives focus back.
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('form.activity-form') !== null), `Tab ×${i + 1}`).toBe(true);
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Avbryt');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => add.evaluate((b) => b === document.activeElement)).toBe(true);
  });
});
