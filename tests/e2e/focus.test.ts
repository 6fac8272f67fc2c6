/** Keyboard focus in headless Chromium: it moves into every dialog and form, and never falls to <body> when they close. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmImport, useBrowser, waitForView } from './browser';
import { koladaJson, utf8 } from '../fixtures/import/files';

const session = useBrowser();

/** What has focus, as `tag[name|aria-label|data-*]` text, so a failure says where focus went. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    return `${a.tagName.toLowerCase()} ${a.getAttribute('aria-label') ?? a.getAttribute('name') ?? a.textContent?.trim().slice(0, 40) ?? ''}`;
  });

describe('focus in the activity log', () => {
  it('the confirm dialog focuses Avbryt first and gives focus back on Escape and on confirm', async () => {
    const { page } = await session.open('?view=logg&from=2018&to=2018&actor=polis', 'logg');
    const remove = page.locator('tr[data-activity="2018-r01"]').getByRole('button', { name: /Ta bort/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await focused(page)).toBe('button Avbryt');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^button Ta bort/);

    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, fortsätt' }).click();
    await page.locator('tr[data-activity="2018-r01"]').waitFor({ state: 'detached' });
    // The focused button went with its row: focus stays on the table, never on <body>.
    await expect.poll(() => focused(page)).toMatch(/^div Registrerade insatser/);
  });

  it('Redigera brings the form into view with focus in it; Avbryt and Spara give focus back', async () => {
    const { page } = await session.open('?view=logg&from=2018&to=2018&actor=polis', 'logg');
    const edit = page.locator('tr[data-activity="2018-r02"]').getByRole('button', { name: /Redigera/ });
    await edit.scrollIntoViewIfNeeded();
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('select actor');
    const inView = await page.locator('form.activity-form').evaluate((f) => {
      const r = f.getBoundingClientRect();
      // scrollIntoView puts the top at 0 up to sub-pixel rounding (rem-sized text above it gives fractions).
      return r.top > -1 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => focused(page)).toMatch(/^button Redigera/);
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.activity)).toBe('2018-r02');

    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('select actor');
    await page.locator('input[name="count"]').fill('40');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.locator('p.ok').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.dataset.activity)).toBe('2018-r02');

    // A new record: focus into the form, back on "Ny insats" after Avbryt, on the saved row after Spara.
    await page.getByRole('button', { name: 'Ny insats' }).click();
    await expect.poll(() => focused(page)).toBe('select actor');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => focused(page)).toBe('button Ny insats');
    await page.keyboard.press('Enter');
    await page.locator('select[name="actor"]').selectOption('polis');
    await page.locator('input[name="activity_type"]').fill('fokusprov');
    await page.locator('input[name="when"]').fill('2018');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => focused(page)).toMatch(/^button Redigera fokusprov 2018/);
  });

  it('required fields say so in words; every error is tied to its field', async () => {
    const { page } = await session.open('?view=logg&from=2018&to=2018', 'logg');
    await page.getByRole('button', { name: 'Ny insats' }).click();
    for (const name of ['actor', 'activity_type', 'when']) {
      const label = await page.locator(`label[for="${await page.locator(`form.activity-form [name="${name}"]`).getAttribute('id')}"]`).innerText();
      expect(label).toContain('obligatoriskt');
    }
    await page.locator('select[name="actor"]').selectOption('polis');
    await page.locator('input[name="activity_type"]').fill('prov');
    await page.locator('input[name="when"]').fill('2018');
    await page.locator('textarea[name="description"]').fill('x'.repeat(5000));
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.locator('form [role="alert"]').waitFor();
    const invalid = await page.locator('form [aria-invalid="true"]').evaluateAll((els) =>
      els.map((el) => {
        const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
        return { name: el.getAttribute('name'), described: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') };
      }),
    );
    expect(invalid.length).toBeGreaterThan(0);
    for (const field of invalid) expect(field.described, String(field.name)).not.toBe('');
  });
});

describe('focus elsewhere', () => {
  it('the mapping dialog gives focus back to the file picker on Escape', async () => {
    const { page } = await session.open('?view=data', 'data');
    const picker = page.locator('[data-view="data"] input[type="file"]');
    await picker.focus();
    const csv = ['Kommun;Antal;Per 100 000 inv.', 'Mariestads kommun;2 537;10 254,3'].join('\r\n');
    await picker.setInputFiles({ name: 'okand.csv', mimeType: 'text/csv', buffer: Buffer.from(utf8(csv)) });
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
  });

  it('entering meeting mode moves focus into it; leaving gives it back to the Mötesläge button', async () => {
    const { page } = await session.open('?view=uppfoljning&promise=mariestad-2018', 'uppfoljning');
    await page.locator('[data-open-meeting]').focus();
    await page.keyboard.press('Enter');
    await waitForView(page, 'mote');
    await expect.poll(() => focused(page)).toBe('main Mötesläge');
    await page.keyboard.press('Escape');
    await waitForView(page, 'uppfoljning');
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-open-meeting'))).toBe(true);
  });

  it('after Återställ is confirmed and its button is disabled, focus stays in the view', async () => {
    const { page } = await session.open('?view=data', 'data');
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name: 'kolada.json', mimeType: 'application/json', buffer: Buffer.from(utf8(koladaJson(1000))) });
    await confirmImport(page, 'kolada.json');
    await waitForView(page, 'data');
    const reset = page.getByRole('button', { name: 'Återställ till levererade data' });
    await reset.focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('button Avbryt');
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, fortsätt' }).click();
    await expect.poll(() => reset.isDisabled()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement !== document.body && !document.activeElement?.matches(':disabled'))).toBe(true);
  });
});
