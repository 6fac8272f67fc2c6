/**
 * No two elements on a page share an id: a repeated id makes `url(#…)`, `aria-labelledby` and
 * `<label for>` resolve to whichever element comes first (the hatching of one bar chart drawn
 * from another's pattern).
 */
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();
const VIEWS = ['oversikt', 'brott', 'karta', 'insatser', 'platser', 'beslut', 'uppfoljning', 'mote', 'logg', 'data'];

describe('ids', () => {
  it('are unique on every view', async () => {
    const { page } = await session.newPage();
    const repeated: Record<string, string[]> = {};
    const patterns: Record<string, number> = {};
    for (const view of VIEWS) {
      await page.goto(new URL(`?view=${view}`, session.baseURL).href);
      await waitForView(page, view);
      repeated[view] = await page.evaluate(() => {
        const seen = new Map<string, number>();
        document.querySelectorAll('[id]').forEach((el) => seen.set(el.id, (seen.get(el.id) ?? 0) + 1));
        return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
      });
      patterns[view] = await page.locator('svg pattern[id]').count();
    }
    expect(repeated).toEqual(Object.fromEntries(VIEWS.map((v) => [v, []])));
    // Platser draws a bar chart per venue, each with its own hatching: the case that used to repeat.
    expect(patterns.platser).toBeGreaterThan(1);
  }, 240_000); // nine page loads, each starting DuckDB
});
