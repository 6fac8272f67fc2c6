/** Delimited files read in pages from DuckDB: long files whole, cancellable between pages, bounded. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { checkLineCount, countLineBreaks, delimitedTable } from '../../src/lib/import/delimited';
import { ImportFailure } from '../../src/lib/import/types';

let conn: Connector;
beforeAll(async () => {
  conn = await openNodeDbWithData();
});

const longFile = (n: number) => ['År;Kommun;Antal', ...Array.from({ length: n }, (_, i) => `${2000 + (i % 20)};K${i};${i}`)].join('\n');

describe('delimitedTable', () => {
  it('reads a file of several pages in order, every row', async () => {
    const fractions: number[] = [];
    const { raw, hasHeader } = await delimitedTable(conn, longFile(60_001), 'lang.csv', { onProgress: (f) => fractions.push(f) });
    expect(hasHeader).toBe(true);
    expect(raw.rows).toHaveLength(60_001);
    expect(raw.rows[0]).toEqual(['2000', 'K0', '0']);
    expect(raw.rows[60_000]).toEqual(['2000', 'K60000', '60000']);
    expect(raw.lines?.[60_000]).toBe(60_002);
    expect(fractions.length).toBe(3);
    expect(fractions.at(-1)).toBe(1);
  });

  it('stops between pages when cancelled, and leaves no temp table behind', async () => {
    const controller = new AbortController();
    const reading = delimitedTable(conn, longFile(60_000), 'avbruten.csv', { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(reading).rejects.toThrow(/avbruten\.csv: importen avbröts\. Inget lästes in\./);
    const temp = await conn.query({ sql: "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE 'import_raw_%'", params: [] });
    expect(temp).toEqual([{ n: 0 }]);
  });

  it('refuses more rows than the limit before reading any page', async () => {
    let pages = 0;
    const reading = delimitedTable(conn, longFile(1_000), 'stor.csv', { maxRows: 500, onProgress: () => pages++ });
    await expect(reading).rejects.toThrow(/stor\.csv: filen har 1\s001 rader; gränsen är 500/);
    expect(pages).toBe(0);
  });

  it('refuses a file wider than any agency table', async () => {
    const wide = Array.from({ length: 1_001 }, (_, i) => `k${i}`).join(';') + '\n' + Array.from({ length: 1_001 }, () => '1').join(';');
    await expect(delimitedTable(conn, wide, 'bred.csv')).rejects.toBeInstanceOf(ImportFailure);
    await expect(delimitedTable(conn, wide, 'bred.csv')).rejects.toThrow(/1\s001 kolumner; gränsen är 1\s000/);
  });
});

describe('line count before decoding', () => {
  it('counts line breaks in slices, and refuses a file with more lines than the limit', async () => {
    const bytes = new TextEncoder().encode('a\nb\r\nc\n');
    expect(await countLineBreaks(bytes)).toBe(3);
    await expect(checkLineCount(new TextEncoder().encode(longFile(600)), 'många.csv', undefined, 500)).rejects.toThrow(/många\.csv: filen har minst 600 rader; gränsen är 500/);
    await expect(checkLineCount(new TextEncoder().encode(longFile(400)), 'få.csv', undefined, 500)).resolves.toBeUndefined();
  });
});
