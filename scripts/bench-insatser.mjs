// The scale bench's Insatser run (bench-scale.mjs passes in its serving and waiting helpers).

/**
 * Insatser on a log of `activities` records (the freeze: every record was a table row):
 * navigation → the view ready, its DOM size, the longest main-thread task, renderer memory, the rows
 * the records table builds, and a venue chosen in its chart (cross-filter) → all redrawn.
 */
export async function insatserAtScale({ browser, base, served, activities, routeData, firstChartOrError, readyFor, rendererRss }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await routeData(context, served, { activities: true });
  const page = await context.newPage();
  await page.goto(`${base}?view=insatser&from=2000`);
  await firstChartOrError(page);
  await page.evaluate(readyFor);
  const ready = await page.evaluate(() => performance.now());
  const counted = await page.evaluate(() => window.__mblRawQuery('SELECT count(*)::INTEGER AS n FROM activities', []));
  await page.locator('details.records summary').click();
  const m = await page.evaluate(() => ({ nodes: document.getElementsByTagName('*').length, rows: document.querySelectorAll('details.records tbody tr').length, tasks: window.__longTasks }));
  const rendererBytes = rendererRss();
  // A venue chosen in the venue chart: the other charts and the records are asked again.
  const venue = await page.evaluate(async () => {
    const view = document.querySelector('[data-view]');
    const group = [...document.querySelectorAll('fieldset.pick')].find((f) => f.querySelector('legend')?.textContent?.trim() === 'Välj plats');
    const button = group.querySelector('button');
    const t0 = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => (view.getAttribute('data-ready-for') === window.location.search && window.location.search.includes('sel=') ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    return performance.now() - t0;
  });
  await context.close();
  return { activities: counted[0]?.n ?? 0, readyMs: ready, domNodes: m.nodes, recordRows: m.rows, longestTask: Math.max(0, ...m.tasks), tasksOver200: m.tasks.filter((d) => d > 200).length, rendererBytes, venueChosenMs: venue };
}
