/**
 * Cross-filtering on Insatser, in headless Chromium on the production build: a chosen venue, year,
 * type or actor filters the other charts and the records; the chart it was chosen in keeps all its
 * bars (the chosen one pressed) and is not asked again; the selection lives in the URL. Expected
 * counts were counted by hand from data/activities.csv (Mariestad, Elvärket: 22 records, occasions
 * per year 2018 0, 2019 9, 2020 20, 2021 1, 2022 26, 2023 28, 2024 35; 2020: 5 records, 3 by the municipality).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForView } from './browser';
import { axeViolations } from './axe';
import { swedishLeft } from './english';

const session = useBrowser();

const sent = (page: Page) => page.evaluate(() => window.__mblQueries?.sent ?? NaN);
const sel = (page: Page) => new URL(page.url()).searchParams.get('sel');
const recordsSummary = (page: Page) => page.locator('details.records summary').innerText();

/** Runs `change`, waits for the URL to change and the view to redraw; returns the queries sent meanwhile. */
async function queriesFor(page: Page, change: () => Promise<void>): Promise<number> {
  const before = await sent(page);
  const url = page.url();
  await change();
  await expect.poll(() => page.url()).not.toBe(url);
  await waitForView(page, 'insatser');
  return (await sent(page)) - before;
}

/** The year chart's table: year → the total column, as shown. */
async function yearTotals(page: Page, showTable: string, showChart: string): Promise<Record<string, string>> {
  const figure = page.locator('figure', { has: page.getByRole('group', { name: /^(Välj år|Choose a year)$/ }) });
  await figure.getByRole('button', { name: showTable }).click();
  const rows = await figure.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td:last-child')?.textContent ?? '']));
  await figure.getByRole('button', { name: showChart }).click(); // back to the chart
  return Object.fromEntries(rows.filter(([, total]) => total !== '0'));
}

