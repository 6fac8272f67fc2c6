/**
 * The page ↔ conversion-worker protocol (convert-protocol.ts, convert-handler.ts, the driver in
 * convert-off-main.ts): pages cut by hand, a refusal rebuilt as the same ImportFailure, and the
 * whole exchange through structuredClone (as postMessage copies) giving what convertPrepared gives.
 * Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { Assembler, pageMessage, pageRanges, reviveFailure, rowsPerPage, serialiseFailure, startMessage, type FromWorker, type ToWorker } from '../../../src/lib/import/convert-protocol';
import { convertHandler } from '../../../src/lib/import/convert-handler';
import { driveConversion, type ConvertPort } from '../../../src/lib/import/convert-off-main';
import { emptyMapping } from '../../../src/lib/import/layout';
import type { Prepared } from '../../../src/lib/import/convert-prepared';
import { ImportFailure, type ImportContext, type Mapping } from '../../../src/lib/import/types';

const ctx: ImportContext = {
  municipalities: [
    { kommunkod: '1493', name: 'Mariestad' },
    { kommunkod: '1496', name: 'Skövde' },
  ],
  categories: [{ category_id: 'totalt', bra_id: 3144, name: 'Totalt antal brott' }],
  population: new Map([['2020|1493', 24000]]),
  minYear: 1950,
  maxYear: 2030,
};
const bra: Mapping = { ...emptyMapping('crimes', 'bra-kommun'), municipality: 0, count: 1, yearValue: 2020, categoryValue: 'totalt', dashIsZero: true, sourceLabel: 'BRÅ' };
const prepared = (rows: string[][], lines?: number[]): Prepared => ({
  fileName: 'bra-2020.csv',
  raw: { columns: ['Kommun', 'Antal'], rows, firstRow: 2, ...(lines ? { lines } : {}) },
  hasHeader: true,
  mapping: bra,
});

/** A port that copies each message as postMessage would and answers from the handler a turn later. */
function clonePort(log: ToWorker['type'][] = []): ConvertPort & { closed: boolean } {
  let on: (m: FromWorker) => void = () => {};
  const port = {
    closed: false,
    handle: convertHandler((m) => setTimeout(() => on(structuredClone(m)), 0)),
    post(m: ToWorker) {
      log.push(m.type);
      const copy = structuredClone(m);
      setTimeout(() => port.handle(copy), 0);
    },
    listen(l: (m: FromWorker) => void) {
      on = l;
    },
    close() {
      port.closed = true;
    },
  };
  return port;
}

