/** Every municipality: the searchable picker, what the first screen says is real, and the map. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';

const session = useBrowser();
let conn: Connector;
beforeAll(async () => {
  conn = await openNodeDbWithData();
});

describe('the municipality picker', () => {
  it('lists all 290 municipalities, marks the ones with data, and finds Boden from "Bod"', async () => {
    const { page } = await session.open('?view=oversikt', 'oversikt');
    const box = page.getByRole('combobox', { name: 'Kommun' });
    expect(await box.inputValue()).toBe('Mariestad');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.focus();
    await box.press('Alt+ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const list = page.getByRole('listbox', { name: 'Kommuner' });
    expect(await list.getByRole('option').count()).toBe(290);
    expect(await list.getByRole('option', { name: /har brottsdata/ }).count()).toBe(9);
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    await box.fill('');
    await box.pressSequentially('Bod');
    const options = list.getByRole('option');
    // Boden starts with "Bod"; Emmaboda and Töreboda only contain it, so they come after.
    expect((await options.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      'Boden 2582 , inga brottsdata',
      'Emmaboda 0862 , inga brottsdata',
      '● Töreboda 1473 , har brottsdata',
    ]);
    expect(await page.getByRole('status').filter({ hasText: 'med data' }).innerText()).toBe('3 kommuner, 1 med data.');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await box.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('municipality') === '2582');
    expect(await box.inputValue()).toBe('Boden');
    // No crime data for Boden in the shipped files: the headline says so.
    await page.locator('#oversikt-h', { hasText: 'Boden' }).waitFor();
    expect(await page.locator('#oversikt-h').innerText()).toBe('Översikt 2024: Boden – inga brottsdata för 2024');
  });
});

describe('the first screen says what is real', () => {
  it('opens on Mariestad, whose crime figures are all example data, and says so in the headline', async () => {
    const { page } = await session.open('', 'oversikt');
    const h = page.locator('#oversikt-h');
    expect(await h.innerText()).toBe('Översikt 2024: Mariestad – exempeldata, inte verklig statistik');
    expect(await h.getAttribute('data-status')).toBe('example');
  });
});

describe('the map', () => {
  it('draws every municipality, outlines Mariestad and its group, and its table has the DuckDB values', async () => {
    const { page } = await session.open('?view=karta&category=skadegorelse&to=2016', 'karta');
    const map = page.locator('[data-view="karta"] svg[role="img"]');
    expect(await map.locator('path[data-kommunkod]').count()).toBe(290);
    expect(await map.locator('path[data-has-value="true"]').count()).toBe(9);
    expect(await map.locator('path[data-focus="1493"]').count()).toBe(1);
    // Grannar: the eight other municipalities with data.
    expect((await map.locator('path[data-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')))).sort()).toEqual(['1446', '1447', '1471', '1472', '1473', '1494', '1496', '1497']);
    expect(await page.locator('[data-view="karta"] figcaption').innerText()).toMatch(/okfse\/sweden-geojson/);
    expect(await page.locator('[data-view="karta"]').innerText()).toMatch(/Anmälda brott per 100\u00a0000 invånare 2016/);

    // The keyboard cursor: one tab stop, → reads the first municipality A–Ö.
    await page.locator('[data-view="karta"] .focus-area').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-view="karta"] .tooltip[role="status"]').innerText()).toMatch(/^Gullspång: [\d\s\u00a0,]+ per 100\u00a0000 invånare/);

    await page.getByRole('button', { name: 'Visa som tabell' }).click();
    const cells = await page.locator('[data-view="karta"] table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
    const expected = (await conn.query({
      sql: `SELECT m.name, c.count, p.population, round(c.count * 100000.0 / p.population)::INTEGER AS rate
            FROM crimes c JOIN municipalities m USING (kommunkod) JOIN population p USING (kommunkod, year)
            WHERE c.year = 2016 AND c.category_id = 'skadegorelse' AND m.kind = 'kommun' ORDER BY m.name`,
      params: [],
    })) as { name: string; count: number; population: number; rate: number }[];
    const sv = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
    expect(cells.map((c) => [c[0], c[2], c[3], c[4]])).toEqual(expected.map((r) => [r.name, sv(r.count), sv(r.population), sv(r.rate)]));
    expect(cells.find((c) => c[0] === 'Mariestad')?.[1]).toBe('vald kommun (tjock kant)');
  });
});
