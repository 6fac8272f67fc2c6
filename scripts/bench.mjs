#!/usr/bin/env node
// Benchmark of the production build (run `npm run bench`, which builds first) in Debian's
// headless chromium: navigation → first chart, DuckDB-WASM start-up (to a first SELECT 1),
// filter change → all charts redrawn (median and p95), and the gzip size of the JavaScript.
// No thresholds: the numbers are for us to watch. Writes bench/results.json.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { importBench } from './import-bench.mjs';
import { powerBench } from './power-bench.mjs';
import { printScale, scaleBench, writeScale } from './bench-scale.mjs';
import { nationalBench } from './national-bench.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function quantile(sorted, q) {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}
const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), min: s[0], max: s[s.length - 1] };
};

function jsSizes() {
  const dir = path.join(ROOT, 'dist', 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const size = (f) => {
    const buf = readFileSync(path.join(dir, f));
    return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  const app = files.filter((f) => !f.includes('.worker'));
  const worker = files.filter((f) => f.includes('duckdb-browser-eh.worker'));
  const sum = (list) => list.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  return { app: sum(app), firstView: firstViewSize(), duckdbWorker: sum(worker) };
}

/**
 * The JavaScript the first view loads before its first paint: index.html's entry and what it
 * imports statically, recursively (gzip). `engine` is what `db/start.ts` imports dynamically right
 * after (DuckDB-WASM's API and apache-arrow; the snapshot is drawn without it), counted apart.
 */
function firstViewSize() {
  const dist = path.join(ROOT, 'dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const walker = (seen) => {
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(path.join(dist, file), 'utf8');
      for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) walk(`assets/${m[1]}`);
    };
    return walk;
  };
  const seen = new Set();
  for (const m of html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)) walker(seen)(m[1]);
  const gz = (files) => files.reduce((a, f) => a + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  const engineEntry = readdirSync(path.join(dist, 'assets')).find((f) => /^browser-[\w-]+\.js$/.test(f));
  const engineFiles = new Set(seen);
  if (engineEntry) walker(engineFiles)(`assets/${engineEntry}`);
  const engine = { files: engineFiles.size - seen.size, gzip: gz([...engineFiles].filter((f) => !seen.has(f))) };
  const sizes = [...seen].map((f) => readFileSync(path.join(dist, f)));
  return { files: seen.size, raw: sizes.reduce((a, b) => a + b.length, 0), gzip: sizes.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0), engine };
}

async function waitReady(page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-view]');
    return el !== null && el.getAttribute('data-ready-for') === window.location.search;
  }, null, { timeout: 60000 });
}

const server = await preview({ root: ROOT, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });

