/**
 * The English UI (`?lang=en`) of Uppföljning, Mötesläge and Tillgänglighetsredogörelsen: the
 * report's own headings, labels, notes and the statement in English, data in Swedish marked
 * lang="sv", no Swedish UI text left in this area, and no axe violations.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { axeViolations } from './axe';
import { swedishLeft } from './english';

const session = useBrowser();
const REPORT = '?view=uppfoljning&promise=mariestad-2018&year=2018&lang=en';
const MEETING = '?view=mote&promise=mariestad-2018&year=2018&lang=en';

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

describe('Uppföljning in English', () => {
  it('has English headings, labels, sources and footer, the data marked Swedish, and no axe violations', async () => {
    const { page } = await session.open(REPORT, 'uppfoljning');
    await page.locator('[data-report] svg path[data-series]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Follow-up report – Mariestad – citizen promise');
    expect(await page.locator('[data-report] h2').innerText()).toBe('Citizen promise follow-up: Mariestad');
    expect(await texts(page, '[data-report] h3')).toEqual([
      'How we have kept our promise',
      'Informing the public and following up the citizen promise',
      'Statistics for 2018',
      expect.stringMatching(/^Feeling safe: surveys/),
      'Our promise for 2019',
    ]);
    expect(await texts(page, '[data-list] h4')).toEqual(['What the police have done:', 'What the municipality has done:', 'What we have done together:']);
    for (const name of ['Print', 'Download as HTML', 'Meeting mode']) expect(await page.getByRole('button', { name }).count(), name).toBe(1);
    expect(await page.locator('label[for="rep-proposal"]').innerText()).toBe('We therefore promise for 2019');
    expect(await page.locator('textarea#rep-proposal').inputValue()).toMatch(/^to \[fill in what the police and the municipality promise/);
    expect(await texts(page, '[data-report] figcaption')).toEqual([
      'Source: reported crimes (BRÅ), population (SCB/Kolada). Example data: generated figures, not real statistics.',
      'Source: reported crimes (BRÅ), population (SCB/Kolada). Example data: generated figures, not real statistics.',
    ]);
    expect((await page.locator('[data-survey-table] thead').innerText()).trim()).toMatch(/^Indicator\s+Survey\s+Value\s+Interval\s+Assessment$/);
    expect(await page.locator('[data-conclusion]').innerText()).toMatch(/^From the follow-up and the statistics for 2018 we see /);
    // The shipped categories are named in English in the findings, charts and closing words alike; the focus stays Swedish data.
    expect(await page.locator('[data-finding="skadegorelse"] strong').innerText()).toBe('Criminal damage (incl. arson):');
    expect(await page.locator('[data-finding="skadegorelse"] strong').getAttribute('lang')).toBeNull();
    expect(await page.locator('[data-conclusion]').innerText()).toContain('criminal damage (incl. arson)');
    expect(await page.locator('[data-conclusion] span[lang="sv"]').count()).toBeGreaterThan(0);
    // The promise, its focus, the activities and the survey questions are the data's Swedish words.
    expect(await page.locator('[data-section="loftet"] .lead').getAttribute('lang')).toBe('sv');
    expect(await page.locator('[data-list="polis"] li > span[lang="sv"]').first().innerText()).toMatch(/^Sex \(6\) riktade insatser/);
    expect(await page.locator('select[name="report-promise"]').getAttribute('lang')).toBe('sv');
    // Both figure tables open.
    for (const summary of await page.locator('[data-report] figure summary').all()) {
      expect(await summary.innerText()).toBe('Show as table');
      await summary.click();
    }
    expect((await page.locator('[data-report] figure [data-figure-table] table').nth(1).locator('thead').innerText()).trim()).toMatch(/^Crime category and years\s+per 100,000 inhabitants\s+95% confidence interval$/);
    // The charts' own words (the keyboard help the chart frame adds is the shell's).
    expect(await page.locator(`[data-report] figure [aria-label^="Line chart: the promise's focus areas, reported crimes per 100,000 inhabitants in Mariestad 2013–2018"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`[data-report] figure [aria-label^="Dot chart with 95% confidence intervals for the promise's focus areas in Mariestad"]`).count()).toBeGreaterThan(0);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // The printed footer: English words, the date as en-GB writes it.
    const footer = await page.locator('[data-report] .print-footer').textContent();
    expect(footer).toMatch(/^Source: polisen\.se and the municipality's activity log \(activities\), BRÅ and SCB\/Kolada \(statistics\); parts are example data\. Printed \d{2}\/\d{2}\/\d{4}\.$/);
    expect(await page.locator('style[data-report-print]').innerHTML()).toMatch(/Printed \d{2}\/\d{2}\/\d{4} · page " counter\(page\) " of " counter\(pages\)/);
  });

  it('downloads the report as an English HTML file', async () => {
    const { page } = await session.open(REPORT, 'uppfoljning');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as HTML' }).click()]);
    expect(download.suggestedFilename()).toBe('follow-up-mariestad-2018.html');
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Citizen promise follow-up: Mariestad 2018</title>');
    expect(html).toContain('How we have kept our promise');
  });

  it('keeps the Swedish report as it was', async () => {
    const { page } = await session.open('?view=uppfoljning&promise=mariestad-2018&year=2018', 'uppfoljning');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await page.locator('[data-report] h2').innerText()).toBe('Uppföljning medborgarlöfte Mariestad');
    expect(await page.locator('label[for="rep-proposal"]').innerText()).toBe('Vi lovar därför inför 2019');
    expect(await page.locator('[data-report] figcaption').first().innerText()).toBe('Källa: anmälda brott (BRÅ), befolkning (SCB/Kolada). Exempeldata: genererade siffror, inte verklig statistik.');
    expect(await page.locator('[data-report] [lang]').count()).toBe(0);
    expect(await page.locator('style[data-report-print]').innerHTML()).toMatch(/Utskrivet \d{4}-\d{2}-\d{2} · sida " counter\(page\) " av " counter\(pages\)/);
  });
});

describe('Mötesläge in English', () => {
  it('says "Slide N of M: title", has English controls, slide titles and notes, and no axe violations', async () => {
    const { page } = await session.open(MEETING, 'mote');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('main[data-view="mote"]').getAttribute('aria-label')).toBe('Meeting mode');
    expect(await page.locator('nav.bar').getAttribute('aria-label')).toBe('Slide controls');
    for (const name of ['Previous slide', 'Next slide', 'Full screen', 'Leave meeting mode (Esc)']) expect(await page.getByRole('button', { name }).count(), name).toBe(1);
    expect(await page.getByRole('link', { name: 'Accessibility' }).count()).toBe(1);
    const live = page.locator('[aria-live="polite"][data-slide-announce]');
    const n = Number((await page.locator('[data-slide-counter]').innerText()).split('/')[1]);
    expect(await live.innerText()).toBe(`Slide 1 of ${n}: Citizen promise follow-up: Mariestad 2018`);
    expect(await page.locator('[data-slide-kind="title"] p').nth(1).innerText()).toMatch(/^Focus: /);
    expect(await page.locator('[data-slide-source]').innerText()).toBe('Source: the citizen promise (polisen.se and the municipality).');
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('PageDown');
    await expect.poll(() => live.innerText()).toBe(`Slide 2 of ${n}: What the police have done`);
    expect(await page.locator('[data-slide-kind="list"] ul').getAttribute('lang')).toBe('sv');
    expect(await page.locator('[data-slide-source]').innerText()).toBe("Source: polisen.se and the municipality's activity log (activities).");
    expect(await swedishLeft(page)).toEqual([]);

    // A survey slide: the question is the data's Swedish, the labels English.
    while ((await page.locator('[data-slide-kind="survey"]').count()) === 0) await page.keyboard.press('PageDown');
    expect(await page.locator('[data-slide-kind="survey"] h1').innerText()).toMatch(/^Survey: /);
    expect(await page.locator('[data-slide-kind="survey"] h1 > span[lang="sv"]').count()).toBe(1);
    expect(await texts(page, '[data-slide-survey] dt')).toEqual([expect.stringMatching(/^Before the promise \(\d{4}\)$/), expect.stringMatching(/^(During|The year after) the promise \(\d{4}\)$/)]);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // The trend chart, then its table.
    while ((await page.locator('[data-slide-kind="trend"]').count()) === 0) await page.keyboard.press('PageDown');
    expect(await live.innerText()).toMatch(new RegExp(`^Slide \\d+ of ${n}: Reported crimes per 100,000 inhabitants$`));
    expect(await page.locator('[data-slide-source]').innerText()).toBe('Source: reported crimes (BRÅ), population (SCB/Kolada).');
    await page.getByRole('button', { name: 'Show as table' }).click();
    await page.locator('[data-slide-table]').waitFor();
    expect(await page.getByRole('button', { name: 'Show as chart' }).count()).toBe(1);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // A finding: its name is Swedish data, the labels English.
    await page.keyboard.press('PageDown');
    while ((await page.locator('[data-slide-kind="finding"]').count()) === 0) await page.keyboard.press('PageDown');
    expect(await page.locator('[data-slide-kind="finding"] h1 > span[lang="sv"]').count()).toBe(1);
    expect(await texts(page, '.rates dt')).toEqual([expect.stringMatching(/^Before the promise \(\d{4}–\d{4}\)$/), expect.stringMatching(/^During the promise \(\d{4}\)$/)]);
    expect(await swedishLeft(page)).toEqual([]);

    await page.keyboard.press('End');
    await expect.poll(() => live.innerText()).toBe(`Slide ${n} of ${n}: Proposal for 2019`);
    expect(await page.locator('[data-slide-kind="proposal"] p.big').nth(1).innerText()).toMatch(/^We therefore promise for 2019 to \[fill in/);
    expect(await texts(page, '[data-slide-caveat]')).toContain('The proposal is written by the municipality and the police: the statistics do not decide what you should promise.');
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('Tillgänglighetsredogörelsen in English', () => {
  it('is in English, dated in English, with the contact from the one config file', async () => {
    const { page } = await session.open('?view=tillganglighet&lang=en', 'tillganglighet');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#tg-h').innerText()).toBe('Accessibility statement');
    expect(await texts(page, '[data-view="tillganglighet"] h3')).toEqual([
      'How accessible is the website?',
      'What can you do if you cannot use parts of the website?',
      'Enforcement',
      'Content that is not accessible',
      'How we tested the website',
    ]);
    const text = await page.locator('[data-view="tillganglighet"]').innerText();
    expect(text).toContain('The website is partially compliant with the Act (2018:1937)');
    expect(text).toContain('Mariestad Municipality and the Swedish Police, local police area Mariestad stand behind this website.');
    expect(text).toContain('We answer within two working days.');
    expect(text).toContain('This statement was written on 1 December 2026.');
    expect(await page.locator('[data-section="feedback"] a[href="mailto:kommun@mariestad.se"]').count()).toBe(2);
    expect(await swedishLeft(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the Swedish statement, now saying that an English interface exists', async () => {
    const { page } = await session.open('?view=tillganglighet', 'tillganglighet');
    const text = await page.locator('[data-view="tillganglighet"]').innerText();
    expect(text).toContain('Mariestads kommun och Polisen lokalpolisområde Mariestad står bakom den här webbplatsen.');
    expect(text).toContain('Webbplatsen är delvis förenlig med lagen (2018:1937)');
    expect(text).toContain('Vi svarar inom två arbetsdagar.');
    expect(text).toContain('Det finns ett engelskt gränssnitt');
    expect(text).toContain('Redogörelsen skrevs den 1 december 2026.');
  });
});
