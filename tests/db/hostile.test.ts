/**
 * The hostile-input suite (issue 12): every generated file through the whole pipeline against
 * real DuckDB-WASM. No crash (only Swedish ImportFailures), no silently wrong accept, no data
 * lost or changed by a refused file. Durations are printed, not asserted (speed lives in the bench).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { checksumQuery } from '../../src/lib/import/datasets';
import { loadContext, prepareImport } from '../../src/lib/import/pipeline';
import { ImportFailure } from '../../src/lib/import/types';
import { importPrepared, resetImports } from '../../src/lib/persist/imports';
import { memoryStore } from '../../src/lib/persist/store';
import { input } from '../fixtures/import/files';
import { hostileCases, type Expected } from '../fixtures/hostile/generate';

const CASES = hostileCases();
let conn: Connector;
const store = memoryStore();
let pristine: unknown;
const durations: { id: string; ms: number }[] = [];
const outcome = { accepted: 0, refused: 0 };

beforeAll(async () => {
  conn = await openNodeDbWithData();
  pristine = await conn.query(checksumQuery());
});

afterAll(() => {
  const slowest = [...durations].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(`hostile suite: ${CASES.length} files, ${outcome.accepted} accepted, ${outcome.refused} refused; slowest: ${slowest.map((d) => `#${d.id} ${Math.round(d.ms)} ms`).join(', ')}`);
});

const key = (v: Expected) => `${v.year}|${v.kommunkod}|${v.category_id}|${v.count}`;

describe('hostile and valid files', () => {
  it('the generator makes at least 300 files, of every expectation', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CASES.map((c) => c.expect))).toEqual(new Set(['accept', 'refuse', 'either']));
  });

  it.each(CASES.map((c) => [c.id, c.fileName, c.expect, c] as const))('#%s %s (%s)', async (_, __, ___, c) => {
    const started = performance.now();
    let failure: unknown = null;
    try {
      const ctx = await loadContext(conn);
      const p = await prepareImport(conn, input(c.fileName, c.bytes), ctx);
      await importPrepared(conn, store, p, p.mapping, ctx);
    } catch (e) {
      failure = e;
    }
    durations.push({ id: c.id, ms: performance.now() - started });
    if (failure !== null) {
      outcome.refused++;
      // A refusal, never a crash: a Swedish ImportFailure that names the file, of bounded length.
      expect(failure, String(failure)).toBeInstanceOf(ImportFailure);
      const f = failure as ImportFailure;
      expect(f.message.startsWith(`${c.fileName}:`), f.message).toBe(true);
      expect(f.message.length).toBeLessThanOrEqual(600);
      expect(f.message).not.toMatch(/\b(Error|Exception|undefined|Unexpected token)\b/);
      // Swedish only: none of the English words engines put in their messages.
      expect(f.message).not.toMatch(/\b(the|invalid|expected|cannot|failed|unable|found)\b/i);
      for (const i of f.issues) expect((i.value ?? '').length).toBeLessThanOrEqual(80);
      expect(c.expect, `refused: ${f.message} ${f.issues[0]?.message ?? ''}`).not.toBe('accept');
      expect(await conn.query(checksumQuery())).toEqual(pristine);
      return;
    }
    outcome.accepted++;
    const written = (await conn.query({ sql: "SELECT year, kommunkod, category_id, count FROM crimes WHERE source LIKE ? ORDER BY ALL", params: [`%(import: ${c.fileName})`] })) as unknown as Expected[];
    // Back to the shipped data before anything is asserted, so one failure does not spill into the next case.
    await resetImports(conn, store);
    expect(c.expect, `a file that must be refused was accepted, writing ${written.map(key).join(', ')}`).not.toBe('refuse');
    if (c.expect === 'accept') {
      expect(written.map(key)).toEqual(expect.arrayContaining(c.values.map(key)));
    } else {
      // Silently wrong would be a value the file does not hold.
      const allowed = new Set(c.values.map(key));
      expect(written.map(key).filter((k) => !allowed.has(k))).toEqual([]);
    }
    expect(await conn.query(checksumQuery())).toEqual(pristine);
  });
});

describe('refusals name the place', () => {
  it('gives the file line of a bad value after a quoted line break, not the record number', async () => {
    const text = 'year,kommunkod,category_id,count,preliminary,source\n2015,1493,totalt,5,false,"två\nrader"\n2016,1493,totalt,fem,false,x\n';
    const ctx = await loadContext(conn);
    const p = await prepareImport(conn, input('crimes.csv', new TextEncoder().encode(text)), ctx);
    const refusal = await importPrepared(conn, store, p, p.mapping, ctx).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ImportFailure);
    expect((refusal as ImportFailure).issues[0]).toMatchObject({ row: 4, column: 'count', value: 'fem' });
  });

  it('cuts a huge value in the issue list and the message', async () => {
    const ctx = await loadContext(conn);
    const p = await prepareImport(conn, input('bra-totalt-2015.csv', new TextEncoder().encode(`Kommun;Antal\r\nMariestads kommun;${'x'.repeat(5_000_000)}`)), ctx);
    const refusal = (await importPrepared(conn, store, p, p.mapping, ctx).catch((e: unknown) => e)) as ImportFailure;
    expect(refusal.issues[0]?.value).toHaveLength(80);
    expect(refusal.issues[0]?.value?.endsWith('…')).toBe(true);
    expect(refusal.issues[0]?.row).toBe(2);
  });
});
