/**
 * A filter change is drawn first and written into the history after the frame
 * (state/filters.svelte.ts): one entry per change all the same, and back/forward bring each back.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();

describe('filter changes and the history', () => {
  it('the charts show the change before the URL does; the URL and one history entry follow after the frame', async () => {
    const { page } = await session.open('?view=brott', 'brott');
    // Answered from the crime index, so drawn in the click's own task (a query would take longer than the frame).
    await page.waitForFunction(() => performance.getEntriesByName('crime-index-ready').length > 0);
    const seen = await page.evaluate(async () => {
      const view = document.querySelector('[data-view]') as HTMLElement;
      const before = { search: location.search, entries: history.length };
      let atMark = { mark: '', search: '', entries: 0 };
      const marked = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          const mark = view.getAttribute('data-ready-for') ?? '';
          if (mark === '' || mark === before.search) return;
          atMark = { mark, search: location.search, entries: history.length };
          observer.disconnect();
          resolve();
        });
        observer.observe(view, { attributes: true, attributeFilter: ['data-ready-for'] });
      });
      (document.querySelector('input[name="compare"][value="1494"]') as HTMLInputElement).click();
      await marked;
      // Written after the frame, in the idle time after it, 100 ms after the change at the latest.
      const t0 = performance.now();
      while (location.search !== atMark.mark && performance.now() - t0 < 1000) await new Promise((resolve) => setTimeout(resolve, 5));
      return { before, atMark, after: { search: location.search, entries: history.length, ms: performance.now() - t0 } };
    });
    expect(seen.atMark.mark).toContain('1494');
    // Drawn for the new filters while the URL still holds the old ones …
    expect(seen.atMark.search).toBe(seen.before.search);
    expect(seen.atMark.entries).toBe(seen.before.entries);
    // … and written after the frame, as one new entry.
    expect(seen.after.search).toBe(seen.atMark.mark);
    expect(seen.after.ms).toBeLessThan(1000);
    expect(seen.after.entries).toBe(seen.before.entries + 1);
  });

  it('two changes in one go make two entries; back and forward step through them', async () => {
    const { page } = await session.open('?view=brott', 'brott');
    const start = new URL(page.url()).search;
    const entries = await page.evaluate(() => history.length);
    await page.evaluate(() => {
      (document.querySelector('input[name="compare"][value="1494"]') as HTMLInputElement).click();
      (document.querySelector('input[name="compare"][value="1496"]') as HTMLInputElement).click();
    });
    await waitForView(page, 'brott');
    expect(await page.evaluate(() => history.length)).toBe(entries + 2);
    const both = new URL(page.url()).searchParams.get('compare') ?? '';
    expect(both.split(',')).toEqual(expect.arrayContaining(['1494', '1496']));
    const lidkoping = page.locator('input[name="compare"][value="1494"]');
    const skovde = page.locator('input[name="compare"][value="1496"]');

    await page.goBack();
    await waitForView(page, 'brott');
    expect(new URL(page.url()).searchParams.get('compare')?.split(',')).toContain('1494');
    expect(new URL(page.url()).searchParams.get('compare')?.split(',')).not.toContain('1496');
    await expect.poll(() => skovde.isChecked()).toBe(false);
    expect(await lidkoping.isChecked()).toBe(true);

    await page.goBack();
    await waitForView(page, 'brott');
    expect(new URL(page.url()).search).toBe(start);
    await expect.poll(() => lidkoping.isChecked()).toBe(false);

    await page.goForward();
    await waitForView(page, 'brott');
    await expect.poll(() => lidkoping.isChecked()).toBe(true);
    expect(await skovde.isChecked()).toBe(false);
    await expect.poll(() => page.locator('[data-view] svg[role="img"]').first().getAttribute('aria-label')).toContain('Lidköping');
  });
});
