#!/usr/bin/env node
// Import responsiveness in headless Chromium on the production build (part of `npm run bench`):
// a generated BRÅ statistics-database export of N rows (seeded, in the real column layout) is
// dropped on the Data view; measured: time to done, the longest main-thread task (longtask
// observer) and whether a timer kept firing meanwhile. No thresholds: numbers to watch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const NAMES = ['Mariestad', 'Skövde', 'Götene', 'Hjo', 'Töreboda', 'Lidköping', 'Falköping', 'Tibro', 'Karlsborg', 'Gullspång', 'Boden', 'Luleå', 'Malung-Sälen', 'Kiruna'];
const CATS = [['Våldsbrott', 3145], ['Bedrägeri', 3200], ['Skadegörelse (inkl. mordbrand)', 3151], ['Stöld och snatteri', 3369]];

export function braExport(rows, padTo = 0) {
  const lines = ['År,Kommun,Brott,Brott_ID,Antal,Per100000'];
  let size = lines[0].length;
  for (let i = 0; i < rows || size < padTo; i++) {
    // 14 places × 300 crime types × 50 years, each key once: 4 types the dashboard charts, the rest skipped as BRÅ's other types.
    const k = Math.floor(i / NAMES.length) % 300;
    const c = CATS[k] ?? [`Brottstyp ${k}`, 90000 + k];
    const line = `${1975 + (Math.floor(i / (NAMES.length * 300)) % 50)},${NAMES[i % NAMES.length]},${c[0]},${c[1]},${(i * 7919) % 5000},1.5`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

export async function importBench(baseURL, { rows, padTo = 0, label }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mbl-import-bench-'));
  const file = path.join(dir, 'bra-export.csv');
  writeFileSync(file, braExport(rows, padTo));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(new URL('?view=data', baseURL).href);
    await page.waitForSelector('[data-view="data"] input[type="file"]');
    await page.evaluate(() => {
      const w = window;
      w.__longest = 0;
      w.__ticks = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({ type: 'longtask', buffered: false });
      const tick = () => {
        w.__ticks.push(performance.now());
        w.__timer = setTimeout(tick, 50);
      };
      tick();
    });
    const started = Date.now();
    await page.locator('[data-view="data"] input[type="file"]').setInputFiles(file);
    // Every import shows what it will change first (the preview dialog); the bench confirms it.
    await page.waitForFunction(() => document.querySelector('dialog[open] button, [role="alert"].failed') !== null, null, { timeout: 600_000 });
    const confirm = page.getByRole('button', { name: 'Bekräfta importen' });
    if (await confirm.count() > 0) await confirm.click();
    await page.waitForFunction(() => document.querySelector('.ok, [role="alert"].failed') !== null, null, { timeout: 600_000 });
    const ms = Date.now() - started;
    const r = await page.evaluate(() => {
      const t = window.__ticks;
      let gap = 0;
      for (let i = 1; i < t.length; i++) gap = Math.max(gap, t[i] - t[i - 1]);
      const outcome = document.querySelector('.ok, [role="alert"].failed')?.textContent?.trim().slice(0, 160) ?? '';
      return { longestTask: window.__longest, longestTimerGap: gap, outcome };
    });
    return { label, rows, ms, ...r };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls.local[0];
  for (const spec of [{ rows: 200_000, label: '200k rader (≈ 8 MB)' }, { rows: 0, padTo: 190 * 1024 * 1024, label: '≈ 190 MB' }]) {
    console.log(JSON.stringify(await importBench(url, spec)));
  }
  await server.close();
}
