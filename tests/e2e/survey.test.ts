/** Survey indicators in the production build: beside the crimes on Beslut, in the report, on a slide, on Översikt, and trygghet on Platser. */
import { describe, expect, it } from 'vitest';
import { confirmImport, useBrowser, waitForView } from './browser';

const session = useBrowser();
const { baseURL } = session;

const VERDICTS = ['improved', 'worsened', 'cannot-tell', 'too-few'];

describe('survey indicators', () => {
  it('Beslut shows the promise’s survey indicators with verdict, intervals, a chart with its table, and exempeldata', async () => {
    const { page } = await session.open('?view=beslut&promise=mariestad-2018', 'beslut');
    const section = page.locator('[data-survey-section]');
    await section.waitFor();
    // Beside the crime cards: both kinds on the same page.
    expect(await page.locator('[data-indicator]').count()).toBeGreaterThan(0);
    const card = page.locator('[data-survey-indicator="trygg_kvall|"]');
    expect(VERDICTS).toContain(await card.getAttribute('data-verdict'));
    const text = await card.innerText();
    expect(text).toContain('Känner sig trygg utomhus i området sent på kvällen');
    expect(text).toMatch(/^(Tydlig förbättring|Tydlig försämring|Går inte att avgöra) jämfört med grannkommunerna/m);
    expect(text).toContain('procentenheter upptäckas');
    expect(text).toContain('(Wilson)');
    expect(text).toMatch(/Mariestad, 2015 \(före löftet\)/);
    expect(text).toMatch(/Mariestad, 2019 \(året efter\)/);
    expect(text).toContain('exempeldata');
    // The chart and its table carry the same rows.
    expect(await card.locator('svg[role="img"]').count()).toBe(1);
    expect(await card.locator('tbody tr').count()).toBe(4);
    // The index is shown with its published interval, never tested.
    const index = page.locator('[data-survey-indicator="trygghetsindex|"]');
    expect(await index.innerText()).toContain('publicerat intervall');
    expect(await index.getAttribute('data-verdict')).toBe('cannot-tell');
    // The summary lists the survey indicators too.
    expect(await page.locator('[data-view="beslut"]').innerText()).toContain('Enkät: Känner sig trygg utomhus i området sent på kvällen');
  });

  it('the follow-up report has a survey section with the same verdicts', async () => {
    const { page } = await session.open('?view=uppfoljning&promise=mariestad-2018', 'uppfoljning');
    const section = page.locator('[data-section="enkat"]');
    await section.waitFor();
    const text = await section.innerText();
    expect(text).toContain('Trygghet i enkäter');
    expect(text).toContain('exempeldata');
    expect(text).toMatch(/Mariestad 2015\*/);
    const finding = section.locator('[data-survey-finding="trygg_kvall|"]');
    expect(VERDICTS).toContain(await finding.getAttribute('data-verdict'));
    expect(await finding.innerText()).toMatch(/andelen (steg|sjönk) från \d+,\d %/);
  });

  it('a meeting slide shows a survey indicator with its verdict in large type', async () => {
    const { page } = await session.open('?view=mote&promise=mariestad-2018', 'mote');
    await page.keyboard.press('End');
    // The survey slides come before the crime trend and findings; the first is trygg_kvall for all respondents.
    const slide = page.locator('[data-slide-kind="survey"][data-slide-id="survey-trygg_kvall"]');
    for (let i = 0; i < 20 && (await slide.count()) === 0; i++) await page.keyboard.press('ArrowLeft');
    await slide.waitFor();
    const text = await slide.innerText();
    expect(text).toContain('Enkät: Känner sig trygg utomhus i området sent på kvällen');
    expect(text).toMatch(/Tydlig förbättring|Tydlig försämring|Går inte att avgöra|För få svar/);
    expect(text).toMatch(/\d+,\d %\*/);
    expect(text).toContain('exempeldata');
  });

  it('Översikt shows the survey indicators of the chosen year’s promise', async () => {
    const { page } = await session.open('?view=oversikt&to=2019', 'oversikt');
    const section = page.locator('[data-survey-section]');
    await section.waitFor();
    expect(await section.locator('[data-survey-indicator="trygg_kvall|"]').getAttribute('data-verdict')).not.toBeNull();
    expect(await page.locator('[data-view="oversikt"]').innerText()).toContain('Medborgarlöfte Mariestad 2019');
  });

  it('Platser shows trygghet at a venue through the area it lies in', async () => {
    const { page } = await session.open('?view=platser&venue=elvarket', 'platser');
    const table = page.locator('[data-venue-survey="elvarket"]');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain('Område norr (exempel)');
    expect(text).toContain('kopplat manuellt');
    expect(text).toMatch(/\d+,\d % \(\d+,\d–\d+,\d\)\*/);
    expect(await table.locator('[data-question="trygghetsindex"]').count()).toBe(1);
  });

  it('the mapping dialog’s Enkätresultat takes a column of positive answers', async () => {
    const { page } = await session.open('?view=data', 'data');
    const csv = ['År;Kommun;Andel trygga (%);Antal svarande;Antal trygga', '2023;1493;62,5;240;150'].join('\n');
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name: 'trygghet-dialog.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const dialog = page.getByRole('dialog', { name: 'Vilka kolumner är vad? – trygghet-dialog.csv' });
    await dialog.waitFor();
    await dialog.locator('input[name="target"][value="survey_results"]').check();
    await dialog.locator('select[name="year"]').selectOption({ label: 'År' });
    await dialog.locator('select[name="municipality"]').selectOption({ label: 'Kommun' });
    await dialog.locator('input[name="questionId"]').fill('dlg_trygg');
    await dialog.locator('input[name="question"]').fill('Känner sig trygg (dialog)');
    await dialog.locator('select[name="better"]').selectOption('higher');
    await dialog.locator('select[name="respondents"]').selectOption({ label: 'Antal svarande' });
    const positive = dialog.locator('label').filter({ has: page.locator('select[name="positive"]') });
    expect(await positive.innerText()).toMatch(/^Antal positiva svar/);
    await positive.locator('select').selectOption({ label: 'Antal trygga' });
    await dialog.locator('select[name="count"]').selectOption({ label: 'Andel trygga (%)' });
    await dialog.getByRole('button', { name: 'Läs in' }).click();
    await confirmImport(page, 'trygghet-dialog.csv');
    await waitForView(page, 'data');
    await page.getByLabel(/SQL-fråga/).fill("SELECT respondents, positive, share FROM survey_results WHERE question_id = 'dlg_trygg'");
    await page.getByRole('button', { name: 'Kör', exact: true }).click();
    const table = page.locator('table').filter({ has: page.locator('caption', { hasText: 'Resultat av SQL-frågan' }) });
    await table.waitFor();
    // 150 of 240 = 0,625.
    expect(await table.locator('tbody').innerText()).toMatch(/240\s+150\s+0[,.]625/);
  });

  it('an imported survey area is matched to a venue by name on Platser', async () => {
    const { page } = await session.open('?view=data', 'data');
    const csv = [
      'year;kommunkod;area;question_id;question;subgroup;kind;respondents;positive;share;index_value;index_low;index_high;deff;better;source',
      '2024;1493;Området kring Resecentrum;trygg_kvall;Känner sig trygg sent på kvällen;;proportion;200;150;;;;;;higher;',
    ].join('\n');
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name: 'trygghet-resecentrum.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // Every import is previewed and confirmed before it is written.
    await confirmImport(page, 'trygghet-resecentrum.csv');
    await waitForView(page, 'data');
    expect(await page.locator('[data-view="data"]').innerText()).toContain('Enkätresultat');
    await page.goto(new URL('?view=platser&venue=resecentrum', baseURL).href);
    await waitForView(page, 'platser');
    const item = page.locator('[data-unmatched-area="Området kring Resecentrum"]');
    await item.waitFor();
    // The name rule suggests the venue; the person confirms.
    expect(await item.locator('select').inputValue()).toBe('resecentrum');
    await item.getByRole('button', { name: 'Koppla' }).click();
    const table = page.locator('[data-venue-survey="resecentrum"]').filter({ hasText: 'Området kring Resecentrum' });
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain('kopplat efter namn');
    // 150 of 200 = 75,0 %, Wilson 68,6–80,5 % (R: prop.test(150, 200, correct = FALSE)$conf.int).
    expect(text).toContain('75,0 % (68,6–80,5)');

    // Kept over a reload: the match is written again at start, and listed with a way to undo it.
    await page.reload();
    await waitForView(page, 'platser');
    await table.waitFor();
    expect(await table.innerText()).toContain('kopplat efter namn');
    expect(await page.locator('[data-unmatched-area="Området kring Resecentrum"]').count()).toBe(0);
    const kept = page.locator('[data-kept-match="Området kring Resecentrum"]');
    expect(await kept.innerText()).toContain('Området kring Resecentrum → Resecentrum');

    // Undone: the area is unmatched again, also after the next reload.
    await kept.getByRole('button', { name: /Ta bort kopplingen/ }).click();
    await item.waitFor();
    expect(await table.count()).toBe(0);
    await page.reload();
    await waitForView(page, 'platser');
    await item.waitFor();
    expect(await table.count()).toBe(0);
    expect(await kept.count()).toBe(0);
  });
});
