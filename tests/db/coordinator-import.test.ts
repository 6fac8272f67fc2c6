/**
 * An import through the coordinator's writing connection on the Node twin. It found that DuckDB-WASM
 * re-running a kept prepared statement after its table was written returns corrupted strings, so kept
 * statements are dropped on every write (db/statements.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import { Coordinator } from '../../src/lib/data/coordinator';
import { datasetsQuery } from '../../src/lib/import/datasets';
import { loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { importPrepared } from '../../src/lib/persist/imports';
import { memoryStore } from '../../src/lib/persist/store';
import { BRA_YEARLY, BRA_YEARLY_NAME, cp1252, input } from '../fixtures/import/files';

let c: Coordinator;
beforeAll(async () => {
  c = await Coordinator.open(await openNodeDbWithData());
});

describe('an import through the writing connection', () => {
  it('lands whole, and the readers see its source after the commit', async () => {
    const before = await c.query(datasetsQuery());
    const w = c.writer;
    await c.query({ sql: 'SELECT source FROM crimes WHERE year = ?', params: [2023] });
    const ctx = await loadContext(w);
    const p = await prepareImport(w, input(BRA_YEARLY_NAME, cp1252(BRA_YEARLY)), ctx);
    await importPrepared(w, memoryStore(), p, p.mapping, ctx);
    const after = await c.query(datasetsQuery());
    expect(after.length).toBe(before.length + 1);
    expect(after.map((r) => r.source)).toContain(`BRÅ (import: ${BRA_YEARLY_NAME})`);
    const again = await c.query({ sql: 'SELECT DISTINCT source FROM crimes WHERE year = ? ORDER BY source', params: [2023] });
    expect(again.map((r) => r.source)).toContain(`BRÅ (import: ${BRA_YEARLY_NAME})`);
  });
});
