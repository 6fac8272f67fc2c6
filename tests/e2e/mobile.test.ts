/** On a 390 px phone every view fits the screen: nothing scrolls sideways. */
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();
const VIEWS = ['oversikt', 'brott', 'karta', 'insatser', 'platser', 'beslut', 'uppfoljning', 'logg', 'data'];

describe('mobile width', () => {
  it('fits every view into 390 px', async () => {
    const { page } = await session.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const widths: Record<string, number> = {};
    for (const view of VIEWS) {
      await page.goto(new URL(`?view=${view}`, session.baseURL).href);
      await waitForView(page, view);
      widths[view] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    expect(widths).toEqual(Object.fromEntries(VIEWS.map((v) => [v, 390])));
  }, 180_000); // eight page loads, each starting DuckDB
});
