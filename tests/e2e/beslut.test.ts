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
  role: string;
  detectable: string;
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
          role: el.getAttribute('data-role') ?? '',
          detectable: el.querySelector('[data-detectable]')?.textContent ?? '',
        };
      }),
    );
    expect(cards.map((c) => c.id)).toEqual(expect.arrayContaining(['narkotikabrott', 'skadegorelse', 'misshandel', 'stold']));
    const opening = { improved: /^Tydlig förbättring jämfört med /, worsened: /^Tydlig försämring jämfört med /, 'cannot-tell': /^Går inte att avgöra jämfört med /, 'too-few': /^För få brott/, activity: /redovisas som aktivitet, inte som utfall\.$/ } as const;
    for (const c of cards) {
      expect(Object.keys(opening)).toContain(c.verdict);
      expect(c.sentence).toMatch(opening[c.verdict as keyof typeof opening]);
      // What the data can detect is said before any verdict.
      if (c.verdict !== 'too-few' && c.verdict !== 'activity') expect(c.detectable).toMatch(/^Med dessa antal .* kan bara förändringar .* större än .* upptäckas/);
      expect(c.sentence).not.toMatch(/säkerställd|[−+]0 %/);
      expect(c.rows).toBe(4);
      expect(c.warnings).toContain('example-data');
    }
    expect(cards[0]?.role).toBe('primary');
    // The placebo ranking: the same assessment for each of the nine municipalities.
    expect(await page.locator('article[data-indicator="skadegorelse"] [data-placebo-rank]').innerText()).toMatch(/^Samma bedömning för var och en av 9 kommuner: Mariestads utveckling i förhållande till de andra är den \d+:[ae] mest gynnsamma av 9\./);
    expect(await page.locator('article[data-indicator="narkotikabrott"] [data-placebo-rank]').count()).toBe(0);
    expect(cards.find((c) => c.id === 'narkotikabrott')?.verdict).toBe('activity');
    const summary = await page.locator('[data-summary]').innerText();
    expect(summary).not.toMatch(/fortsätta/i);
    // One baseline everywhere: the years before the first promise (2017), as on Översikt.
    expect(await page.locator('.lead').innerText()).toContain('2014–2016');
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

  it('compares with municipalities the user picks, as a stated choice with its own placebo ranking', async () => {
    const { page } = await open('?view=beslut&group=valda&compare=1494,1496');
    expect(await page.locator('.lead').innerText()).toContain('Jämförelsegrupp: de valda kommunerna tillsammans (Lidköping, Skövde).');
    expect(await page.locator('article[data-indicator="skadegorelse"] [data-sentence]').innerText()).toMatch(/jämfört med de valda kommunerna|^För få brott/);
    expect(await page.locator('article[data-indicator="skadegorelse"] [data-placebo-rank]').innerText()).toMatch(/av 3\./);
    // The municipalities are picked in "Jämför med", shown on Beslut only for this group.
    expect(await page.locator('input[name="compare"][value="1494"]').isChecked()).toBe(true);
  });
});
