/** Wide screens (a council room's projector at 1920 px): the layout grows, prose keeps ~75 characters a line, labels do not collide. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('1920 px wide', () => {
  it('uses the width, keeps prose lines at most 75ch, chart text ≥ 14 px, and "per 100 000" in one piece', async () => {
    const { page } = await session.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const view of ['oversikt', 'brott', 'beslut', 'tillganglighet']) {
      await page.goto(new URL(`?view=${view}`, session.baseURL).href);
      await page.waitForFunction((v) => document.querySelector(`[data-view="${v}"]`)?.getAttribute('data-ready-for') === location.search, view, { timeout: 30000 });
      const r = await page.evaluate(() => {
        const main = document.querySelector('main');
        if (!main) throw new Error('no main');
        // 75ch of the main text, measured in the page.
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;visibility:hidden;width:75ch';
        const prose = [...main.querySelectorAll<HTMLElement>('p, li')].filter((p) => (p.textContent ?? '').length > 160 && !p.closest('table, .tooltip'));
        const over = prose.flatMap((p) => {
          p.append(probe);
          const limit = probe.getBoundingClientRect().width;
          probe.remove();
          // The line length is the content box: the box's width less padding and borders.
          const cs = getComputedStyle(p);
          const text = p.getBoundingClientRect().width - ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, k) => sum + parseFloat(cs.getPropertyValue(k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))), 0);
          return text > limit + 1 ? [`${p.textContent?.slice(0, 40)} ${Math.round(text)} > ${Math.round(limit)}`] : [];
        });
        return {
          main: main.getBoundingClientRect().width,
          prose: prose.length,
          over,
          ticks: [...document.querySelectorAll('.plot text.tick')].map((t) => parseFloat(getComputedStyle(t).fontSize)),
          broken: /100 000/.test(main.innerText),
        };
      });
      expect(r.main, view).toBeGreaterThan(1400);
      expect(r.prose, view).toBeGreaterThan(0);
      expect(r.over, view).toEqual([]);
      if (r.ticks.length > 0) expect(Math.min(...r.ticks), view).toBeGreaterThanOrEqual(14);
      expect(r.broken, `${view}: a breaking space inside 100 000`).toBe(false);
    }
  });

  it('promise-period labels never overlap, at 1280 and 320 px', async () => {
    for (const width of [1280, 320]) {
      const { page } = await session.open('?view=brott&category=totalt', 'brott');
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(300);
      const boxes = await page.locator('svg').evaluateAll((svgs) =>
        svgs.map((svg) => [...svg.querySelectorAll('text.band-label')].map((t) => {
          const r = t.getBoundingClientRect();
          return { l: r.left, r: r.right, t: r.top, b: r.bottom };
        })),
      );
      const labels = boxes.flat().length;
      expect(labels, `${width}`).toBeGreaterThanOrEqual(2);
      for (const inChart of boxes)
        for (const [i, a] of inChart.entries())
          for (const b of inChart.slice(i + 1)) expect(a.r <= b.l || b.r <= a.l || a.b <= b.t || b.b <= a.t, `${width} px`).toBe(true);
    }
  });
});
