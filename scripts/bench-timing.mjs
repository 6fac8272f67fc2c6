// The scale bench's timing in the page: one filter change (until written, until painted, until
// its history entry), and the same question as a raw DuckDB-WASM query and as a typed-array scan.

/**
 * One filter change, timed three times: until the view has written the new figures into the DOM
 * (its `data-ready-for` mark turns to the new filters' key, seen by a MutationObserver, so not
 * rounded to frames), until the next frame begins (painted), and until that frame's style, layout
 * and paint are done on the main thread (rendered). The mark is compared with the one
 * before the click, not with the URL: the history entry is written after the frame
 * (state/filters.svelte.ts), and its cost is timed apart (`history`, until the URL is the mark).
 */
export async function timedChange(page, action, value) {
  return page.evaluate(
    async ([a, v]) => {
      const view = document.querySelector('[data-view]');
      const input = document.querySelector(`input[name="${a}"][value="${v}"]`);
      const before = view.getAttribute('data-ready-for');
      const ready = () => {
        const mark = view.getAttribute('data-ready-for');
        return mark !== '' && mark !== before;
      };
      const t0 = performance.now();
      let dom = 0;
      const written = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          dom = performance.now() - t0;
          observer.disconnect();
          resolve();
        });
        observer.observe(view, { attributes: true, attributeFilter: ['data-ready-for'] });
      });
      input.click();
      // A change answered synchronously (from the cache) may be written before the observer can see it.
      if (ready()) dom = performance.now() - t0;
      else await written;
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const painted = performance.now() - t0;
      // A message posted from the frame's callbacks runs after its style, layout and paint.
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
      const rendered = performance.now() - t0;
      const mark = view.getAttribute('data-ready-for');
      while (window.location.search !== mark) await new Promise((resolve) => setTimeout(resolve, 1));
      return { dom, painted, rendered, history: performance.now() - t0 };
    },
    [action, value],
  );
}

/** The view's crime query (Översikt/Brottsutveckling: municipality, comparisons, categories, years) run raw, and as a typed-array scan. */
export async function baselines(page, codes, categories, from, to, times) {
  return page.evaluate(
    async ({ codes, categories, from, to, times }) => {
      const sql = `SELECT c.year, c.kommunkod, c.category_id, c.count, p.population
        FROM crimes c LEFT JOIN population p ON p.year = c.year AND p.kommunkod = c.kommunkod
        WHERE c.kommunkod IN (${codes[0].map(() => '?').join(', ')}) AND c.category_id IN (${categories.map(() => '?').join(', ')}) AND c.year BETWEEN ? AND ?`;
      const raw = [];
      for (let i = 0; i < times; i++) {
        const t0 = performance.now();
        await window.__mblRawQuery(sql, [...codes[i % codes.length], ...categories, from, to]);
        raw.push(performance.now() - t0);
      }
      // The columns as typed arrays (not timed), then the same filter as a scan.
      const rows = await window.__mblRawQuery('SELECT year, kommunkod, category_id, count FROM crimes', []);
      const kIndex = new Map();
      const cIndex = new Map();
      const n = rows.length;
      const year = new Int16Array(n);
      const kom = new Int32Array(n);
      const cat = new Int32Array(n);
      const count = new Float64Array(n);
      rows.forEach((r, i) => {
        year[i] = r.year;
        if (!kIndex.has(r.kommunkod)) kIndex.set(r.kommunkod, kIndex.size);
        if (!cIndex.has(r.category_id)) cIndex.set(r.category_id, cIndex.size);
        kom[i] = kIndex.get(r.kommunkod);
        cat[i] = cIndex.get(r.category_id);
        count[i] = r.count ?? 0;
      });
      const scan = [];
      for (let t = 0; t < times; t++) {
        const t0 = performance.now();
        const wantK = new Uint8Array(kIndex.size);
        for (const k of codes[t % codes.length]) if (kIndex.has(k)) wantK[kIndex.get(k)] = 1;
        const wantC = new Uint8Array(cIndex.size);
        for (const c of categories) if (cIndex.has(c)) wantC[cIndex.get(c)] = 1;
        const sums = new Map();
        for (let i = 0; i < n; i++) {
          if (wantK[kom[i]] && wantC[cat[i]] && year[i] >= from && year[i] <= to) {
            const key = (kom[i] * 1024 + cat[i]) * 64 + (year[i] - 2000);
            sums.set(key, (sums.get(key) ?? 0) + count[i]);
          }
        }
        scan.push(performance.now() - t0);
      }
      return { raw, scan };
    },
    { codes, categories, from, to, times },
  );
}
