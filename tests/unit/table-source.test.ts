/**
 * Lazy chart tables: a 5 000-row table formats the rows of the page drawn, not all of them; the
 * CSV export and an unpaged table (print, slides) still get every row.
 */
import { describe, expect, it } from 'vitest';
import { seriesTable } from '../../src/lib/shape/tables';
import { periodTable } from '../../src/lib/shape/period-series';
import { mapTable } from '../../src/lib/shape/map-table';
import { allRows, pageRows, rowsBetween, toSource } from '../../src/lib/shape/table-source';
import { pageInfo, PAGE_ROWS } from '../../src/lib/shape/pages';
import { tableToCsv } from '../../src/lib/export/table-csv';
import { parseCsv } from '../../src/lib/export/csv';
import { columnsFromRows } from '../../src/lib/db/columns';
import type { Series, SeriesPoint } from '../../src/lib/shape/crime-series';

const N = 5000;

/** x = 0 … N-1; y = 1000 + x, interval y ± 10. */
function longSeries(): Series {
  const points: SeriesPoint[] = Array.from({ length: N }, (_, x) => ({
    x, y: 1000 + x, low: 990 + x, high: 1010 + x, count: 1000 + x, population: 100_000, suppressed: false, example: false, preliminary: x === N - 1,
  }));
  return { id: 'a', label: 'A', points, example: false, measure: 'count' };
}

/** A format that counts its calls and remembers the values it was given. */
function counting() {
  const seen = new Set<number>();
  let calls = 0;
  const format = (v: number | null) => {
    calls += 1;
    if (v !== null) seen.add(v);
    return v === null ? '–' : `v${v}`;
  };
  return { format, calls: () => calls, seen };
}

describe('a lazy series table', () => {
  it('formats nothing when made, and one page of rows when its first page is drawn', () => {
    const c = counting();
    const table = seriesTable([longSeries()], c.format, true);
    expect(table.length).toBe(N);
    expect(c.calls()).toBe(0);
    const page = pageInfo(0, table.length);
    const rows = pageRows(table, page);
    expect(rows).toHaveLength(PAGE_ROWS);
    // Value, low and high per row: 3 × 100 calls, against 15 000 if every row had been formatted.
    expect(c.calls()).toBe(3 * PAGE_ROWS);
    expect(Math.max(...c.seen)).toBe(1010 + PAGE_ROWS - 1);
    expect(rows[0]).toEqual({ year: '0', a: 'v1000 (v990–v1010)' });
    expect(rows[99]).toEqual({ year: '99', a: 'v1099 (v1089–v1109)' });
  });

  it('formats only the rows of a later page', () => {
    const c = counting();
    const table = seriesTable([longSeries()], c.format, false);
    const rows = pageRows(table, pageInfo(4900, table.length));
    expect(c.calls()).toBe(PAGE_ROWS);
    expect(Math.min(...c.seen)).toBe(1000 + 4900);
    expect(rows[99]).toEqual({ year: '4999', a: 'v5999 prel.' });
  });

  it('draws every row unpaged (print, slides) and exports every row to CSV', () => {
    const table = seriesTable([longSeries()], (v) => String(v), false);
    expect(pageRows(table, pageInfo(0, table.length, table.length))).toHaveLength(N);
    const csv = parseCsv(tableToCsv(table, ['Titel']));
    // Header, N rows, an empty line and the note.
    expect(csv).toHaveLength(1 + N + 2);
    expect(csv[1]?.slice(0, 4)).toEqual(['0', '1000', '990', '1010']);
    expect(csv[N]?.slice(0, 4)).toEqual(['4999', '5999', '5989', '6009']);
    expect(csv[N]?.[4]).toBe('A: preliminär');
  });
});

describe('a lazy period table', () => {
  it('names the periods of the page and formats only those rows', () => {
    const c = counting();
    const keys = Array.from({ length: N }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const table = periodTable([longSeries()], keys, c.format);
    expect(c.calls()).toBe(0);
    const rows = rowsBetween(table, 12, 14);
    expect(c.calls()).toBe(3 * 2);
    expect(rows.map((r) => r.year)).toEqual(['jan 2001', 'feb 2001']);
    expect(table.raw?.row(13).year).toBe('2001-02');
  });
});

describe('the map table from columns', () => {
  it('reads and formats a row of the columns only when it is asked for', () => {
    const cols = columnsFromRows(
      Array.from({ length: N }, (_, i) => ({
        kommunkod: String(i), name: `K${i}`, count: i, population: 10_000, rate: i * 10, example: false, source: 'BRÅ', population_source: 'SCB',
      })),
    );
    const table = mapTable(cols, '3', []);
    expect(table.length).toBe(N);
    expect(rowsBetween(table, 3, 4)).toEqual([{ name: 'K3', role: 'vald kommun (tjock kant)', count: '3', population: '10\u00a0000', rate: '30,0', source: 'BRÅ; SCB' }]);
    expect(table.raw?.row(4999)).toEqual({ name: 'K4999', role: '', count: 4999, population: 10_000, rate: 49_990, source: 'BRÅ; SCB' });
  });
});

describe('an eager table as a source', () => {
  it('reads its rows where they are', () => {
    const s = toSource({ columns: [{ key: 'x', label: 'X', numeric: false }], rows: [{ x: 'a' }, { x: 'b' }], raw: { columns: [{ key: 'x', label: 'X', numeric: false }], rows: [{ x: 1 }, { x: 2 }] } });
    expect(s.length).toBe(2);
    expect(allRows(s)).toEqual([{ x: 'a' }, { x: 'b' }]);
    expect(s.raw?.row(1)).toEqual({ x: 2 });
    expect(rowsBetween(s, 1, 10)).toEqual([{ x: 'b' }]);
  });
});
