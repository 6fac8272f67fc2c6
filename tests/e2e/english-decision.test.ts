/**
 * The English UI of Underlag för beslut, Platser and Insatser (issue 13 point 5): the page says
 * lang="en", the headings, cards, summary, survey cards and tables are in English, the Swedish
 * data in them are marked lang="sv", and axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { axeViolations } from './axe';
import { swedishLeft } from './english';

const session = useBrowser();

/** Opens every "show as table" toggle of the view (the frames' toggles are aria-pressed buttons). */
async function showTables(page: Page, view: string): Promise<number> {
  const toggles = page.locator(`[data-view="${view}"] button.toggle[aria-pressed="false"]`);
  const n = await toggles.count();
  for (let i = 0; i < n; i += 1) await toggles.first().click();
  return n;
}

async function englishChecks(page: Page, view: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await axeViolations(page)).toEqual([]);
  expect(await swedishLeft(page)).toEqual([]);
}

describe('the English decision view, Platser and Insatser', () => {
  it('Beslut: cards, summary, survey cards, delivery and method in English, data marked Swedish', async () => {
    const { page } = await session.open('?view=beslut&promise=mariestad-2018&lang=en', 'beslut');
    const view = page.locator('[data-view="beslut"]');
    expect(await view.locator('h2').first().innerText()).toBe('Basis for decisions: Medborgarlöfte Mariestad 2018');
    expect(await view.locator('h2 [lang="sv"]').innerText()).toBe('Medborgarlöfte Mariestad 2018');
    const lead = await view.locator('.lead').innerText();
    expect(lead).toContain('Reported crimes per 100,000 inhabitants during the promise (2018)');
    expect(lead).toContain('Comparison group: the neighbouring municipalities (same county) together (');

    // Summary: the three headings, and the lines' Swedish category names marked lang="sv".
    const summary = view.locator('[data-summary]');
    expect(await summary.locator('h3').innerText()).toBe('Summary');
    expect(await summary.locator('h4').allInnerTexts()).toEqual(['Points to the promise making a difference', 'Points against', 'Cannot tell']);
    expect(await summary.locator('.closing').innerText()).toMatch(/The decision about the promise is yours\.$/);
    expect(await summary.locator('[lang="sv"]').count()).toBeGreaterThan(0);

    // Each crime card: English verdict sentence, role, table headings; the category name in Swedish.
    const cards = view.locator('article[data-indicator]');
    expect(await cards.count()).toBeGreaterThan(1);
    for (const card of await cards.all()) {
      const sentence = await card.locator('[data-sentence]').innerText();
      expect(sentence).toMatch(/^(Clear improvement|Clear deterioration|Cannot tell|Too few crimes|Mainly shows the police’s own work)/);
      expect(['Primary measure', 'Secondary measure (Holm-corrected)', 'Activity, not outcome']).toContain(await card.locator('[data-role-label]').innerText());
      expect(await card.locator('thead th').allInnerTexts()).toEqual(['Area and period', 'Per 100,000 inhabitants (95% CI)', 'Reported crimes']);
      expect(await card.locator('h3 [lang="sv"]').count()).toBe(1);
      expect(await card.getAttribute('aria-labelledby')).toBeTruthy();
    }
    const verdictCard = view.locator('article[data-indicator][data-verdict="cannot-tell"]').first();
    expect(await verdictCard.locator('[data-sentence]').innerText()).toMatch(/^Cannot tell compared with .+: [−+]?\d+% \(95% CI [−+]?\d+ to [−+]?\d+%\), within the usual variation between years\.$/);
    expect(await verdictCard.locator('[data-detectable]').innerText()).toMatch(/^With these counts .* only changes relative to .* larger than .*% can be detected \(with 80% probability\)\.$/);

    // Survey cards.
    const survey = page.locator('[data-survey-indicator="trygg_kvall|"]');
    const text = await survey.innerText();
    expect(text).toMatch(/^(Clear improvement|Clear deterioration|Cannot tell) compared with the neighbouring municipalities \(same county\): the share (rose|fell|was unchanged) from \d+\.\d% \(2015\) to \d+\.\d% \(2019\)/m);
    expect(text).toContain('percentage points can be detected (with 80% probability)');
    expect(text).toMatch(/Mariestad, 2015 \(before the promise\)/);
    expect(text).toMatch(/Mariestad, 2019 \(the year after\)/);
    expect(text).toContain('* example data');
    expect(await survey.locator('h3 [lang="sv"]').innerText()).toBe('Känner sig trygg utomhus i området sent på kvällen');
    expect(await page.locator('[data-survey-indicator="trygghetsindex|"]').innerText()).toContain('published interval');
    expect(await view.locator('[data-survey-section] .heading').innerText()).toBe('Perceived safety in surveys: what the promise aims at');

    // Delivery and method.
    expect(await view.locator('#delivery-h').innerText()).toContain('Delivery: what the promise said and what was done');
    await view.locator('details.method summary').click();
    expect(await view.locator('details.method summary').innerText()).toBe('How we calculate');
    expect(await view.locator('details.method').innerText()).toContain('Holm-corrected together');
    await englishChecks(page, 'beslut');
  });

  it('Platser: the ranking, each place and trygghet där unga möts in English, tables shown', async () => {
    const { page } = await session.open('?view=platser&venue=elvarket,resecentrum&lang=en', 'platser');
    const view = page.locator('[data-view="platser"]');
    expect(await view.locator('h2').first().innerText()).toMatch(/^Places where young people meet: Mariestad \d{4}–\d{4}$/);
    expect(await view.locator('.lead').innerText()).toMatch(/^2 chosen places\. The bars show the stated numbers of occasions per year and actor;/);
    const trygghet = view.locator('[data-venue-trygghet]');
    expect(await trygghet.locator('h3').innerText()).toMatch(/^Perceived safety where young people meet/);
    const table = trygghet.locator('[data-venue-survey="elvarket"]');
    const caption = await table.locator('caption').innerText();
    expect(caption).toContain('Elvärket: survey area Område norr (exempel) (matched by hand). Source: example data. * example data');
    expect(await table.locator('thead th').first().innerText()).toBe('Question');
    // Shares in English: 62.7% (58.4–67.0), marked as example data.
    expect(await table.locator('tbody td').first().innerText()).toMatch(/^\d+\.\d% \(\d+\.\d–\d+\.\d\)\*$/);
    expect(await table.locator('tbody th[lang="sv"]').count()).toBeGreaterThan(0);
    expect(await showTables(page, 'platser')).toBeGreaterThan(1);
    expect(await view.locator('.table-wrap thead th').first().innerText()).toBe('Rank');
    expect(await view.locator('.chart > figcaption').first().innerText()).toContain('The police’s and the municipality’s follow-ups (2017, 2018); example data for the other years');
    await englishChecks(page, 'platser');
  });

  it('Insatser: the charts’ titles, tables and the records in English, tables shown', async () => {
    const { page } = await session.open('?view=insatser&lang=en', 'insatser');
    const view = page.locator('[data-view="insatser"]');
    expect(await view.locator('h2').first().innerText()).toMatch(/^Interventions: Mariestad \d{4}–\d{4}$/);
    expect(await view.locator('.lead').innerText()).toContain('according to the activity log. The bars show the stated numbers of occasions.');
    expect(await showTables(page, 'insatser')).toBe(3);
    const heads = await view.locator('.table-wrap thead th').allInnerTexts();
    expect(heads).toContain('Type of intervention');
    expect(heads).toContain('Recorded interventions');
    await view.locator('details.records summary').click();
    expect(await view.locator('details.records summary').innerText()).toMatch(/^All recorded interventions \([\d,]+\)$/);
    expect(await view.locator('details.records thead th').allInnerTexts()).toEqual(['Year', 'Month', 'Actor', 'Type', 'Place', 'Target group', 'Number', 'Description', 'Source']);
    expect(await view.locator('details.records tbody td[lang="sv"]').count()).toBeGreaterThan(0);
    await englishChecks(page, 'insatser');
  });

  it('the Swedish pages are unchanged where this area was moved to the catalogue', async () => {
    const { page } = await session.open('?view=beslut&promise=mariestad-2018', 'beslut');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    const view = page.locator('[data-view="beslut"]');
    expect(await view.locator('h2').first().innerText()).toBe('Underlag för beslut: Medborgarlöfte Mariestad 2018');
    expect(await view.locator('[data-summary] h4').allInnerTexts()).toEqual(['Talar för att löftet gör skillnad', 'Talar emot', 'Går inte att avgöra']);
    expect(await view.locator('article[data-indicator] thead th').first().innerText()).toBe('Område och period');
    expect(await view.locator('article[data-indicator]').first().getAttribute('aria-label')).toMatch(/^Indikator: /);
    // Nothing is marked Swedish in the Swedish UI: the page's language covers it.
    expect(await view.locator('[lang]').count()).toBe(0);
  });
});
