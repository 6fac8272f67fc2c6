/** The follow-up report in headless Chromium: the seed's structure and counts, print, PDF and the HTML export. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();
const { baseURL } = session;
const open = (search: string) => session.open(search, 'uppfoljning');

const HEADINGS = ['Uppföljning medborgarlöfte Mariestad', 'Så har vi uppfyllt vårt löfte', 'Detta har polisen gjort:', 'Detta har kommunen gjort:', 'Informationsinsatser och uppföljning'];
const REPORT_URL = '?view=uppfoljning&promise=mariestad-2018&year=2018';

describe('Uppföljning', () => {
  it("writes Mariestad's 2018 follow-up in the seed's structure, counts as the seed writes them", async () => {
    const { page } = await open(REPORT_URL);
    const text = await page.locator('[data-report]').innerText();
    for (const h of HEADINGS) expect(text).toContain(h);
    const police = await page.locator('[data-list="polis"]').innerText();
    expect(police).toContain('Sex (6) riktade insatser utifrån uppkommen problembild.');
    expect(police).toContain('Trettiosju (37) trygghetsskapande besök inom skolans miljö.');
    expect(police).toContain('Tretton (13) informationsmöten, riktade till personal, elever och föräldrar.');
    const kommun = await page.locator('[data-list="kommun"]').innerText();
    for (const v of ['skolor', 'resecentrum', 'Elvärket', 'Törebodafestivalen', 'studentveckan', 'Cruising', 'Valborgsmässoafton']) expect(kommun).toContain(v);
    expect(text).toMatch(/Utifrån uppföljningen och statistik för 2018/);
    expect(text).toContain('Vi lovar därför inför 2019');
    expect(await page.locator('textarea#rep-proposal').inputValue()).toMatch(/^att \[fyll i/);
    expect(await page.locator('[data-finding]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-report] svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('[data-section="statistik"]').getByText('exempeldata', { exact: true }).first().isVisible()).toBe(true);
  });

  it('prints without navigation, filters or buttons, keeps every section and the edited proposal, and makes a PDF', async () => {
    const { page } = await open(REPORT_URL);
    await page.locator('textarea#rep-proposal').fill('att satsa på fritidsgården.');
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['header', 'aside', 'button', 'select', 'textarea']) {
      const visible = await page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).display !== 'none').length);
      expect(visible, sel).toBe(0);
    }
    for (const s of ['loftet', 'uppfyllt', 'information', 'statistik', 'loftet-framat']) {
      expect(await page.locator(`[data-section="${s}"]`).isVisible(), s).toBe(true);
    }
    expect(await page.locator('.print-footer').isVisible()).toBe(true);
    expect(await page.locator('[data-section="loftet-framat"]').innerText()).toContain('att satsa på fritidsgården.');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10000);
  });

  it('downloads a standalone HTML file with the police items, inline SVG and no scripts', async () => {
    const { page } = await open(REPORT_URL);
    await page.locator('textarea#rep-proposal').fill('att öppna fritidsgården på fredagar.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som HTML' }).click()]);
    expect(download.suggestedFilename()).toBe('uppfoljning-mariestad-2018.html');
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toContain('Sex (6) riktade insatser');
    expect(html).toContain('Trettiosju (37) trygghetsskapande besök');
    expect(html).toContain('<svg');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<textarea|<button/i);
    expect(html.split('att öppna fritidsgården på fredagar.')).toHaveLength(2);
    expect(html).not.toMatch(/(src|href)="https?:/i);
    // Opens on its own, without the app and without requests.
    const view = await page.context().newPage();
    const requests: string[] = [];
    view.on('request', (r) => requests.push(r.url()));
    await view.setContent(html);
    expect(await view.locator('[data-list="polis"]').innerText()).toContain('Tretton (13) informationsmöten');
    expect(requests).toEqual([]);
  });

  it('opens meeting mode from the report', async () => {
    const { page } = await open(REPORT_URL);
    await page.locator('[data-open-meeting]').click();
    await waitForView(page, 'mote');
    expect(page.url()).toContain('view=mote');
    expect(await page.locator('[data-slide-counter]').innerText()).toMatch(/^1 \/ \d+$/);
  });
});