describe('pages', () => {
  it('pageRanges cuts 60 001 rows into 25 000, 25 000 and 10 001, and nothing into no page', () => {
    expect(pageRanges(60_001, 25_000)).toEqual([
      [0, 25_000],
      [25_000, 50_000],
      [50_000, 60_001],
    ]);
    expect(pageRanges(50_000, 25_000)).toEqual([
      [0, 25_000],
      [25_000, 50_000],
    ]);
    expect(pageRanges(3, 1)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(pageRanges(0, 25_000)).toEqual([]);
    expect(() => pageRanges(10, 0)).toThrow();
  });

  it('rowsPerPage keeps a page near 40 000 cells: 10 000 rows of 4 columns, 1 600 of a 25-column extract, never 0', () => {
    expect(rowsPerPage(4)).toBe(10_000);
    expect(rowsPerPage(25)).toBe(1_600);
    expect(rowsPerPage(3)).toBe(13_333);
    expect(rowsPerPage(0)).toBe(40_000);
    expect(rowsPerPage(200_000)).toBe(1);
  });

  it('the rows and their file lines go over in pages and come back as the same table', () => {
    const p = prepared([['Mariestad', '3'], ['Skövde', '4'], ['Mariestad', '-']], [2, 4, 5]);
    const { start, cells, lines } = startMessage(p, bra, ctx, 'sv');
    expect(start).toMatchObject({ body: 'rows', total: 3, width: 2, hasLines: true, columns: ['Kommun', 'Antal'], firstRow: 2, locale: 'sv' });
    const a = new Assembler(structuredClone(start));
    expect(a.add(structuredClone(pageMessage(cells, lines, [0, 2])))).toBe(2);
    expect(() => a.prepared()).toThrow('2 av 3 rader');
    expect(a.add(structuredClone(pageMessage(cells, lines, [2, 3])))).toBe(3);
    expect(a.prepared().raw).toEqual({ columns: ['Kommun', 'Antal'], rows: [['Mariestad', '3'], ['Skövde', '4'], ['Mariestad', '-']], firstRow: 2, lines: [2, 4, 5] });
  });

  it('a reshaping mapping sends the grid, not the rows', () => {
    const grid = { cells: [['Titel', null], ['Kommun', 'Antal'], ['Mariestad', '3']], lines: [1, 2, 3] };
    const p: Prepared = { ...prepared([['Mariestad', '3']]), raw: { columns: ['Kommun', 'Antal'], rows: [['Mariestad', '3']], firstRow: 3, grid } };
    const m: Mapping = { ...bra, reshape: { skipTop: 1, skipBottom: 0, yearsAsColumns: false } };
    const { start, cells, lines } = startMessage(p, m, ctx, 'sv');
    expect(start).toMatchObject({ body: 'grid', total: 3, hasLines: true });
    const a = new Assembler(start);
    a.add(pageMessage(cells, lines, [0, 3]));
    expect(a.prepared().raw).toEqual({ columns: ['Kommun', 'Antal'], rows: [], firstRow: 3, grid });
    // Without the reshape the rows go, even though the grid is there.
    expect(startMessage(p, bra, ctx, 'sv').start).toMatchObject({ body: 'rows', total: 1, hasLines: false });
  });
});

describe('failures across the boundary', () => {
  it('an ImportFailure comes back as an ImportFailure with the same message, issues and file', () => {
    const issues = [{ row: 3, column: 'Antal', value: '-5', message: 'Negativt antal.' }];
    const back = reviveFailure(structuredClone(serialiseFailure(new ImportFailure('bra-2020.csv: 1 fel, inget lästes in.', issues, 'bra-2020.csv'))));
    expect(back).toBeInstanceOf(ImportFailure);
    expect(back.message).toBe('bra-2020.csv: 1 fel, inget lästes in.');
    expect((back as ImportFailure).issues).toEqual([{ row: 3, column: 'Antal', value: '-5', message: 'Negativt antal.' }]);
    expect((back as ImportFailure).fileName).toBe('bra-2020.csv');
  });

  it('a message already cut to 600 characters and a value cut to 80 stay as they were', () => {
    const e = new ImportFailure('x'.repeat(700), [{ row: 2, column: 'A', value: 'v'.repeat(100), message: 'm' }], 'f.csv');
    const back = reviveFailure(serialiseFailure(e)) as ImportFailure;
    expect(back.message).toBe(`${'x'.repeat(599)}…`);
    expect(back.issues[0]?.value).toBe(`${'v'.repeat(79)}…`);
  });

  it('any other error comes back as a plain Error with its message', () => {
    const back = reviveFailure(serialiseFailure(new RangeError('för djupt')));
    expect(back).not.toBeInstanceOf(ImportFailure);
    expect(back.message).toBe('för djupt');
    expect(reviveFailure(serialiseFailure('text')).message).toBe('text');
  });
});

describe('the whole exchange, copied as postMessage copies', () => {
  it('one page per acknowledgement, then end; the result is the converted CSV', async () => {
    const log: ToWorker['type'][] = [];
    const progress: number[] = [];
    const port = clonePort(log);
    const done = await driveConversion(port, prepared([['Mariestad', '3'], ['Skövde', '4']]), bra, ctx, { pageRows: 1, onProgress: (f) => progress.push(f) });
    expect(log).toEqual(['start', 'page', 'page', 'end']);
    expect(progress).toEqual([0.5, 1]);
    expect(done.converted.csv).toBe('year,kommunkod,category_id,count,preliminary,source\n2020,1493,totalt,3,false,BRÅ (import: bra-2020.csv)\n2020,1496,totalt,4,false,BRÅ (import: bra-2020.csv)\n');
    expect(done.converted).toMatchObject({ target: 'crimes', rows: 2, years: [2020, 2020], municipalities: 2, notes: [] });
    expect(done.inWorker).toBe(false);
    expect(port.closed).toBe(true);
  });

  it('a bad row comes back as the Swedish ImportFailure naming file, row, column and value', async () => {
    const e = await driveConversion(clonePort(), prepared([['Mariestad', '3'], ['Skövde', '-5']], [2, 7]), bra, ctx, { pageRows: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportFailure);
    expect((e as ImportFailure).message).toBe('bra-2020.csv: 1 fel, inget lästes in.');
    expect((e as ImportFailure).issues).toEqual([{ row: 7, column: 'Antal', value: '-5', message: 'Negativt antal.' }]);
  });

  it('a cancel between pages stops it with the cancelled refusal and closes the worker', async () => {
    const abort = new AbortController();
    const port = clonePort();
    const e = await driveConversion(port, prepared([['Mariestad', '3'], ['Skövde', '4'], ['Mariestad', '5']]), bra, ctx, {
      pageRows: 1,
      signal: abort.signal,
      onProgress: () => abort.abort(),
    }).catch((x: unknown) => x);
    expect((e as ImportFailure).message).toBe('bra-2020.csv: importen avbröts. Inget lästes in.');
    expect(port.closed).toBe(true);
  });
});
