/** Interventions on the time axis: marked, listed below the chart and read by the keyboard tooltip. */
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();
const open = session.open;

describe('interventions on the time axis', () => {
  const search = '?view=brott&category=totalt&from=2016&to=2020';

  it('lists the year’s interventions below the chart and marks them on the axis', async () => {
    const { page } = await open(search, 'brott');
    const figure = page.locator('[data-view="brott"] figure').first();
    expect(await figure.locator('.annotations').innerText()).toContain('Insatser på tidsaxeln');
    const item2018 = figure.locator('.annotations li[data-year="2018"]');
    expect(await item2018.innerText()).toContain('37 trygghetsskapande besök');
    expect(await item2018.innerText()).not.toContain('exempeldata');
    expect(await figure.locator('svg text.marker[data-year="2018"]').getAttribute('aria-hidden')).toBe('true');
  });

  it('reads them in the keyboard tooltip', async () => {
    const { page } = await open(search, 'brott');
    await page.locator('.focus-area').first().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const tooltip = page.locator('.tooltip[role="status"]');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toContain('2018');
    expect(text).toContain('Insatser:');
    expect(text).toContain('37 trygghetsskapande besök');
  });

  it('adds an Insatser column to the table', async () => {
    const { page } = await open(search, 'brott');
    await page.getByRole('button', { name: 'Visa som tabell' }).first().click();
    const table = page.locator('figure table').first();
    await table.waitFor();
    expect(await table.locator('thead th').allInnerTexts()).toContain('Insatser');
    expect(await table.locator('tbody tr', { hasText: '2018' }).innerText()).toContain('6 riktade insatser');
  });
});
