/** Downloads in headless Chromium: a chart's CSV, SVG and PNG, and a view's data as Parquet. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { parquetReadObjects } from 'hyparquet';
import { useBrowser } from './browser';
import { parseCsv } from '../../src/lib/export/csv';
import { formatRate } from '../../src/lib/format/number';

// Every test also fails on a request to another host or a console error (useBrowser).
const session = useBrowser();
const open = session.open;

/** Clicks `button` and returns the downloaded file's name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await click();
  const d = await event;
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: await readFile(path) };
}

async function fromMenu(page: Page, frame: Locator, choice: string) {
  const menu = frame.locator('details.export');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return downloaded(page, () => menu.getByRole('button', { name: choice }).click());
}

/** The leading value of a table cell: `8 123 (7 900–8 300) *` → `8 123`. */
const lead = (text: string) => text.replace(/\s*\(.*$/, '').replace(/\s*(\*|prel\.)\s*$/g, '').trim();

describe('a chart’s downloads on ?view=brott&category=totalt', () => {
  it('CSV: BOM, `;`, CRLF, decimal comma, and the same numbers as the chart’s table', async () => {
    const { page } = await open('?view=brott&category=totalt', 'brott');
    const frame = page.locator('[data-view="brott"] figure.chart').first();
    const { name, bytes } = await fromMenu(page, frame, 'Tabell som CSV');
    expect(name).toMatch(/^totalt.*\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(';');
    expect(text).toMatch(/\r\n$/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toMatch(/;\d{3,}(;|\r\n)/);
    expect(text).not.toMatch(/[\u00a0\u202f\u2212]/);
    const all = parseCsv(text);
    // The table, an empty line, then what the file holds: title, place and period with the unit, source.
    const gap = all.findIndex((r) => r.every((c) => c === ''));
    expect(gap).toBeGreaterThan(1);
    const csv = all.slice(0, gap);
    const foot = all.slice(gap + 1).map((r) => r[0] ?? '');
    expect(foot[0]).toMatch(/^Totalt/);
    expect(foot).toContainEqual(expect.stringMatching(/^Mariestad jämfört med Riket, \d{4}–\d{4}: anmälda brott per 100 000 invånare\.$/));
    expect(foot).toContainEqual(expect.stringMatching(/^Källa: BRÅ/));
    const header = csv[0] ?? [];
    // Units in the headers; numbers rounded as shown (no 14-decimal intervals).
    expect(header.slice(1, 4)).toEqual(['Mariestad (anmälda brott per 100 000 invånare)', 'Mariestad, 95 % KI nedre (anmälda brott per 100 000 invånare)', 'Mariestad, 95 % KI övre (anmälda brott per 100 000 invånare)']);
    expect(csv.flat().filter((c) => /^-?\d+,\d{2,}$/.test(c))).toEqual([]);

    await frame.getByRole('button', { name: 'Visa som tabell' }).click();
    const labels = await frame.locator('table thead th').allInnerTexts();
    const body = await frame.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText)));
    expect(body.length).toBe(csv.length - 1);
    let compared = 0;
    for (const [col, label] of labels.entries()) {
      if (label === 'År' || label === 'Insatser') continue;
      const at = header.findIndex((h) => h === label || h.startsWith(`${label} (`));
      expect(at, label).toBeGreaterThan(0);
      body.forEach((cells, r) => {
        const shown = lead(cells[col] ?? '');
        const raw = csv[r + 1]?.[at] ?? '';
        const asShown = raw === '' ? '–' : /^-?\d+(,\d+)?$/.test(raw) ? formatRate(Number(raw.replace(',', '.'))) : raw;
        expect(asShown, `${label} ${cells[0]}`).toBe(shown);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(10);
    expect(body.map((cells) => cells[0])).toEqual(csv.slice(1).map((r) => r[0]));
  });

  it('SVG (valid XML with the chart’s lines, styles inlined) and PNG at twice the size', async () => {
    const { page } = await open('?view=brott&category=totalt', 'brott');
    const frame = page.locator('[data-view="brott"] figure.chart').first();
    // The keyboard alone: Tab to "Ladda ner", Enter opens it, Tab to the first choice, Enter saves.
    await frame.locator('details.export summary').focus();
    await page.keyboard.press('Enter');
    const svg = await downloaded(page, async () => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    });
    expect(svg.name).toMatch(/\.svg$/);
    // Escape closes the menu from the keyboard and leaves focus on its button.
    await frame.locator('details.export summary').focus();
    if (!(await frame.locator('details.export').evaluate((d) => (d as HTMLDetailsElement).open))) await page.keyboard.press('Enter');
    await frame.locator('details.export[open]').waitFor({ state: 'attached' });
    await frame.locator('details.export button').first().focus();
    await page.keyboard.press('Escape');
    await frame.locator('details.export:not([open])').waitFor({ state: 'attached' });
    expect(await frame.locator('details.export summary').evaluate((s) => s === document.activeElement)).toBe(true);
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      const root = doc.documentElement;
      const line = doc.querySelector('path.line');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.nodeName,
        width: Number(root.getAttribute('width')),
        lines: doc.querySelectorAll('path.line').length,
        lineStyle: line?.getAttribute('style') ?? '',
        title: doc.querySelector('title')?.textContent ?? '',
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.lines).toBe(2);
    expect(parsed.lineStyle).toMatch(/fill:\s*none/);
    expect(parsed.title).toMatch(/^Totalt/);
    expect(text).toContain('Riket');

    const png = await fromMenu(page, frame, 'Diagram som PNG');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.readUInt32BE(16)).toBe(2 * parsed.width);
  });
});

