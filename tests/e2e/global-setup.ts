/**
 * Builds the production site once and serves dist/ with `vite preview` on a loopback port;
 * the tests get its address through `inject('baseURL')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;
let outDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  // A build folder of its own, so runs side by side never serve each other's half-built site.
  outDir = mkdtempSync(path.join(tmpdir(), 'mbl-e2e-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  project.provide('baseURL', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
