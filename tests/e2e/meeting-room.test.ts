/** Meeting mode in a real room: every slide fits 1280×720 and 1920×1080, large chart text, sources, landmarks, clicker keys. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForView } from './browser';

const session = useBrowser();
const URL_BASE = '?view=mote&promise=mariestad-2018';

/** How the current slide sits in the window: overflow of the page and of the slide's body, and anything drawn outside. */
const fit = (page: Page) =>
  page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const slide = document.querySelector<HTMLElement>('[data-slide-kind]');
    const body = slide?.querySelector<HTMLElement>('.body');
    if (!slide || !body) throw new Error('no slide');
    const box = slide.getBoundingClientRect();
    const outside = [...slide.querySelectorAll<HTMLElement | SVGElement>('*')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.bottom > window.innerHeight || r.right > window.innerWidth))
      .map(({ el }) => el.outerHTML.slice(0, 80));
    return {
      id: slide.dataset.slideId ?? '',
      page: doc.scrollHeight - doc.clientHeight,
      pageX: doc.scrollWidth - doc.clientWidth,
      body: body.scrollHeight - body.clientHeight,
      outside,
      heading: slide.querySelector('h1')?.textContent?.trim() ?? '',
      source: slide.querySelector('[data-slide-source]')?.textContent ?? '',
    };
  });

async function slideCount(page: Page): Promise<number> {
  return Number((await page.locator('[data-slide-counter]').innerText()).split('/')[1]?.trim());
}

describe('Mötesläge i ett mötesrum', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`every slide fits ${width}×${height} without scrolling, has a heading and names its source`, async () => {
      const { page } = await session.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(new URL(URL_BASE, session.baseURL).href);
      await waitForView(page, 'mote');
      const n = await slideCount(page);
      expect(n).toBeGreaterThanOrEqual(10);
      for (let i = 1; i <= n; i++) {
        if (i > 1) {
          await page.keyboard.press('PageDown');
          await expect.poll(() => page.locator('[data-slide-counter]').innerText()).toBe(`${i} / ${n}`);
        }
        await page.waitForFunction(() => document.querySelector('[data-slide-kind="trend"] svg path[data-series]') !== null || document.querySelector('[data-slide-kind="trend"]') === null);
        const f = await fit(page);
        expect(f.page, `slide ${i} (${f.id}) page`).toBeLessThanOrEqual(0);
        expect(f.pageX, `slide ${i} (${f.id}) sideways`).toBeLessThanOrEqual(0);
        expect(f.body, `slide ${i} (${f.id}) body`).toBeLessThanOrEqual(0);
        expect(f.outside, `slide ${i} (${f.id})`).toEqual([]);
        expect(f.heading.length, `slide ${i} heading`).toBeGreaterThan(0);
        expect(f.source, `slide ${i} source`).toMatch(/^Källa: /);
      }
    });
  }

  it('at 1920 px the chart slide has text of at least 24 px and lines of at least 3 px, and the narkotikabrott caveat', async () => {
    const { page } = await session.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(new URL(URL_BASE, session.baseURL).href);
    await waitForView(page, 'mote');
    await page.keyboard.press('End');
    while ((await page.locator('[data-slide-kind="trend"]').count()) === 0) await page.keyboard.press('ArrowLeft');
    const chart = page.locator('[data-slide-kind="trend"]');
    await chart.locator('svg path[data-series]').first().waitFor();
    const fonts = await chart.locator('svg text').evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    expect(fonts.length).toBeGreaterThan(5);
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(24);
    const legend = await chart.locator('.legend li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(legend).toBeGreaterThanOrEqual(24);
    const strokes = await chart.locator('svg path[data-series]').evaluateAll((ps) => ps.map((p) => parseFloat(getComputedStyle(p).strokeWidth)));
    expect(Math.min(...strokes)).toBeGreaterThanOrEqual(3);
    // The years along the bottom are drawn inside the window.
    const years = await chart.locator('svg text.tick').evaluateAll((ts) => ts.filter((t) => /^\d{4}$/.test(t.textContent ?? '')).map((t) => t.getBoundingClientRect().bottom));
    expect(years.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...years)).toBeLessThanOrEqual(1080);
    expect(await chart.locator('[data-slide-caveat]').allInnerTexts()).toContainEqual(expect.stringMatching(/^Narkotikabrott upptäcks främst genom polisens eget arbete/));
    // The narkotikabrott finding carries the same caveat.
    const { page: p2 } = await session.open(`${URL_BASE}&slide=${await slideCount(page)}`, 'mote');
    while ((await p2.locator('[data-slide-id="finding-narkotikabrott"]').count()) === 0) await p2.keyboard.press('PageUp');
    expect(await p2.locator('[data-slide-caveat]').allInnerTexts()).toContainEqual(expect.stringMatching(/polisens eget arbete/));
  });

  it('has a main landmark, an h1 on every slide, a live region that says the title, and clicker keys', async () => {
    const { page } = await session.open(URL_BASE, 'mote');
    expect(await page.locator('main[data-view="mote"]').count()).toBe(1);
    const live = page.locator('[aria-live="polite"][data-slide-announce]');
    const n = await slideCount(page);
    expect(await live.innerText()).toBe(`Bild 1 av ${n}: ${await page.locator('[data-slide-kind] h1').innerText()}`);
    await page.keyboard.press('PageDown');
    await expect.poll(() => live.innerText()).toBe(`Bild 2 av ${n}: Detta har polisen gjort`);
    for (const [key, expected] of [
      ['ArrowDown', 3],
      ['ArrowRight', 4],
      [' ', 5],
      ['PageUp', 4],
      ['ArrowUp', 3],
      ['ArrowLeft', 2],
    ] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect.poll(() => page.locator('[data-slide-counter]').innerText(), { message: key }).toBe(`${expected} / ${n}`);
      expect(await page.locator('[data-slide-kind] h1').count()).toBe(1);
    }
    expect(await live.innerText()).toMatch(/^Bild 2 av \d+: Detta har polisen gjort$/);
  });

  it('the chart slide can show its numbers as a table, which fits too', async () => {
    const { page } = await session.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(new URL(URL_BASE, session.baseURL).href);
    await waitForView(page, 'mote');
    while ((await page.locator('[data-slide-kind="trend"]').count()) === 0) await page.keyboard.press('PageDown');
    await page.getByRole('button', { name: 'Visa som tabell' }).click();
    const table = page.locator('[data-slide-table] table');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await table.locator('thead th').allInnerTexts()).toContain('Narkotikabrott');
    const f = await fit(page);
    expect(f.page).toBeLessThanOrEqual(0);
    expect(f.body).toBeLessThanOrEqual(0);
  });
});