// `npm run bench -- --rows N`: the scale benchmark on N seeded rows in the national shape, instead of the rest.
const rowsArg = process.argv.indexOf('--rows');
if (rowsArg > 0) {
  try {
    const rows = Number(String(process.argv[rowsArg + 1]).replace(/k$/i, '000').replace(/m$/i, '000000'));
    if (!Number.isFinite(rows) || rows < 1) throw new Error(`--rows wants a number of rows, not ${process.argv[rowsArg + 1]}`);
    const result = await scaleBench({ base, browser, root: ROOT, rows, changes: Number(process.env.BENCH_CHANGES ?? 40), warmup: Number(process.env.BENCH_WARMUP ?? 5), loads: Number(process.env.BENCH_LOADS ?? 3), activities: Number(process.env.BENCH_ACTIVITIES ?? 100000) });
    console.log(`\nScale benchmark (${browser.version()}), ${rows} rows\n`);
    printScale({ ...result, javascript: undefined });
    writeScale(ROOT, { date: new Date().toISOString(), chromium: browser.version(), ...result, javascriptFirstViewGzip: firstViewSize().gzip });
    const fv = firstViewSize();
    console.log(`first view's JavaScript before its first paint (gzip): ${(fv.gzip / 1024).toFixed(1)} KiB (target ≤ 150 KB); the engine's chunk loaded right after: ${(fv.engine.gzip / 1024).toFixed(1)} KiB`);
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}

try {
  const firstChart = [];
  const duckdbReady = [];
  const dataReady = [];
  for (let i = 0; i < LOADS; i++) {
    // A fresh context each time: nothing cached, as a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}?view=oversikt`);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, null, { timeout: 60000 });
    const marks = await page.evaluate(() => ({
      firstChart: performance.getEntriesByName('first-chart')[0].startTime,
      duckdb: performance.getEntriesByName('duckdb-ready')[0].duration,
      data: performance.getEntriesByName('data-ready')[0].startTime,
    }));
    firstChart.push(marks.firstChart);
    duckdbReady.push(marks.duckdb);
    dataReady.push(marks.data);
    await context.close();
  }

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}?view=brott`);
  await waitReady(page);
  const charts = await page.locator('[data-view] svg[role="img"]').count();
  const latencies = [];
  for (let i = 0; i < CHANGES; i++) {
    latencies.push(
      await page.evaluate(async () => {
        const box = document.querySelector('input[name="compare"][value="1496"]');
        const t0 = performance.now();
        box.click();
        await new Promise((resolve) => {
          const check = () => {
            const el = document.querySelector('[data-view]');
            // Ready for the new URL, then one more frame so the redraw is painted.
            if (el && el.getAttribute('data-ready-for') === window.location.search) requestAnimationFrame(() => resolve());
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
        return performance.now() - t0;
      }),
    );
  }
  await context.close();

  // Imports on the Data view: a 200k-row BRÅ export, and a ~190 MB one (refused by its row count).
  const imports = [];
  for (const spec of [{ rows: 200_000, label: 'import 200k rows (≈ 8 MB)' }, { rows: 0, padTo: 190 * 1024 * 1024, label: 'import ≈ 190 MB' }]) {
    imports.push(await importBench(server.resolvedUrls.local[0], spec));
  }

  // A national BRÅ extract (generated: 290 municipalities, ~1 100 categories over 5 levels, months and years).
  const national = await nationalBench(server.resolvedUrls.local[0]);

  // The verdict function on seeded negative-binomial series: false alarms and power for ±30 %.
  const verdicts = await powerBench(ROOT);

  const results = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    loads: LOADS,
    navigationToFirstChartMs: summary(firstChart),
    duckdbStartToSelect1Ms: summary(duckdbReady),
    navigationToDataLoadedMs: summary(dataReady),
    filterChangeToRedrawMs: { view: 'brott', charts, ...summary(latencies) },
    javascriptBytes: jsSizes(),
    imports,
    national,
    verdicts,
  };
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const ms = (v) => `${v.toFixed(0)} ms`;
  const kb = (v) => `${(v / 1024).toFixed(1)} KiB`;
  const rows = [
    ['navigation → first chart drawn (median of ' + LOADS + ')', ms(results.navigationToFirstChartMs.median), `p95 ${ms(results.navigationToFirstChartMs.p95)}`],
    ['DuckDB-WASM start → first SELECT 1', ms(results.duckdbStartToSelect1Ms.median), `p95 ${ms(results.duckdbStartToSelect1Ms.p95)}`],
    ['navigation → all tables loaded', ms(results.navigationToDataLoadedMs.median), `p95 ${ms(results.navigationToDataLoadedMs.p95)}`],
    [`filter change → ${charts} charts redrawn (${CHANGES} changes)`, `median ${ms(results.filterChangeToRedrawMs.median)}`, `p95 ${ms(results.filterChangeToRedrawMs.p95)}`],
    ['JavaScript, app (gzip)', kb(results.javascriptBytes.app.gzip), `raw ${kb(results.javascriptBytes.app.raw)}`],
    ['JavaScript, first view before its first paint (gzip; the rest loads on demand)', kb(results.javascriptBytes.firstView.gzip), `${results.javascriptBytes.firstView.files} files, target ≤ 150 KB`],
    ['JavaScript, the engine chunk the first view loads right after (gzip)', kb(results.javascriptBytes.firstView.engine.gzip), `${results.javascriptBytes.firstView.engine.files} files: DuckDB-WASM API, apache-arrow`],
    ['JavaScript, DuckDB worker (gzip)', kb(results.javascriptBytes.duckdbWorker.gzip), `raw ${kb(results.javascriptBytes.duckdbWorker.raw)}`],
    ...imports.map((r) => [r.label, ms(r.ms), `longest main-thread task ${ms(r.longestTask)}, longest timer gap ${ms(r.longestTimerGap)}`]),
    [`national BRÅ extract, generated (${national.rows} rows, ${national.categories} categories, ${(national.bytes / 1024 / 1024).toFixed(0)} MB)`, ms(national.ms), `peak memory ${(national.peakRss / 1024 / 1024).toFixed(0)} MB (all Chromium processes), JS heap ${(national.peakHeap / 1024 / 1024).toFixed(0)} MB; months on Brottsutveckling after ${ms(national.monthsMs)}`],
    ...verdicts.placebo.map((p) => [`verdict, no effect, ${p.level} per 100 000`, `${(p.called * 100).toFixed(1)} %`, 'changes called (target ≤ 5 %)']),
    ...verdicts.power.map((p) => [`verdict, true ±30 %, ~${p.crimesPerYear.toFixed(0)} crimes/yr, 25 000 inh.`, `${(p.down * 100).toFixed(1)} %`, `−30 % detected; +30 %: ${(p.up * 100).toFixed(1)} %`]),
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`\nBenchmark (${results.chromium}), wasm not counted in sizes\n`);
  for (const r of rows) console.log(`${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2]}`);
  console.log('\nwritten: bench/results.json');
} finally {
  await browser.close();
  await server.close();
}
