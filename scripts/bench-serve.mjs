// The scale bench's serving and measuring helpers: the generated files beside the build, the
// redirect to them, and the renderer memory of this bench's own Chromium.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Resident memory of this bench's renderer processes (the page and its DuckDB worker), in bytes:
 * only Chromium renderers descended from this Node process, not other jobs' browsers on the machine.
 */
export function rendererRss() {
  const parent = new Map();
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const ours = (pid) => {
    for (let p = parent.get(pid), hops = 0; p && p > 1 && hops < 64; p = parent.get(p), hops++) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const pid of pids) {
    try {
      if (!ours(pid)) continue;
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium') || !cmd.includes('--type=renderer')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/**
 * The generated Arrow files, written beside the build's as `dist/assets/bench-<table>.arrow` and
 * served by the preview server: a 100 MB body handed to Playwright's route.fulfill closes the page
 * (it travels through the DevTools protocol), so the requests are only redirected. `remove` deletes them.
 */
export function writeBenchFiles(root, files) {
  const names = Object.keys(files).map((name) => [name, path.join(root, 'dist', 'assets', `bench-${name}.arrow`)]);
  for (const [name, file] of names) writeFileSync(file, files[name]);
  return { names: Object.fromEntries(names.map(([name]) => [name, `bench-${name}.arrow`])), remove: () => names.forEach(([, file]) => rmSync(file, { force: true })) };
}

