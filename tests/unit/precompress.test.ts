/** The build's precompressed copies decompress to the files they sit beside. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { precompress } from '../../scripts/precompress';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (hook: unknown, ...args: unknown[]) => (hook as Hook).call({}, ...args);

function build(env: string | undefined) {
  const root = mkdtempSync(path.join(tmpdir(), 'mbl-precompress-'));
  mkdirSync(path.join(root, 'dist', 'assets'), { recursive: true });
  const wasm = Buffer.alloc(50_000, 7);
  writeFileSync(path.join(root, 'dist', 'assets', 'engine.wasm'), wasm);
  writeFileSync(path.join(root, 'dist', 'index.html'), '<!doctype html>' + 'x'.repeat(2000));
  writeFileSync(path.join(root, 'dist', 'tiny.js'), 'let a=1');
  const plugin = precompress();
  if (env === undefined) delete process.env.PRECOMPRESS;
  else process.env.PRECOMPRESS = env;
  call(plugin.configResolved, { root, build: { outDir: 'dist' } } as unknown as ResolvedConfig);
  call(plugin.closeBundle);
  return { dir: path.join(root, 'dist'), wasm };
}

afterEach(() => {
  delete process.env.PRECOMPRESS;
});

describe('precompress', () => {
  it('writes .gz and .br beside each file over 1 KiB, which decompress to the same bytes', () => {
    const { dir, wasm } = build('1');
    const file = path.join(dir, 'assets', 'engine.wasm');
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(wasm)).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(wasm)).toBe(true);
    expect(existsSync(path.join(dir, 'index.html.br'))).toBe(true);
    expect(existsSync(path.join(dir, 'tiny.js.gz'))).toBe(false);
  });

  it('does nothing in builds without PRECOMPRESS=1 (the test builds)', () => {
    const { dir } = build(undefined);
    expect(existsSync(path.join(dir, 'assets', 'engine.wasm.gz'))).toBe(false);
  });
});
