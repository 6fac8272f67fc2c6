import { describe, expect, it } from 'vitest';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { columnsFromRows, parquetType, rowsToParquet } from '../../../src/lib/export/parquet';
import { maskSmallCounts } from '../../../src/lib/export/rows';
import type { Row } from '../../../src/lib/db/types';

describe('parquetType', () => {
  it.each([
    [[1, 2, null], 'INT32'],
    [[1, 2.5], 'DOUBLE'],
    [[2 ** 31], 'DOUBLE'],
    [[-(2 ** 31)], 'INT32'],
    [[true, null, false], 'BOOLEAN'],
    [['a', null], 'STRING'],
    [[1, 'a'], 'STRING'],
    [[null, null], 'STRING'],
    [[], 'STRING'],
  ] as const)('%j → %s', (values, type) => {
    expect(parquetType(values)).toBe(type);
  });
});

describe('columnsFromRows', () => {
  it('keeps the first row’s key order and turns mixed columns into text', () => {
    const cols = columnsFromRows([{ b: 1, a: 'x', m: 1 }, { b: 2, a: null, m: 'två' }]);
    expect(cols.map((c) => [c.name, c.type, [...c.data]])).toEqual([
      ['b', 'INT32', [1, 2]],
      ['a', 'STRING', ['x', null]],
      ['m', 'STRING', ['1', 'två']],
    ]);
  });
});

describe('rowsToParquet reads back with hyparquet to the same values', () => {
  const rows: Row[] = [
    { year: 2015, kommunkod: '1493', municipality: 'Mariestad', count: 2400, rate: 10000.5, preliminary: false, note: null },
    { year: 2016, kommunkod: '00', municipality: 'Riket; "Sverige"', count: null, rate: -0.25, preliminary: true, note: 'å ä ö' },
  ];
  it('round trip', async () => {
    const file = rowsToParquet(rows);
    expect(parquetMetadata(file).num_rows).toBe(2n);
    expect(await parquetReadObjects({ file })).toEqual(rows);
  });
  it('many rows keep their order', async () => {
    const many: Row[] = Array.from({ length: 2500 }, (_, i) => ({ i, x: i / 7, s: `rad ${i}` }));
    expect(await parquetReadObjects({ file: rowsToParquet(many) })).toEqual(many);
  });
});

describe('maskSmallCounts', () => {
  it.each([
    [0, 0, false],
    [1, null, true],
    [2, null, true],
    [3, 3, false],
    [null, null, false],
  ])('count %j → %j (hidden: %s)', (count, shown, hidden) => {
    expect(maskSmallCounts([{ year: 2018, count }], 'count')).toEqual([{ year: 2018, count: shown, count_under_3: hidden }]);
  });
});
