/**
 * The done-criterion of issue 9 for a municipality other than Mariestad: after a BRÅ file for
 * Boden (2582, shipped without crime data) is imported, every view works for Boden and shows its
 * figures. Expected rates are worked out by hand from the fixture (tests/fixtures/import/files.ts)
 * and Kolada's population for Boden 2016, 28 042 (data/sources/kolada-invanare-kommuner-2010-2016.csv):
 * totalt 2 263 / 28 042 × 100 000 = 8 070,0; skadegörelse 371 / 28 042 × 100 000 = 1 323,0.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmImport, useBrowser, waitForView } from './browser';
import { BODEN_NAME, bodenBraScrape, utf8 } from '../fixtures/import/files';
import { pickMunicipality } from './picker';

const session = useBrowser();
const n = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function alerts(page: Page): Promise<string[]> {
  return page.locator('[role="alert"]:visible').allInnerTexts();
}

/** Goes to a view through the page's own link (no reload), waits for it and returns its text. */
async function visit(page: Page, link: () => ReturnType<Page['locator']>, view: string): Promise<string> {
  await link().click();
  await waitForView(page, view);
  return n(await page.locator(`[data-view="${view}"]`).innerText());
}

async function tableOf(page: Page, view: string): Promise<string> {
  await page.locator(`[data-view="${view}"]`).getByRole('button', { name: 'Visa som tabell' }).first().click();
  return n(await page.locator(`[data-view="${view}"] table`).first().innerText());
}

describe('Boden after its import', () => {
  it('imports, switches to Boden with the picker, and every view works with Boden’s figures', async () => {
    const { page } = await session.open('?view=data', 'data');
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name: BODEN_NAME, mimeType: 'text/csv', buffer: Buffer.from(utf8(bodenBraScrape())) });
    // A mapping dialog only if the layout needs one; the preview of what the import changes always.
    const mapping = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Läs in' }) });
    const preview = page.getByRole('dialog', { name: `Kontrollera importen – ${BODEN_NAME}` });
    await Promise.race([mapping.waitFor({ timeout: 30000 }), preview.waitFor({ timeout: 30000 })]);
    if (await mapping.isVisible()) await mapping.getByRole('button', { name: 'Läs in' }).click();
    await confirmImport(page, BODEN_NAME);
    await waitForView(page, 'data');

    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('link', { name: 'Översikt', exact: true }).click();
    await waitForView(page, 'oversikt');
    // The picker now marks Boden as having crime data.
    expect((await pickMunicipality(page, 'Bod', 'Boden')).replace(/\s+/g, ' ').trim()).toBe('● Boden 2582 , har brottsdata');
    // Boden opens on its latest year with real data.
    await page.waitForFunction(() => {
      const q = new URLSearchParams(location.search);
      return q.get('municipality') === '2582' && q.get('to') === '2016';
    });
    const nav = (label: string) => () => page.getByRole('navigation', { name: 'Vyer' }).getByRole('link', { name: label, exact: true });
    const texts: Record<string, string> = {};

    texts.oversikt = await visit(page, nav('Översikt'), 'oversikt');
    expect(n(await page.locator('#oversikt-h').innerText())).toBe('Översikt 2016: Boden');
    expect(texts.oversikt).toContain('8 070');
    expect(texts.oversikt).toContain('1 323');

    texts.brott = await visit(page, nav('Brottsutveckling'), 'brott');
    expect(await tableOf(page, 'brott')).toMatch(/2016\s[^\n]*8 070/);

    texts.karta = await visit(page, nav('Karta'), 'karta');
    expect(await page.locator('[data-view="karta"] path[data-focus="2582"]').count()).toBe(1);
    expect(await tableOf(page, 'karta')).toMatch(/Boden\s+vald kommun \(tjock kant\)\s+2 263\s+28 042\s+8 070/);

    for (const [label, view] of [['Insatser', 'insatser'], ['Platser', 'platser'], ['Aktivitetslogg', 'logg']] as const) {
      texts[view] = await visit(page, nav(label), view);
    }

    texts.beslut = await visit(page, nav('Underlag för beslut'), 'beslut');
    expect(n(await page.locator('#beslut-h').innerText())).toBe('Underlag för beslut: Lägesbild Boden 2016 (inget medborgarlöfte i datan)');
    expect(texts.beslut).toContain('1 323');

    texts.uppfoljning = await visit(page, nav('Uppföljning'), 'uppfoljning');
    expect(texts.uppfoljning).toContain('Lägesbild Boden');
    // Skadegörelse 2013–2015: (377 + 391 + 356) / (27 838 + 27 887 + 27 913) = 1 343,9 per 100 000;
    // 2016: 1 323,0, so −1,6 %, written "−2 %".
    expect(texts.uppfoljning).toMatch(/Skadegörelse \(inkl\. mordbrand\):[^\n]*i Boden −2 %/);

    texts.mote = await visit(page, () => page.locator('[data-open-meeting]'), 'mote');
    texts.tillganglighet = await visit(page, () => page.getByRole('link', { name: 'Tillgänglighet' }).first(), 'tillganglighet');
    await page.goto(new URL('?view=data&municipality=2582&to=2016', session.baseURL).href);
    await waitForView(page, 'data');
    texts.data = n(await page.locator('[data-view="data"]').innerText());
    expect(texts.data).toContain(BODEN_NAME);

    for (const [view, text] of Object.entries(texts)) {
      if (!['tillganglighet', 'data'].includes(view)) expect(text, view).toContain('Boden');
      expect(text, view).not.toMatch(/Kunde inte|fel uppstod|gick inte att/i);
    }
    expect(Object.keys(texts).sort()).toEqual(['beslut', 'brott', 'data', 'insatser', 'karta', 'logg', 'mote', 'oversikt', 'platser', 'tillganglighet', 'uppfoljning']);
    expect(await alerts(page)).toEqual([]);
  });
});
