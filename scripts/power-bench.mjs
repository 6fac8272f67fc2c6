// Part of `npm run bench`: the placebo false-alarm rate and the power to detect a true 30 % change
// of the verdict function (src/lib/stats/assess.ts) on the seeded negative-binomial scenario of
// tests/unit/stats/nb-scenario.ts, loaded through Vite so the TypeScript runs as it is.
import { createServer } from 'vite';

export async function powerBench(root) {
  const vite = await createServer({ root, logLevel: 'warn', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
  try {
    const m = await vite.ssrLoadModule('/tests/unit/stats/nb-scenario.ts');
    const anyCall = (a) => a.verdict === 'improved' || a.verdict === 'worsened';
    const placebo = m.LEVELS.map((level, i) => ({ level, called: m.share(level, 1, 20260101 + i, anyCall) }));
    return { placebo, power: m.powerTable() };
  } finally {
    await vite.close();
  }
}
