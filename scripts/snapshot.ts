/**
 * Vite plugin: the default Översikt computed at build time (and in dev) from data/*.csv with the
 * Node twin of DuckDB, through the same questions the live view asks (`src/lib/state/overview.ts`).
 * `import snapshot from 'virtual:overview-snapshot'` gives it; main.ts draws it before DuckDB-WASM is up.
 */
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:overview-snapshot';
const RESOLVED = `\0${ID}`;

export function overviewSnapshot(): Plugin {
  let root = process.cwd();
  return {
    name: 'overview-snapshot',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      // Through Vite's module runner (without this config), so the app's TypeScript is not bundled into the config.
      const { module } = await runnerImport<typeof import('./snapshot-data.ts')>(path.join(root, 'scripts/snapshot-data.ts'), { configFile: false, logLevel: 'warn' });
      const { snapshot, files } = await module.computeSnapshot(path.resolve(root, 'data'));
      for (const f of files) this.addWatchFile(f);
      // JSON.parse of a string literal: smaller and faster to start than the same object as JS.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(snapshot))});`;
    },
  };
}