describe('cross-filtering on Insatser', () => {
  it('a venue bar filters the year chart and the records, not the venue chart; URL, reload and back keep step', async () => {
    const { page } = await session.open('?view=insatser', 'insatser');
    const venueGroup = page.getByRole('group', { name: 'Välj plats' });
    const venueCount = await venueGroup.getByRole('button').count();
    expect(venueCount).toBe(10);
    const allRecords = await recordsSummary(page);

    // A click on the bar itself (the pointer's way): the year and type charts and the two record queries ask again, the venue chart not.
    const venueFigure = page.locator('figure', { has: venueGroup });
    const n = await queriesFor(page, () => venueFigure.locator('rect[data-x="Elvärket"]').click());
    expect(n).toBe(4);
    expect(sel(page)).toBe('venue:elvarket');
    expect(page.url()).toContain('sel=venue:elvarket');
    expect(await recordsSummary(page)).toBe('Registrerade insatser i urvalet (22)');
    expect(await yearTotals(page, 'Visa som tabell', 'Visa som diagram')).toEqual({ 2019: '9', 2020: '20', 2021: '1', 2022: '26', 2023: '28', 2024: '35' });
    // The venue chart still has every venue; one is pressed, the others' bars dimmed.
    expect(await venueGroup.getByRole('button').count()).toBe(venueCount);
    expect(await venueGroup.locator('button[aria-pressed="true"]').allTextContents()).toEqual(['Elvärket']);
    const faded = venueFigure.locator('rect[data-x="Resecentrum"]');
    expect(await faded.getAttribute('fill-opacity')).toBe('0.3');
    // Its outline stays in the bar's full colour, so the bar is still seen (3:1, WCAG 1.4.11).
    expect(await faded.getAttribute('stroke')).toBe(await faded.getAttribute('fill'));
    expect(await venueFigure.locator('rect[data-x="Elvärket"]').getAttribute('fill-opacity')).toBeNull();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Urval: plats Elvärket. De andra' }).count()).toBe(1);
    expect(await page.locator('[data-selection]').innerText()).toContain('Urval: plats Elvärket.');

    // Choosing a year too: the venue chart now follows the year; the year chart is not asked again.
    const m = await queriesFor(page, () => page.getByRole('group', { name: 'Välj år' }).getByRole('button', { name: '2020', exact: true }).click());
    expect(m).toBe(4);
    expect(sel(page)).toBe('year:2020,venue:elvarket');
    expect(await recordsSummary(page)).toBe('Registrerade insatser i urvalet (5)');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await waitForView(page, 'insatser');
    expect(sel(page)).toBe('year:2020,venue:elvarket');
    expect(await recordsSummary(page)).toBe('Registrerade insatser i urvalet (5)');
    expect(await venueGroup.locator('button[aria-pressed="true"]').allTextContents()).toEqual(['Elvärket']);

    await page.goBack();
    await waitForView(page, 'insatser');
    expect(sel(page)).toBe('venue:elvarket');
    await page.goBack();
    await waitForView(page, 'insatser');
    expect(sel(page)).toBeNull();
    expect(await recordsSummary(page)).toBe(allRecords);
    expect(await venueGroup.locator('button[aria-pressed="true"]').count()).toBe(0);
  });

  it('by keyboard: Enter chooses a year, an actor in the legend, Space on the chosen year clears it; Rensa urval clears all', async () => {
    const { page } = await session.open('?view=insatser', 'insatser');
    const year2020 = page.getByRole('group', { name: 'Välj år' }).getByRole('button', { name: '2020', exact: true });
    await year2020.focus();
    await queriesFor(page, () => page.keyboard.press('Enter'));
    expect(sel(page)).toBe('year:2020');
    expect(await year2020.getAttribute('aria-pressed')).toBe('true');
    // 2020 by the municipality at Elvärket: chosen from the legend and the venue buttons, by keyboard.
    const kommun = page.getByRole('list', { name: 'Teckenförklaring: Välj aktör' }).first().getByRole('button', { name: 'Kommunen' });
    await kommun.focus();
    await queriesFor(page, () => page.keyboard.press('Enter'));
    await page.getByRole('group', { name: 'Välj plats' }).getByRole('button', { name: 'Elvärket' }).focus();
    await queriesFor(page, () => page.keyboard.press('Enter'));
    expect(sel(page)).toBe('year:2020,venue:elvarket,actor:kommun');
    expect(await recordsSummary(page)).toBe('Registrerade insatser i urvalet (3)');
    await year2020.focus();
    await queriesFor(page, () => page.keyboard.press(' '));
    expect(sel(page)).toBe('venue:elvarket,actor:kommun');
    expect(await year2020.getAttribute('aria-pressed')).toBe('false');
    await queriesFor(page, () => page.getByRole('button', { name: 'Rensa urval' }).click());
    expect(sel(page)).toBeNull();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Urvalet är borttaget' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a downloaded chart names the choice that filters it; the chart that made it does not', async () => {
    const { page } = await session.open('?view=insatser&sel=venue:elvarket', 'insatser');
    const csv = async (group: string) => {
      const figure = page.locator('figure', { has: page.getByRole('group', { name: group }) });
      await figure.locator('details.export summary').click();
      const event = page.waitForEvent('download');
      await figure.getByRole('button', { name: 'Tabell som CSV' }).click();
      return readFile(await (await event).path(), 'utf8');
    };
    expect(await csv('Välj år')).toContain('Mariestad, endast plats Elvärket, 2010–2024');
    expect(await csv('Välj plats')).not.toContain('endast');
  });

  it('an unknown selection in a link is ignored with a notice naming it', async () => {
    const { page } = await session.open('?view=insatser&sel=venue:nowhere,year:2020', 'insatser');
    expect(sel(page)).toBe('year:2020');
    expect(await page.getByText('Okänt urval för ”sel”: ”venue:nowhere” ignorerades.').count()).toBe(1);
  });

  it('in English: the same choice, English names, no Swedish UI text, no axe violations', async () => {
    const { page } = await session.open('?view=insatser&lang=en', 'insatser');
    await queriesFor(page, () => page.getByRole('group', { name: 'Choose a place' }).getByRole('button', { name: 'Elvärket' }).click());
    expect(sel(page)).toBe('venue:elvarket');
    expect(await recordsSummary(page)).toBe('Recorded interventions in the selection (22)');
    expect(await yearTotals(page, 'Show as table', 'Show as chart')).toEqual({ 2019: '9', 2020: '20', 2021: '1', 2022: '26', 2023: '28', 2024: '35' });
    expect(await page.locator('[data-selection]').innerText()).toContain('Selection: place Elvärket.');
    expect(await page.getByRole('button', { name: 'Clear selection' }).count()).toBe(1);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // Choosing the chosen bar again (with the pointer, on the bar itself) clears the selection.
    const venueFigure = page.locator('figure', { has: page.getByRole('group', { name: 'Choose a place' }) });
    await queriesFor(page, () => venueFigure.locator('rect[data-x="Elvärket"]').click());
    expect(sel(page)).toBeNull();
    expect(await recordsSummary(page)).toBe('All recorded interventions (366)'); // every Mariestad record in activities.csv
  });
});

describe('cross-filtering on Platser', () => {
  it('a year filters the ranking, a venue the small multiples; each keeps its own bars and is not asked again', async () => {
    const { page } = await session.open('?view=platser', 'platser');
    const before = await sent(page);
    const url = page.url();
    await page.getByRole('group', { name: 'Välj år' }).getByRole('button', { name: '2020', exact: true }).click();
    await expect.poll(() => page.url()).not.toBe(url);
    await waitForView(page, 'platser');
    // The ranking and the target groups ask again; the multiples (which chose the year) do not.
    expect((await sent(page)) - before).toBe(2);
    expect(sel(page)).toBe('year:2020');
    // 2020, counted by hand from activities.csv: skolor 63, Töreboda 37, fritidsgård 25, Elvärket 20, studentveckan 18, Vadsbo 16, cruising 14, klassfotboll 12, valborg 10, Resecentrum 8.
    expect(await page.locator('[data-ranking] text.value').allTextContents()).toEqual(['63', '37', '25', '20', '18', '16', '14', '12', '10', '8']);
    const multiples = await page.locator('[data-venue]').count();
    expect(multiples).toBe(10);
    const surveys = await page.locator('[data-venue-survey]').count();
    expect(surveys).toBeGreaterThan(1);

    const mid = await sent(page);
    const url2 = page.url();
    await page.getByRole('group', { name: 'Välj plats' }).getByRole('button', { name: 'Elvärket' }).click();
    await expect.poll(() => page.url()).not.toBe(url2);
    await waitForView(page, 'platser');
    // The multiples, the target groups and the safety measures (which follow the chosen venue) ask again; the ranking does not.
    expect((await sent(page)) - mid).toBe(3);
    expect(sel(page)).toBe('year:2020,venue:elvarket');
    await expect.poll(() => page.locator('[data-venue-survey]').evaluateAll((ts) => ts.map((x) => x.getAttribute('data-venue-survey')))).toEqual(['elvarket']);
    // The ranking keeps every venue (its own choice pressed); only Elvärket's multiple is left, with all its years.
    expect(await page.locator('[data-ranking] text.value').count()).toBe(10);
    expect(await page.getByRole('group', { name: 'Välj plats' }).locator('button[aria-pressed="true"]').allTextContents()).toEqual(['Elvärket']);
    expect(await page.locator('[data-venue]').count()).toBe(1);
    expect(await page.locator('[data-venue="elvarket"] rect[data-x="2024"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Rensa urval' }).click();
    await expect.poll(() => sel(page)).toBeNull();
    await waitForView(page, 'platser');
    expect(await page.locator('[data-venue]').count()).toBe(multiples);
    expect(await page.locator('[data-venue-survey]').count()).toBe(surveys);
  });

  it('a chosen venue the chosen year leaves without activities stays in the ranking, pressed, at 0', async () => {
    // klassfotbollen has no activity in 2019 (activities.csv, counted by hand).
    const { page } = await session.open('?view=platser&sel=year:2019,venue:klassfotbollen', 'platser');
    const pressed = page.getByRole('group', { name: 'Välj plats' }).locator('button[aria-pressed="true"]');
    expect(await pressed.count()).toBe(1);
    expect((await pressed.innerText()).toLowerCase()).toContain('klassfotboll');
    expect(await page.locator('[data-ranking] rect[data-dimmed]').count()).toBeGreaterThan(0);
  });

  it('a downloaded ranking filtered by a chosen year says so in its name and the chart names the choice', async () => {
    const { page } = await session.open('?view=platser&sel=year:2020', 'platser');
    const event = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Data som CSV' }).click();
    expect((await event).suggestedFilename()).toMatch(/^platser-\d{4}-\d{4}-urval-year-2020\.csv$/);
    // The ranking's chart download names the choice too.
    const ranking = page.locator('figure', { has: page.locator('[data-ranking]') });
    await ranking.locator('details.export summary').click();
    const table = page.waitForEvent('download');
    await ranking.getByRole('button', { name: 'Tabell som CSV' }).click();
    expect(await readFile(await (await table).path(), 'utf8')).toContain('Mariestad, endast år 2020');
  });

  it('choices that leave a chart nothing say so in words; the chosen bar stays in its own chart, pressed', async () => {
    // samverkansmöte in 2024: none in activities.csv (counted by hand), though there are both.
    const { page } = await session.open('?view=insatser&sel=year:2024,type:samverkansm%C3%B6te', 'insatser');
    // No venue at all: its chart has no bars and no buttons, only the sentence.
    const venueFigure = page.locator('figure', { has: page.getByRole('heading', { name: /^Platser där unga möts: insatser/ }) });
    expect(await page.getByRole('group', { name: 'Välj plats' }).count()).toBe(0);
    expect(await venueFigure.locator('[data-empty]').innerText()).toBe('Inga registrerade insatser för de valda filtren med urvalet år 2024, typ av insats samverkansmöte.');
    expect(await venueFigure.locator('svg[role="img"]').count()).toBe(0);
    const typeGroup = page.getByRole('group', { name: 'Välj typ av insats' });
    expect(await typeGroup.locator('button[aria-pressed="true"]').allTextContents()).toEqual(['samverkansmöte']);
    expect(await recordsSummary(page)).toBe('Registrerade insatser i urvalet (0)');
    const yearFigure = page.locator('figure', { has: page.getByRole('group', { name: 'Välj år' }) });
    expect(await yearFigure.locator('.subtitle').innerText()).toBe('Visar endast typ av insats samverkansmöte.');
    expect(await axeViolations(page)).toEqual([]);
    // Rensa urval by keyboard: the focus stays at the selection bar, not at the top of the page.
    await page.getByRole('button', { name: 'Rensa urval' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sel(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-selection'))).toBe(true);
  });

  it('a year outside the chosen years in a link is dropped with a notice, not left to empty the charts', async () => {
    const { page } = await session.open('?view=insatser&from=2020&sel=year:2018', 'insatser');
    expect(sel(page)).toBeNull();
    expect(await page.getByText('Urvalet ”year:2018” ligger utanför de valda filtren och togs bort.').count()).toBe(1);
  });
});
