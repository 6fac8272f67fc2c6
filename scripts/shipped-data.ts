/**
 * Vite plugin: the shipped tables as Arrow IPC files, written at build time (and in dev) from
 * data/*.csv with the Node twin of DuckDB (`shippedArrow` in src/lib/db/node.ts): every column
 * typed as src/lib/db/schema.ts says, rows sorted by the table's `order`. The build emits them as
 * hashed assets (`assets/<table>-<hash>.arrow`); the dev server serves them from memory. Only
 * the CSV files with their sources are committed; the Arrow files are build output.
 * `import urls from 'virtual:shipped-data'` gives table name → URL (src/lib/db/start.ts).
 */
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:shipped-data';
const RESOLVED = `\0${ID}`;
const DEV_PREFIX = '/@mbl-data/';

export function shippedData(): Plugin {
  let root = process.cwd();
  let build = false;
  let files = new Map<string, Uint8Array>();
  return {
    name: 'shipped-data',
    configResolved(config) {
      root = config.root;
      build = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(DEV_PREFIX) ? req.url.slice(DEV_PREFIX.length).replace(/\.arrow(\?.*)?$/, '') : null;
        const bytes = name ? files.get(name) : undefined;
        if (!bytes) return next();
        res.setHeader('Content-Type', 'application/vnd.apache.arrow.stream');
        res.end(Buffer.from(bytes));
      });
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      // Through Vite's module runner (without this config), so the app's TypeScript is not bundled into the config.
      const { module } = await runnerImport<typeof import('../src/lib/db/node.ts')>(path.join(root, 'src/lib/db/node.ts'), { configFile: false, logLevel: 'warn' });
      const dataDir = path.resolve(root, 'data');
      files = await module.shippedArrow(module.csvReader(dataDir));
      const entries: string[] = [];
      for (const [name, bytes] of files) {
        this.addWatchFile(path.join(dataDir, `${name}.csv`));
        if (build) {
          const ref = this.emitFile({ type: 'asset', name: `${name}.arrow`, source: bytes });
          entries.push(`${JSON.stringify(name)}: import.meta.ROLLUP_FILE_URL_${ref}`);
        } else {
          entries.push(`${JSON.stringify(name)}: ${JSON.stringify(`${DEV_PREFIX}${name}.arrow?t=${Date.now()}`)}`);
        }
      }
      return `export default { ${entries.join(', ')} };`;
    },
  };
}
