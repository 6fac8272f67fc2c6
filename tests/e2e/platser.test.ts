/** Platser, the analyst's view per venue: ranking, target groups, small multiples, all following the URL. */
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();
const { baseURL } = session;

describe('Platser', () => {
  it('ranks the venues of the URL filter and names the target groups reached', async () => {
    const watched = await session.newPage();
    const { page } = watched;
    await page.goto(new URL('?view=platser&from=2018&to=2018', baseURL).href);
    await waitForView(page, 'platser');
    const labels = () => page.locator('[data-ranking] text.label').allTextContents();
    const all = await labels();
    // 2018 is real data: the police's 37 visits make the schools the top venue.
    expect(all[0]).toBe('Skolor (skolans miljö)');
    expect(all).toEqual(expect.arrayContaining(['Elvärket', 'Resecentrum']));
    expect(await page.locator('[data-venue="skolor"] [data-targets]').innerText()).toMatch(/Målgrupper som nåtts/);

    await page.locator('input[name="venue"][value="elvarket"]').check();
    await waitForView(page, 'platser');
    expect(page.url()).toContain('venue=elvarket');
    expect(await labels()).toEqual(['Elvärket']);
    expect(await page.locator('[data-venue]').count()).toBe(1);
    await page.goBack();
    await waitForView(page, 'platser');
    expect((await labels()).length).toBe(all.length);
  });
});
