#!/usr/bin/env node
// The national BRÅ extract in the browser (part of `npm run bench`): scripts/national-extract.mjs
// writes GENERATED data in BRÅ's real column layout (290 municipalities, ~1 100 categories over
// 5 levels, the yearly table for 2025 and months January 2025 – August 2026) into a temp dir; it
// is dropped on the Data view of the production build in headless Chromium. Measured: time to
// done, the peak resident memory of all Chromium processes (sampled from /proc every 200 ms, so
// DuckDB's worker is included), the page's peak JS heap, the outcome, and the time until
// Brottsutveckling shows the months afterwards. `previewMs`: until the preview dialog asks for
// confirmation (read, checked, compared); `ms`: until the import is written, the click included.
// No thresholds: numbers to watch.
//
//   npm run build && node scripts/national-bench.mjs
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { nationalExtract } from './national-extract.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Resident memory (bytes) of every process whose command line names the profile directory. */
function rssOf(marker) {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) continue;
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

export async function nationalBench(baseURL) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mbl-national-'));
  const profile = path.join(dir, 'profile');
  const file = path.join(dir, 'bra-riket-genererad.csv');
  const extract = nationalExtract();
  writeFileSync(file, extract.text);
  const bytes = Buffer.byteLength(extract.text);
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ARGS, headless: true });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(profile))), 200);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    // Main-thread tasks over 50 ms (the Long Tasks API), kept from the file's drop to the written import.
    await page.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__longTasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(new URL('?view=data', baseURL).href);
    await page.waitForSelector('[data-view="data"] input[type="file"]');
    const dropAt = await page.evaluate(() => performance.now());
    const rssBefore = rssOf(profile);
    let peakHeap = await heap();
    const heapSampler = setInterval(() => void heap().then((h) => (peakHeap = Math.max(peakHeap, h)), () => {}), 250);
    const started = Date.now();
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles(file);
    // Every import shows what it will change first (the preview dialog); the bench confirms it.
    const confirm = page.getByRole('button', { name: 'Bekräfta importen' });
    await page.waitForFunction(() => document.querySelector('dialog[open] button, [role="alert"].failed') !== null, null, { timeout: 900_000 });
    const previewMs = Date.now() - started;
    if (await confirm.count() > 0) await confirm.click();
    await page.waitForFunction(() => document.querySelector('.ok, [role="alert"].failed') !== null, null, { timeout: 900_000 });
    const ms = Date.now() - started;
    clearInterval(heapSampler);
    const tasks = await page.evaluate((t0) => /** @type {any} */ (window).__longTasks.filter((e) => e.start >= t0), dropAt);
    const longestTaskMs = Math.round(Math.max(0, ...tasks.map((e) => e.ms)));
    const longTasksOver500 = tasks.filter((e) => e.ms > 500).map((e) => `${Math.round(e.ms)} ms at ${Math.round(e.start - dropAt)} ms`);
    const outcome = await page.evaluate(() => document.querySelector('.ok, [role="alert"].failed')?.textContent?.trim().replace(/\s+/g, ' ').slice(0, 400) ?? '');
    const monthsStarted = Date.now();
    await page.goto(new URL('?view=brott&period=manad', baseURL).href);
    await page.waitForSelector('[data-period-charts="manad"][data-ready="true"] svg[role="img"]', { timeout: 300_000 });
    const monthsMs = Date.now() - monthsStarted;
    return {
      label: 'national BRÅ extract (generated)',
      rows: extract.rows, categories: extract.categories, municipalities: extract.municipalities, bytes,
      ms, previewMs, monthsMs, longestTaskMs, longTasksOver500, peakRss, rssBefore, peakHeap, outcome,
    };
  } finally {
    clearInterval(sampler);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  console.log(JSON.stringify(await nationalBench(server.resolvedUrls.local[0]), null, 2));
  await server.close();
}
