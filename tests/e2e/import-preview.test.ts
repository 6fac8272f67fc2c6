/**
 * The import's preview and confirm step, and the mapping dialog's choices for spreadsheet-saved
 * files ("hoppa över N rader", "år som kolumner"), in the production build.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmImport, useBrowser, waitForView } from './browser';
import { utf8 } from '../fixtures/import/files';

const session = useBrowser();

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(utf8(text)) });
}

const nbsp = (s: string) => s.replace(/ /g, '[\\s\\u00a0\\u202f]');

describe('preview before an import is written', () => {
  it('shows the rows, municipality, year and the value it replaces; a 20 % jump needs its own confirmation', async () => {
    const { page } = await session.open('?view=data', 'data');
    // data/population.csv: Mariestad 2016 = 24 215, 2017 = 24 290, 2018 = 24 372.
    await upload(page, 'mariestad-2017.csv', 'year,kommunkod,population\n2017,1493,48580\n');
    const preview = page.getByRole('dialog', { name: 'Kontrollera importen – mariestad-2017.csv' });
    await preview.waitFor({ timeout: 30000 });
    const text = await preview.innerText();
    expect(text).toMatch(/Befolkning/);
    expect(text).toMatch(/1 rad: 0 nya, 1 ersätter ett annat värde/);
    expect(text).toMatch(/Kommuner\s+1: Mariestad/);
    expect(text).toMatch(new RegExp(nbsp('Mariestad 2017: 24 290 → 48 580')));
    expect(text).toMatch(new RegExp(nbsp('Mariestad 2017: 48 580 invånare, \\+101 % mot året intill \\(2016: 24 215, 2018: 24 372\\)')));
    const confirm = preview.getByRole('button', { name: 'Bekräfta importen' });
    expect(await confirm.isDisabled()).toBe(true);
    await preview.getByLabel('Jag har kontrollerat befolkningen ovan och vill läsa in den ändå').check();
    expect(await confirm.isDisabled()).toBe(false);
    await confirm.click();
    await page.getByText('Läste in mariestad-2017.csv').waitFor({ timeout: 30000 });
    await waitForView(page, 'data');
    expect(await page.locator('tr[data-source="Egen fil (import: mariestad-2017.csv)"]').count()).toBeGreaterThan(0);
  });

  it('a Kolada page with next_page set says plainly that more pages exist and where, without fetching them', async () => {
    const { page } = await session.open('?view=data', 'data');
    const next = 'http://api.kolada.se/v2/data/kpi/N01951/municipality/1493?page=2&per_page=1';
    const json = JSON.stringify({ count: 1, next_page: next, values: [{ kpi: 'N01951', municipality: '1493', period: 2021, values: [{ count: 1, gender: 'T', status: '', value: 24723 }] }] });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name: 'kolada-sida-1.json', mimeType: 'application/json', buffer: Buffer.from(utf8(json)) });
    const preview = page.getByRole('dialog', { name: 'Kontrollera importen – kolada-sida-1.json' });
    await preview.waitFor({ timeout: 30000 });
    expect(await preview.innerText()).toContain(`fler sidor finns, nästa på ${next}`);
    await confirmImport(page, 'kolada-sida-1.json');
    expect(requests.filter((u) => u.includes('kolada.se'))).toEqual([]);
  });

  it('Avbryt writes nothing and says so', async () => {
    const { page } = await session.open('?view=data', 'data');
    const before = await page.locator('table.datasets').innerText();
    await upload(page, 'skovde-2019.csv', 'year,kommunkod,population\n2019,1496,56000\n');
    const preview = page.getByRole('dialog', { name: 'Kontrollera importen – skovde-2019.csv' });
    await preview.waitFor({ timeout: 30000 });
    await preview.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByText('Importen av skovde-2019.csv avbröts. Inget ändrades.').waitFor();
    await waitForView(page, 'data');
    expect(await page.locator('table.datasets').innerText()).toBe(before);
  });
});

describe('the mapping dialog for spreadsheet-saved files', () => {
  const WIDE = ['Folkmängd 31 december;;;', 'Källa: SCB;;;', 'Kommun;2015;2016;2017', 'Mariestad;24043;24215;24290', 'Skövde;54110;54490;54898', ';;;', 'Fotnot: egen sammanställning;;;'].join('\r\n');

  it('"hoppa över N rader" and "år som kolumner" are offered as detected, can be changed, and the preview follows', async () => {
    const { page } = await session.open('?view=data', 'data');
    await upload(page, 'bred.csv', WIDE);
    const dialog = page.getByRole('dialog', { name: 'Vilka kolumner är vad? – bred.csv' });
    await dialog.waitFor({ timeout: 30000 });
    const skipTop = dialog.getByLabel('Hoppa över rader överst (rubrik och noter)');
    expect(await skipTop.inputValue()).toBe('2');
    expect(await dialog.getByLabel('Hoppa över rader nederst (fotnoter)').inputValue()).toBe('2');
    const wide = dialog.getByLabel('År som kolumner (en rad per kommun och år)');
    expect(await wide.isChecked()).toBe(true);
    const head = () => dialog.locator('table thead').innerText();
    expect(await head()).toMatch(/Kommun\s+År\s+Värde/);
    // Unpivot off: the years are columns again.
    await wide.uncheck();
    await expect.poll(head).toMatch(/Kommun\s+2015\s+2016\s+2017/);
    // No rows skipped: the title is the first row of the table.
    await skipTop.fill('0');
    await skipTop.dispatchEvent('change');
    await expect.poll(() => dialog.locator('table tbody tr').first().innerText()).toMatch(/Folkmängd 31 december/);
    await skipTop.fill('2');
    await skipTop.dispatchEvent('change');
    await wide.check();
    await expect.poll(head).toMatch(/Kommun\s+År\s+Värde/);
    await dialog.getByLabel('Befolkning').check();
    await dialog.getByRole('button', { name: 'Läs in' }).click();
    const preview = page.getByRole('dialog', { name: 'Kontrollera importen – bred.csv' });
    await preview.waitFor({ timeout: 30000 });
    const text = await preview.innerText();
    expect(text).toMatch(/6 rader/);
    expect(text).toMatch(/År\s+2015–2017/);
    expect(text).toMatch(/Mariestad, Skövde/);
    expect(text).toMatch(/2 rader ovanför tabellen och 2 rader under den hoppades över/);
    await confirmImport(page, 'bred.csv');
  });
});