describe('a single-series picture stands alone', () => {
  it('names the municipality, the years, the measure, the source and what ▲ means', async () => {
    const { page } = await open('?view=brott&category=totalt&compare=', 'brott');
    const frame = page.locator('[data-view="brott"] figure.chart').first();
    expect(await frame.locator('.legend li').count()).toBe(0);
    const text = (await fromMenu(page, frame, 'Diagram som SVG')).bytes.toString('utf8');
    const notes = await page.evaluate((t) => [...new DOMParser().parseFromString(t, 'image/svg+xml').querySelectorAll('svg > text')].map((e) => e.textContent ?? ''), text);
    const joined = notes.join(' ');
    expect(joined).toMatch(/Mariestad, \d{4}–\d{4}: antal anmälda brott|Mariestad, \d{4}–\d{4}: anmälda brott per 100\s000 invånare/);
    expect(joined).toContain('Källa: BRÅ');
    expect(joined).toMatch(/▲ på tidsaxeln: år med registrerade insatser \(\d{4}/);
    const png = await fromMenu(page, frame, 'Diagram som PNG');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(text)?.[1]);
    expect(png.bytes.readUInt32BE(20)).toBe(2 * svgHeight);
  });

  it('a bar chart explains ◆ and names the municipality', async () => {
    const { page } = await open('?view=platser', 'platser');
    const frames = page.locator('[data-view="platser"] figure.chart');
    const n = await frames.count();
    let found = false;
    for (let i = 0; i < n && !found; i++) {
      const frame = frames.nth(i);
      if ((await frame.locator('.legend-note').count()) === 0) continue;
      const text = (await fromMenu(page, frame, 'Diagram som SVG')).bytes.toString('utf8');
      expect(text).toMatch(/◆ = /);
      expect(text).toMatch(/Mariestad, \d{4}–\d{4}: antal tillfällen/);
      found = true;
    }
    expect(found).toBe(true);
  });
});

describe('a bar chart’s picture', () => {
  it('keeps its hatching local and names example data and the source under the chart', async () => {
    const { page } = await open('?view=insatser', 'insatser');
    const frame = page.locator('[data-view="insatser"] figure.chart').first();
    const text = (await fromMenu(page, frame, 'Diagram som SVG')).bytes.toString('utf8');
    expect(text).toContain('<pattern id="hatch"');
    expect(text).toMatch(/url\(("|&quot;)?#hatch/);
    expect(text.replaceAll('http://www.w3.org/', '')).not.toMatch(/https?:/);
    expect(text).toContain('Exempeldata');
    expect(text).toContain('Källa: Polisens uppföljningar');
    const png = await fromMenu(page, frame, 'Diagram som PNG');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});

describe('a view’s data', () => {
  it('as Parquet: the crime rows of the current filter, small counts blanked', async () => {
    const { page } = await open('?view=brott&category=totalt', 'brott');
    const file = await downloaded(page, () => page.getByRole('button', { name: 'Data som Parquet' }).click());
    expect(file.name).toMatch(/^brott-\d{4}-\d{4}\.parquet$/);
    const buffer = new Uint8Array(file.bytes).buffer;
    const rows = await parquetReadObjects({ file: buffer });
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.category_id))).toEqual(new Set(['totalt']));
    expect(new Set(rows.map((r) => r.kommunkod))).toEqual(new Set(['1493', '00']));
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['year', 'kommunkod', 'count', 'population', 'count_under_3']));
    expect(rows.every((r) => r.count === null || (typeof r.count === 'number' && (r.count === 0 || r.count >= 3)))).toBe(true);
    const mariestad2015 = rows.find((r) => r.kommunkod === '1493' && r.year === 2015);
    expect(typeof mariestad2015?.count).toBe('number');
  });

  it('as CSV on Insatser: one line per record shown', async () => {
    const { page } = await open('?view=insatser&from=2018&to=2018', 'insatser');
    const shown = await page.locator('details.records tbody tr').count();
    const file = await downloaded(page, () => page.getByRole('button', { name: 'Data som CSV' }).click());
    const csv = parseCsv(file.bytes.toString('utf8'));
    expect(csv[0]).toEqual(expect.arrayContaining(['activity_id', 'year', 'actor', 'count']));
    expect(csv.length - 1).toBe(shown);
  });
});
