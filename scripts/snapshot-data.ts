/** Run by scripts/snapshot.ts through Vite's module runner: the default Översikt from data/*.csv on the Node twin. */
import path from 'node:path';
import { openNodeDbWithData } from '../src/lib/db/node';
import { TABLES } from '../src/lib/db/schema';
import { buildOverviewSnapshot, type OverviewSnapshot } from '../src/lib/state/overview';

export async function computeSnapshot(dataDir: string): Promise<{ snapshot: OverviewSnapshot; files: string[] }> {
  const snapshot = await buildOverviewSnapshot(await openNodeDbWithData(dataDir));
  return { snapshot, files: TABLES.map((t) => path.join(dataDir, `${t.name}.csv`)) };
}
