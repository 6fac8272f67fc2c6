// The scale bench's bare DuckDB-WASM page: the same engine (the built `assets/browser-*.js` chunk,
// its worker and wasm from dist/), the same tables created empty with the same explicit types and
// filled from the same Arrow files (the generated ones, redirected to by the same route), and nothing else:
// no app, no views, no registered copies kept. Its renderer memory is what holding the data in
// DuckDB-WASM costs; the app's is compared with it (target: app ≤ 2 × bare at 1M rows).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

const PAGE = '__bare-duckdb.html';

async function pageHtml(root) {
  const assets = readdirSync(path.join(root, 'dist', 'assets'));
  const engine = assets.find((f) => /^browser-[\w-]+\.js$/.test(f));
  if (!engine) throw new Error('no assets/browser-*.js in dist/: build first');
  const opts = { configFile: false, logLevel: 'warn' };
  const { module: load } = await runnerImport(path.join(root, 'src/lib/db/load.ts'), opts);
  const { module: schema } = await runnerImport(path.join(root, 'src/lib/db/schema.ts'), opts);
  const tables = schema.TABLES.map((spec) => {
    const file = assets.find((f) => f.startsWith(`${spec.name}-`) && f.endsWith('.arrow'));
    if (!file) throw new Error(`no assets/${spec.name}-*.arrow in dist/`);
    return { name: spec.name, ddl: load.emptyTableSql(spec), url: `./assets/${file}` };
  });
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>DuckDB-WASM, bare</title><body><script type="module">
const tables = ${JSON.stringify(tables)};
const { openBrowserDb } = await import('./assets/${engine}');
const t0 = performance.now();
const db = await openBrowserDb();
const duckdbReady = performance.now() - t0;
await Promise.all(tables.map(async (t) => {
  const bytes = new Uint8Array(await (await fetch(t.url)).arrayBuffer());
  await db.exec(t.ddl);
  await db.insertArrow(t.name, bytes);
}));
const dataReady = performance.now();
const [{ n }] = await db.query({ sql: 'SELECT count(*) AS n FROM crimes', params: [] });
const [{ memory_usage }] = await db.query({ sql: 'SELECT memory_usage FROM pragma_database_size()', params: [] });
window.__bare = { duckdbReady, dataReady, crimes: n, memory: memory_usage };
</script></body></html>`;
}

/** `loads` fresh loads of the bare page: navigation → tables in, its renderer memory, DuckDB's memory_usage. */
export async function bareBench({ browser, base, root, served, loads, routeData, rendererRss }) {
  const html = await pageHtml(root);
  const out = { dataReady: [], duckdbReady: [], rendererBytes: [], crimes: null, duckdbMemory: null };
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await routeData(context, served);
    await context.route(`${base}${PAGE}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`bare page: ${e.message}`));
    await page.goto(`${base}${PAGE}`);
    const r = await page.waitForFunction(() => window.__bare, null, { timeout: 600000 }).then((h) => h.jsonValue());
    out.dataReady.push(r.dataReady);
    out.duckdbReady.push(r.duckdbReady);
    out.rendererBytes.push(rendererRss());
    out.crimes = r.crimes;
    out.duckdbMemory = r.memory;
    await context.close();
  }
  return out;
}
