// `npm run bench -- --rows N`: the production build on seeded national-shape data (bench-data.mjs),
// served in place of the shipped Arrow files. Per load: navigation → all tables in, → first chart,
// DuckDB-WASM's own start to SELECT 1, the longest main-thread tasks, renderer memory, and the same
// for a bare DuckDB-WASM page holding the same data (bench-bare.mjs). Per view
// (Översikt, Brottsutveckling): filter change → all charts redrawn (median, p95) for a new
// comparison municipality each time (a question not asked before), and on Brottsutveckling for
// rate ⇄ count (a change of shape only); in the same page, the same filter + aggregate as one raw
// DuckDB-WASM query (window.__mblRawQuery, past the coordinator) and as a typed-array scan.
// Prints the ratios. No thresholds. Writes bench/scale-<N>.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { nationalData } from './bench-data.mjs';
import { bareBench } from './bench-bare.mjs';
import { rendererRss, writeBenchFiles } from './bench-serve.mjs';
import { insatserAtScale } from './bench-insatser.mjs';
import { baselines, timedChange } from './bench-timing.mjs';

const quantile = (s, q) => {
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] };
};

/** Redirects the app's requests for the shipped files (`assets/<table>-<hash>.arrow`) to the generated ones. */
async function routeData(context, served, { activities = false } = {}) {
  const tables = activities ? /\/assets\/(municipalities|crime_categories|population|crimes|activities)-[^/]*\.arrow$/ : /\/assets\/(municipalities|crime_categories|population|crimes)-[^/]*\.arrow$/;
  await context.route(tables, (route) => {
    const url = route.request().url();
    const name = tables.exec(url.replace(/\?.*$/, ''))[1];
    return route.continue({ url: url.replace(/[^/]*$/, served.names[name]) });
  });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

const readyFor = () =>
  new Promise((resolve) => {
    const check = () => {
      const el = document.querySelector('[data-view]');
      if (el && el.getAttribute('data-ready-for') === window.location.search) requestAnimationFrame(() => resolve());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });

/** Waits for the live view to be up; a start that failed (the page's error screen) stops the bench with its text. */
async function firstChartOrError(page) {
  await page.waitForFunction(() => document.querySelector('main.error') || document.querySelector('[data-view][data-ready-for^="?"]'), null, { timeout: 600000 });
  const error = await page.locator('main.error').first().textContent({ timeout: 1000 }).catch(() => null);
  if (error) throw new Error(`the dashboard did not start on the bench data: ${error.slice(0, 400)}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, null, { timeout: 600000 });
}

async function snapshotFirstChart(browser, base, files) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await routeData(context, files);
  const page = await context.newPage();
  await page.goto(`${base}?view=oversikt`);
  await firstChartOrError(page);
  const first = await page.evaluate(() => performance.getEntriesByName('first-chart')[0].startTime);
  await context.close();
  return first;
}

export async function scaleBench({ base, browser, root, rows, changes = 40, warmup = 5, loads = 3, activities = 100000 }) {
  const t0 = Date.now();
  const data = await nationalData(root, rows, activities);
  console.log(`generated ${data.rows} crime rows (${data.municipalities} municipalities, ${data.categories} categories) in ${Date.now() - t0} ms`);
  const served = writeBenchFiles(root, data.files);
  try {
    return await measure({ base, browser, root, changes, warmup, loads, data, served });
  } finally {
    served.remove();
  }
}

async function measure({ base, browser, root, changes, warmup, loads, data, served }) {
  const load = { dataReady: [], indexReady: [], firstChart: [], duckdbReady: [], longestTask: [], tasksOver200: [], rendererBytes: [] };
  // The default URL is drawn first from the build-time snapshot (of the shipped data, not of these
  // rows): measured once, apart. The loads below open a URL the snapshot does not answer (from=2005),
  // so their first chart is the live one, drawn from the rows served here.
  load.snapshotFirstChart = await snapshotFirstChart(browser, base, served);
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await routeData(context, served);
    const page = await context.newPage();
    await page.goto(`${base}?view=oversikt&from=2005`);
    await firstChartOrError(page);
    await page.evaluate(readyFor);
    // Long tasks and memory counted until the crime index is filled too (it is read after the first chart).
    await page.waitForFunction(() => performance.getEntriesByName('crime-index-ready').length > 0, null, { timeout: 600000 });
    const m = await page.evaluate(() => ({
      indexReady: performance.getEntriesByName('crime-index-ready')[0].startTime,
      firstChart: performance.getEntriesByName('first-chart')[0].startTime,
      duckdb: performance.getEntriesByName('duckdb-ready')[0].duration,
      data: performance.getEntriesByName('data-ready')[0].startTime,
      tasks: window.__longTasks,
    }));
    load.dataReady.push(m.data);
    load.indexReady.push(m.indexReady);
    load.firstChart.push(m.firstChart);
    load.duckdbReady.push(m.duckdb);
    load.longestTask.push(Math.max(0, ...m.tasks));
    load.tasksOver200.push(m.tasks.filter((d) => d > 200).length);
    load.rendererBytes.push(rendererRss());
    await context.close();
  }

  // The same data in a bare DuckDB-WASM page (same engine, same files, nothing else).
  const bare = await bareBench({ browser, base, root, served, loads, routeData, rendererRss });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await routeData(context, served);
  const page = await context.newPage();
  const views = {};
  let next = 0;
  let warmedUp = 0;
  for (const view of ['oversikt', 'brott']) {
    await page.goto(`${base}?view=${view}`);
    await page.evaluate(readyFor);
    // The changes are timed with the crime index filled (it is filled in the background after the first answer).
    await page.waitForFunction(() => performance.getEntriesByName('crime-index-ready').length > 0, null, { timeout: 600000 });
    const indexReady = await page.evaluate(() => performance.getEntriesByName('crime-index-ready')[0].startTime);
    const charts = await page.locator('[data-view] svg[role="img"]').count();
    // The first changes run cold code (not yet compiled by V8's optimising tiers): a few untimed
    // ones first, with comparisons not used below; the very first is reported apart (`cold`).
    const cold = [];
    for (let i = 0; i < warmup; i++) {
      const code = data.compareCodes[data.compareCodes.length - 1 - (warmedUp++ % data.compareCodes.length)];
      cold.push(await timedChange(page, 'compare', code));
      await timedChange(page, 'compare', code);
    }
    const before = await page.evaluate(() => window.__mblQueries.sent);
    const fresh = [];
    const picked = [];
    for (let i = 0; i < changes; i++) {
      const code = data.compareCodes[next++ % data.compareCodes.length];
      picked.push(code);
      fresh.push(await timedChange(page, 'compare', code)); // add a new comparison
      fresh.push(await timedChange(page, 'compare', code)); // and take it away again (asked before: cached)
    }
    const sent = (await page.evaluate(() => window.__mblQueries.sent)) - before;
    const painted = (list) => summary(list.map((c) => c.painted));
    const written = (list) => summary(list.map((c) => c.dom));
    const fresh0 = fresh.filter((_, i) => i % 2 === 0);
    const fresh1 = fresh.filter((_, i) => i % 2 === 1);
    const result = { charts, indexReady, newComparison: painted(fresh0), backToPrevious: painted(fresh1), newComparisonDom: written(fresh0), backToPreviousDom: written(fresh1), newComparisonHistory: summary(fresh0.map((c) => c.history)), newComparisonRendered: summary(fresh0.map((c) => c.rendered)), firstChange: cold[0] ?? null, warmup, queriesSent: sent, changes: fresh.length };
    if (view === 'brott') {
      const measure = [];
      for (let i = 0; i < changes; i++) measure.push(await timedChange(page, 'measure', i % 2 === 0 ? 'count' : 'rate'));
      result.rateCount = summary(measure.map((c) => c.painted));
      result.rateCountDom = summary(measure.map((c) => c.dom));
    }
    // The same question raw and as a scan: Mariestad + Riket + the new comparison, the default categories, all years.
    const f = await page.evaluate(() => Object.fromEntries(new URLSearchParams(window.location.search)));
    const categories = view === 'oversikt' ? ['totalt', 'misshandel', 'stold', 'skadegorelse', 'narkotikabrott'] : ['totalt', 'misshandel', 'stold', 'skadegorelse', 'narkotikabrott'];
    const b = await baselines(page, picked.map((c) => ['1493', '00', c]), categories, Number(f.from ?? 2000), Number(f.to ?? 2024), changes);
    result.rawDuckdb = summary(b.raw);
    result.typedArrayScan = summary(b.scan);
    views[view] = result;
  }
  const memory = await page.evaluate(() => window.__mblRawQuery("SELECT memory_usage FROM pragma_database_size()", []));
  await context.close();
  const insatser = data.activities > 0 ? await insatserAtScale({ browser, base, served, activities: data.activities, routeData, firstChartOrError, readyFor, rendererRss }) : null;
  const summarise = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? summary(v) : v]));
  return { rows: data.rows, municipalities: data.municipalities, categories: data.categories, servedBytes: { csv: data.csvBytes, arrow: data.arrowBytes }, bare: summarise(bare), load: Object.fromEntries(Object.entries(load).map(([k, v]) => [k, Array.isArray(v) ? summary(v) : v])), views, insatser, duckdbMemory: memory[0]?.memory_usage ?? null };
}

export function printScale(r) {
  const ms = (v) => `${v.toFixed(1)} ms`;
  const mb = (v) => `${(v / 1024 / 1024).toFixed(0)} MB`;
  const lines = [
    [`rows`, `${r.rows} (${r.municipalities} municipalities × ${r.categories} categories × years)`],
    ['navigation → all tables loaded (median)', ms(r.load.dataReady.median)],
    ['navigation → first chart, default URL (build-time snapshot, once)', ms(r.load.snapshotFirstChart)],
    ['navigation → first live chart, ?from=2005 (median)', ms(r.load.firstChart.median)],
    ['DuckDB-WASM start → SELECT 1 (median)', ms(r.load.duckdbReady.median)],
    ['first chart (snapshot) / DuckDB cold start', `${(r.load.snapshotFirstChart / r.load.duckdbReady.median).toFixed(2)} (target ≤ 0.5)`],
    ['first live chart / DuckDB cold start', (r.load.firstChart.median / r.load.duckdbReady.median).toFixed(2)],
    ['navigation → crime index filled (median)', ms(r.load.indexReady.median)],
    ['longest main-thread task while loading, index included (max of loads)', ms(r.load.longestTask.max)],
    ['tasks over 200 ms while loading (median)', String(r.load.tasksOver200.median)],
    ['renderer memory after load (median, RSS)', mb(r.load.rendererBytes.median)],
    ['DuckDB memory_usage', String(r.duckdbMemory)],
    ['served files (the generated tables): Arrow IPC (as CSV)', `${mb(r.servedBytes.arrow)} (${mb(r.servedBytes.csv)})`],
    ['bare DuckDB-WASM page: navigation → tables in (median)', ms(r.bare.dataReady.median)],
    ['bare page renderer memory (median, RSS); its DuckDB memory_usage', `${mb(r.bare.rendererBytes.median)}; ${r.bare.duckdbMemory}`],
    ['renderer memory app / bare page', `${(r.load.rendererBytes.median / r.bare.rendererBytes.median).toFixed(2)} (target ≤ 2 at 1M rows)`],
  ];
  for (const [view, v] of Object.entries(r.views)) {
    lines.push([`${view}: navigation → crime index filled (changes timed after)`, ms(v.indexReady)]);
    if (v.firstChange) lines.push([`${view}: the first change on the page (cold; then ${v.warmup} untimed)`, `written ${ms(v.firstChange.dom)}, painted ${ms(v.firstChange.painted)}`]);
    lines.push([`${view}: new comparison → ${v.charts} charts redrawn`, `median ${ms(v.newComparison.median)}, p95 ${ms(v.newComparison.p95)}`]);
    lines.push([`${view}: back to the previous filter (cached)`, `median ${ms(v.backToPrevious.median)}, p95 ${ms(v.backToPrevious.p95)}`]);
    if (v.rateCount) lines.push([`${view}: rate ⇄ count`, `median ${ms(v.rateCount.median)}, p95 ${ms(v.rateCount.p95)}`]);
    lines.push([`${view}: the same, until written into the DOM (before the frame)`, `new ${ms(v.newComparisonDom.median)} / p95 ${ms(v.newComparisonDom.p95)}; cached p95 ${ms(v.backToPreviousDom.p95)}${v.rateCountDom ? `; rate ⇄ count p95 ${ms(v.rateCountDom.p95)}` : ''}`]);
    lines.push([`${view}: new comparison → that frame's style, layout and paint done`, `median ${ms(v.newComparisonRendered.median)}, p95 ${ms(v.newComparisonRendered.p95)}`]);
    lines.push([`${view}: new comparison → its history entry written (after the frame)`, `median ${ms(v.newComparisonHistory.median)}, p95 ${ms(v.newComparisonHistory.p95)}`]);
    lines.push([`${view}: p95 new comparison written / p95 raw DuckDB`, (v.newComparisonDom.p95 / v.rawDuckdb.p95).toFixed(2)]);
    lines.push([`${view}: queries sent for ${v.changes} changes`, String(v.queriesSent)]);
    lines.push([`${view}: raw DuckDB-WASM query, same filter`, `median ${ms(v.rawDuckdb.median)}, p95 ${ms(v.rawDuckdb.p95)}`]);
    lines.push([`${view}: typed-array scan, same filter`, `median ${ms(v.typedArrayScan.median)}, p95 ${ms(v.typedArrayScan.p95)}`]);
    lines.push([`${view}: p95 new comparison / p95 raw DuckDB`, `${(v.newComparison.p95 / v.rawDuckdb.p95).toFixed(2)} (target ≤ 0.33; ≤ 16 ms at 1M)`]);
    lines.push([`${view}: p95 cached / p95 raw DuckDB`, (v.backToPrevious.p95 / v.rawDuckdb.p95).toFixed(2)]);
    lines.push([`${view}: p95 raw DuckDB / p95 typed-array scan`, (v.rawDuckdb.p95 / v.typedArrayScan.p95).toFixed(2)]);
  }
  if (r.insatser) {
    const i = r.insatser;
    lines.push([`insatser: ${i.activities} activities, navigation → ready`, ms(i.readyMs)]);
    lines.push(['insatser: DOM elements; record rows built (one page)', `${i.domNodes}; ${i.recordRows}`]);
    lines.push(['insatser: longest main-thread task; tasks over 200 ms', `${ms(i.longestTask)}; ${i.tasksOver200}`]);
    lines.push(['insatser: renderer memory (RSS)', mb(i.rendererBytes)]);
    lines.push(['insatser: a venue chosen in its chart → all redrawn', ms(i.venueChosenMs)]);
  }
  const w = Math.max(...lines.map((l) => l[0].length));
  for (const [a, b] of lines) console.log(`${a.padEnd(w)}  ${b}`);
}

export function writeScale(root, r) {
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  const file = path.join(root, 'bench', `scale-${r.rows}.json`);
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  console.log(`\nwritten: ${path.relative(root, file)}`);
}
