/** The decision view in headless Chromium: its sentences must agree with the numbers it shows. */
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();

const open = (search: string) => session.open(search, 'beslut');

interface Card {
  id: string;
  verdict: string;
  sentence: string;
  ratio: number;
  low: number;
  high: number;
  warnings: string[];
  rows: number;
}

describe('Underlag för beslut', () => {
  it("shows a card per focus indicator for Mariestad's 2018 promise, each sentence agreeing with its interval", async () => {
    const { page } = await open('?view=beslut');
    const cards: Card[] = await page.locator('article[data-indicator]').evaluateAll((els) =>
      els.map((el) => {
        const ratio = el.querySelector('[data-ratio]');
        return {
          id: el.getAttribute('data-indicator') ?? '',
          verdict: el.getAttribute('data-verdict') ?? '',
          sentence: el.querySelector('[data-sentence]')?.textContent ?? '',
          ratio: Number(ratio?.getAttribute('data-ratio')),
          low: Number(ratio?.getAttribute('data-ratio-low')),
          high: Number(ratio?.getAttribute('data-ratio-high')),
          warnings: [...el.querySelectorAll('[data-warning]')].map((w) => w.getAttribute('data-warning') ?? ''),
          rows: el.querySelectorAll('tbody tr').length,
        };
      }),
    );
    expect(cards.map((c) => c.id)).toEqual(expect.arrayContaining(['narkotikabrott', 'skadegorelse', 'misshandel', 'stold']));
    for (const c of cards) {
      const excludesOne = c.low > 1 || c.high < 1;
      const pct = (v: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(Math.abs(v) * 100);
      if (c.verdict === 'insufficient') {
        expect(c.sentence).toMatch(/^För få/);
      } else if (excludesOne && c.ratio < 1) {
        expect(c.sentence).toContain(`Minskat med ${pct(1 - c.ratio)}\u00a0% (95\u00a0% KI ${pct(1 - c.high)}–${pct(1 - c.low)}\u00a0%)`);
      } else if (excludesOne) {
        expect(c.sentence).toContain(`Ökat med ${pct(c.ratio - 1)}\u00a0% (95\u00a0% KI ${pct(c.low - 1)}–${pct(c.high - 1)}\u00a0%)`);
      } else {
        expect(c.sentence).toMatch(/^Ingen säkerställd förändring/);
      }
      // "säkerställd" as a claim only where the interval excludes no change.
      if (!excludesOne) expect(c.sentence.replace('Ingen säkerställd', '')).not.toMatch(/säkerställd|tydligare/);
      expect(c.rows).toBe(4);
      expect(c.warnings).toContain('example-data');
    }
    expect(cards.find((c) => c.id === 'narkotikabrott')?.warnings).toContain('police-initiated');
    expect(await page.locator('[data-summary]').innerText()).toContain('fattas av er');
    await expect.poll(() => page.getByText('exempeldata', { exact: true }).first().isVisible()).toBe(true);
  });

  it('shows rates consistent with their own intervals, and the delivery from the real follow-up', async () => {
    const { page } = await open('?view=beslut');
    const rates = await page.locator('td[data-rate]').evaluateAll((els) =>
      els.map((el) => [Number(el.getAttribute('data-rate')), Number(el.getAttribute('data-low')), Number(el.getAttribute('data-high'))]),
    );
    expect(rates.length).toBeGreaterThan(0);
    for (const [rate, low, high] of rates) {
      expect(low).toBeLessThan(rate ?? NaN);
      expect(high).toBeGreaterThan(rate ?? NaN);
    }
    const police = await page.locator('[data-delivery] table[data-actor="polis"]').innerText();
    expect(police).toMatch(/riktad insats\s+6/);
    expect(police).toMatch(/trygghetsskapande besök\s+37/);
    expect(police).toMatch(/informationsmöte\s+13/);
    const kommun = await page.locator('[data-delivery] table[data-actor="kommun"]').innerText();
    expect(kommun).toContain('Elvärket');
  });

  it('switches the comparison group and the promise from the filters, with the URL following', async () => {
    const { page } = await open('?view=beslut');
    const before = await page.locator('[data-group-sentence]').first().innerText();
    await page.locator('input[name="group"][value="riket"]').check();
    await waitForView(page, 'beslut');
    expect(page.url()).toContain('group=riket');
    const after = await page.locator('[data-group-sentence]').first().innerText();
    expect(after).toContain('riket');
    expect(after).not.toBe(before);
    await page.locator('select[name="promise"]').selectOption('mariestad-2017');
    await waitForView(page, 'beslut');
    expect(page.url()).toContain('promise=mariestad-2017');
    expect(await page.locator('.lead').innerText()).toContain('2014–2016');
  });
});
