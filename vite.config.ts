import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { precompress } from './scripts/precompress.ts';
import { overviewSnapshot } from './scripts/snapshot.ts';
import { shippedData } from './scripts/shipped-data.ts';

export default defineConfig({
  plugins: [svelte(), overviewSnapshot(), shippedData(), contentSecurityPolicy(), precompress()],
  // Relative base: the built site works from any folder on any static host.
  base: './',
  // No asset inlined as a data: URL: the data files are fetched from this origin, as the CSP allows.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, assetsInlineLimit: 0 },
  worker: { format: 'es' },
  server: { fs: { allow: ['.'] } },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', expect: { requireAssertions: true } },
      },
      {
        extends: true,
        test: { name: 'db', include: ['tests/db/**/*.test.ts'], environment: 'node', expect: { requireAssertions: true }, testTimeout: 30000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          expect: { requireAssertions: true },
          testTimeout: 60000,
          hookTimeout: 180000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
