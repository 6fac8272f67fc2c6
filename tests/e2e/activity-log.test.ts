/** The activity log in headless Chromium: add, validate, persist, use everywhere, export, discard. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();
const { baseURL } = session;

describe('Aktivitetslogg', () => {
  it('adds a record that every view uses, survives a reload, exports as CSV and can be discarded', async () => {
    const watched = await session.newPage();
    const { page } = watched;
    // 2016 has no activities in the shipped data, so anything there is ours.
    await page.goto(new URL('?view=logg&from=2016&to=2016', baseURL).href);
    await waitForView(page, 'logg');
    expect(await page.locator('tr[data-activity]').count()).toBe(0);

    await page.getByRole('button', { name: 'Ny insats' }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    const alert = page.locator('form [role="alert"]');
    expect(await alert.innerText()).toContain('Välj aktör');
    expect(await page.locator('select[name="actor"]').getAttribute('aria-invalid')).toBe('true');

    await page.locator('select[name="actor"]').selectOption('polis');
    await page.locator('input[name="activity_type"]').fill('riktad insats');
    await page.locator('input[name="when"]').fill('2016-05-12');
    await page.locator('input[name="count"]').fill('4');
    await page.locator('select[name="venue_id"]').selectOption('elvarket');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.locator('tr[data-activity]').first().waitFor();
    expect(await page.locator('tr[data-activity]').count()).toBe(1);
    expect(await page.locator('[data-local-changes]').innerText()).toContain('1 insats');

    // The Insatser chart draws it at once (a 2016 bar where there was none).
    await page.getByRole('link', { name: 'Insatser' }).click();
    await waitForView(page, 'insatser');
    expect(await page.locator('rect[data-x="2016"][data-key="polis"]').count()).toBe(1);
    expect(await page.locator('[data-local-changes-marker]').isVisible()).toBe(true);

    // Survives a reload.
    await page.reload();
    await waitForView(page, 'insatser');
    expect(await page.locator('rect[data-x="2016"][data-key="polis"]').count()).toBe(1);

    // Comes back out in the CSV export, in the shipped file's format.
    await page.goto(new URL('?view=logg&from=2016&to=2016', baseURL).href);
    await waitForView(page, 'logg');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera som CSV' }).click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const shipped = readFileSync('data/activities.csv', 'utf8').split('\n');
    expect(csv.split('\n')[0]).toBe(shipped[0]);
    expect(csv).toMatch(/\nlokal-\d{14}-1,,1493,2016,2,5,2016-05-12,polis,riktad insats,elvarket,,4,,,lokalt registrerad\n/);
    expect(csv.split('\n').length).toBe(shipped.length + 1);

    // Discarding restores the shipped data after a confirmation.
    await page.getByRole('button', { name: 'Förkasta lokala ändringar' }).click();
    await page.getByRole('button', { name: 'Ja, fortsätt' }).click();
    await page.locator('[data-local-changes]').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('tr[data-activity]').count()).toBe(0);
  });

  it('edits and deletes a shipped record', async () => {
    const watched = await session.newPage();
    const { page } = watched;
    await page.goto(new URL('?view=logg&from=2018&to=2018&actor=polis', baseURL).href);
    await waitForView(page, 'logg');
    const row = page.locator('tr[data-activity="2018-r01"]');
    await row.getByRole('button', { name: /Redigera/ }).click();
    expect(await page.locator('input[name="count"]').inputValue()).toBe('6');
    await page.locator('input[name="count"]').fill('7');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => row.locator('td.num').innerText()).toBe('7');
    await row.getByRole('button', { name: /Ta bort/ }).click();
    await page.getByRole('button', { name: 'Ja, fortsätt' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await page.locator('[data-local-changes]').innerText()).toContain('1 insats');
    // A second record in the same visit is kept too, and everything survives a reload.
    const other = page.locator('tr[data-activity="2018-r02"]');
    await other.getByRole('button', { name: /Redigera/ }).click();
    await page.locator('input[name="count"]').fill('38');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.locator('[data-local-changes]').innerText()).toContain('2 insatser');
    await page.reload();
    await waitForView(page, 'logg');
    expect(await page.locator('[data-local-changes]').innerText()).toContain('2 insatser');
    expect(await row.count()).toBe(0);
    expect(await other.locator('td.num').innerText()).toBe('38');
  });

  it('shows an added activity in the follow-up report', async () => {
    const { page } = await session.open('?view=logg&from=2018&to=2018', 'logg');
    await page.getByRole('button', { name: 'Ny insats' }).click();
    await page.locator('select[name="actor"]').selectOption('kommun');
    await page.locator('input[name="activity_type"]').fill('drogtest');
    await page.locator('input[name="when"]').fill('2018-09');
    await page.locator('input[name="count"]').fill('5');
    await page.locator('select[name="venue_id"]').selectOption('elvarket');
    await page.locator('select[name="promise_id"]').selectOption('mariestad-2018');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.locator('tr.local').first().waitFor();
    await page.getByRole('link', { name: 'Uppföljning' }).click();
    await waitForView(page, 'uppfoljning');
    await expect.poll(() => page.locator('[data-view="uppfoljning"]').innerText()).toContain('Fem (5) drogtester vid Elvärket');
  });

  it('two tabs: both edits survive a reload, each tab shows the other\'s, and an edit over another tab\'s change asks', async () => {
    const { page: tab1 } = await session.newPage();
    const tab2 = await tab1.context().newPage();
    const url = new URL('?view=logg&from=2016&to=2016', baseURL).href;
    for (const p of [tab1, tab2]) {
      await p.goto(url);
      await waitForView(p, 'logg');
    }
    async function add(p: typeof tab1, type: string, count: string) {
      await p.getByRole('button', { name: 'Ny insats' }).click();
      await p.locator('select[name="actor"]').selectOption('kommun');
      await p.locator('input[name="activity_type"]').fill(type);
      await p.locator('input[name="when"]').fill('2016');
      await p.locator('input[name="count"]').fill(count);
      await p.getByRole('button', { name: 'Spara' }).click();
      await p.locator('p.ok').waitFor();
    }
    await add(tab1, 'möte ett', '1');
    await add(tab2, 'möte två', '2');
    // Each tab shows the other's record without a reload.
    await expect.poll(() => tab1.locator('tr[data-activity]').count()).toBe(2);
    await expect.poll(() => tab2.locator('tr[data-activity]').count()).toBe(2);
    await tab1.reload();
    await waitForView(tab1, 'logg');
    expect(await tab1.locator('tr[data-activity]').count()).toBe(2);

    // Both open the same record; tab 1 saves first; tab 2 is asked before its save goes over it.
    const row = (p: typeof tab1) => p.locator('tr[data-activity]').filter({ hasText: 'möte ett' });
    await row(tab1).getByRole('button', { name: /Redigera/ }).click();
    await row(tab2).getByRole('button', { name: /Redigera/ }).click();
    await tab1.locator('input[name="count"]').fill('11');
    await tab1.getByRole('button', { name: 'Spara' }).click();
    await tab1.locator('p.ok').waitFor();
    await tab2.locator('input[name="count"]').fill('12');
    await tab2.getByRole('button', { name: 'Spara' }).click();
    const dialog = tab2.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toMatch(/ändrats i en annan flik/);
    await dialog.getByRole('button', { name: 'Spara min ändring' }).click();
    await expect.poll(() => tab2.locator('p.ok').innerText()).toMatch(/sparades över/);
    await expect.poll(() => row(tab1).innerText()).toMatch(/\b12\b/);
    await tab2.close();
  });

  it('changes kept by the earlier version (one key for the whole set) are carried over', async () => {
    const { page } = await session.newPage();
    await page.goto(new URL('?view=logg&from=2016&to=2016', baseURL).href);
    await waitForView(page, 'logg');
    await page.evaluate(async () => {
      await new Promise((resolve, reject) => {
        const del = indexedDB.deleteDatabase('medborgarlofte-aktivitetslogg');
        del.onsuccess = resolve;
        del.onerror = reject;
        del.onblocked = resolve;
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('medborgarlofte-aktivitetslogg', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('changes');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const record = { activity_id: 'lokal-gammal-1', promise_id: null, kommunkod: '1493', year: 2016, quarter: null, month: null, date: null, actor: 'polis',
        activity_type: 'gammal insats', venue_id: null, target_group: null, count: 3, participants: null, description: null, source: 'lokalt registrerad' };
      await new Promise((resolve, reject) => {
        const tx = db.transaction('changes', 'readwrite');
        tx.objectStore('changes').put({ 'lokal-gammal-1': record }, 'activities');
        tx.oncomplete = resolve;
        tx.onerror = reject;
      });
      db.close();
    });
    await page.reload();
    await waitForView(page, 'logg');
    await expect.poll(() => page.locator('tr[data-activity="lokal-gammal-1"]').count()).toBe(1);
  });
});
