/**
 * Precompressed copies of the built site: for every JS, wasm, CSS, HTML, JSON, CSV, Arrow and SVG file
 * over 1 KiB, a `.gz` (gzip level 9) and a `.br` (brotli quality 9) beside it, so a static host
 * that serves precompressed files (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`,
 * Netlify, …) sends DuckDB's 34 MB wasm as about 6 MB. Runs in `npm run build` (PRECOMPRESS=1),
 * not in the test builds. README.md "Deployment" says how to serve them.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const EXTENSIONS = /\.(js|mjs|wasm|css|html|json|csv|svg|arrow)$/;
const MIN_BYTES = 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    closeBundle() {
      if (process.env.PRECOMPRESS !== '1') return;
      const outDir = path.resolve(config.root, config.build.outDir);
      for (const file of files(outDir)) {
        if (!EXTENSIONS.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < MIN_BYTES) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
      }
    },
  };
}
