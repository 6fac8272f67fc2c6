/** Columnar results: Arrow → columns (real apache-arrow tables), plain rows → columns, and rows built back page by page. */
import { describe, expect, it } from 'vitest';
import { Bool, DateDay, Float64, Int16, Int32, Int64, Table, Uint32, Utf8, vectorFromArray } from 'apache-arrow';
import { tableToColumns, tableToRows } from '../../src/lib/db/arrow';
import { booleanAt, column, columnsFromRows, indexesWhere, numberAt, rowAt, rowsAt, rowsOf, stringAt, valueAt, type Column } from '../../src/lib/db/columns';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function sample(): Table {
  return new Table({
    year: vectorFromArray([2015, 2016, 2017, 2018], new Int32()),
    small: vectorFromArray([1, null, -3, 4], new Int16()),
    count: vectorFromArray([12n, null, 7n, 2n ** 40n], new Int64()),
    rate: vectorFromArray([1.5, 2.25, null, Number.NaN], new Float64()),
    big: vectorFromArray([0, 4294967295, null, 1], new Uint32()),
    name: vectorFromArray(['Mariestad', null, 'Töreboda', ''], new Utf8()),
    prel: vectorFromArray([true, false, null, true], new Bool()),
    date: vectorFromArray([day(2020, 1, 2), null, day(1999, 12, 31), day(2024, 2, 29)], new DateDay()),
  });
}

const kind = (c: Column | undefined) => c?.kind;

describe('tableToColumns', () => {
  const cols = tableToColumns(sample());

  it('keeps the length and the column names in order', () => {
    expect(cols.length).toBe(4);
    expect(cols.names).toEqual(['year', 'small', 'count', 'rate', 'big', 'name', 'prel', 'date']);
  });

  it('makes integers of at most 32 bits an Int32Array, other numbers a Float64Array', () => {
    const year = column(cols, 'year');
    expect(year?.values).toBeInstanceOf(Int32Array);
    expect(Array.from(year?.values as Int32Array)).toEqual([2015, 2016, 2017, 2018]);
    expect(kind(column(cols, 'small'))).toBe('int');
    // 64-bit integers and unsigned 32-bit ones do not fit an Int32Array.
    expect(column(cols, 'count')?.values).toBeInstanceOf(Float64Array);
    expect(column(cols, 'big')?.values).toBeInstanceOf(Float64Array);
    expect(numberAt(column(cols, 'big'), 1)).toBe(4294967295);
    expect(column(cols, 'rate')?.values).toBeInstanceOf(Float64Array);
  });

  it('marks nulls in the mask: NaN in a Float64Array, 0 in an Int32Array; a real NaN is no null', () => {
    const small = column(cols, 'small');
    if (small?.kind !== 'int') throw new Error('small is an int column');
    expect(Array.from(small.nulls ?? [])).toEqual([0, 1, 0, 0]);
    expect(small.values[1]).toBe(0);
    expect(valueAt(small, 1)).toBeNull();
    const rate = column(cols, 'rate');
    if (rate?.kind !== 'float') throw new Error('rate is a float column');
    expect(Array.from(rate.nulls ?? [])).toEqual([0, 0, 1, 0]);
    expect(Number.isNaN(rate.values[2])).toBe(true);
    expect(valueAt(rate, 2)).toBeNull();
    expect(Number.isNaN(valueAt(rate, 3))).toBe(true);
    // A column without nulls has no mask.
    expect(column(cols, 'year')).toMatchObject({ kind: 'int', nulls: null });
  });

  it('turns BigInt into numbers, dates into ISO dates, strings and booleans into plain arrays', () => {
    expect(numberAt(column(cols, 'count'), 3)).toBe(1099511627776);
    expect(numberAt(column(cols, 'count'), 1)).toBeNull();
    expect(column(cols, 'date')).toMatchObject({ kind: 'date', values: ['2020-01-02', null, '1999-12-31', '2024-02-29'] });
    expect(column(cols, 'name')).toMatchObject({ kind: 'string', values: ['Mariestad', null, 'Töreboda', ''] });
    expect(column(cols, 'prel')).toMatchObject({ kind: 'boolean', values: [true, false, null, true] });
    expect(stringAt(column(cols, 'name'), 3)).toBe('');
    expect(booleanAt(column(cols, 'prel'), 2)).toBeNull();
    expect(stringAt(column(cols, 'nonesuch'), 0)).toBeNull();
  });

  it('builds the same rows as tableToRows', () => {
    expect(rowsOf(cols)).toEqual(tableToRows(sample()));
    expect(rowAt(cols, 0)).toEqual({ year: 2015, small: 1, count: 12, rate: 1.5, big: 0, name: 'Mariestad', prel: true, date: '2020-01-02' });
    expect(rowAt(cols, 1)).toEqual({ year: 2016, small: null, count: null, rate: 2.25, big: 4294967295, name: null, prel: false, date: null });
  });
});

describe('tableToColumns reads Arrow’s buffers chunk by chunk', () => {
  const part = (names: (string | null)[], flags: (boolean | null)[], n: (number | null)[]) =>
    new Table({ s: vectorFromArray(names, new Utf8()), b: vectorFromArray(flags, new Bool()), n: vectorFromArray(n, new Int32()) });
  const first = part(['Töreboda', null, 'Mariestad'], [true, null, false], [1, 2, null]);
  const second = part(['Gullspång 😀', 'ÅÄÖ', ''], [null, true, true], [null, 5, 6]);

  it('decodes UTF-8 beyond ASCII (å, ö, a four-byte emoji) and keeps nulls', () => {
    const cols = tableToColumns(second);
    expect(column(cols, 's')?.values).toEqual(['Gullspång 😀', 'ÅÄÖ', '']);
    expect(column(cols, 'b')?.values).toEqual([null, true, true]);
  });

  it('reads every chunk of a vector in order', () => {
    const both = first.concat(second);
    expect(both.getChild('s')?.data.length).toBe(2);
    const cols = tableToColumns(both);
    expect(column(cols, 's')?.values).toEqual(['Töreboda', null, 'Mariestad', 'Gullspång 😀', 'ÅÄÖ', '']);
    expect(column(cols, 'b')?.values).toEqual([true, null, false, null, true, true]);
    const n = column(cols, 'n');
    expect(n?.kind === 'int' ? [Array.from(n.values), Array.from(n.nulls ?? [])] : null).toEqual([
      [1, 2, 0, 0, 5, 6],
      [0, 0, 1, 1, 0, 0],
    ]);
    expect(rowsOf(cols)).toEqual(tableToRows(both));
  });

  it('reads a slice (chunks that start inside their buffers)', () => {
    const sliced = first.concat(second).slice(2, 5);
    expect(rowsOf(tableToColumns(sliced))).toEqual([
      { s: 'Mariestad', b: false, n: null },
      { s: 'Gullspång 😀', b: null, n: null },
      { s: 'ÅÄÖ', b: true, n: 5 },
    ]);
  });
});

describe('rowsOf pages', () => {
  const cols = columnsFromRows(Array.from({ length: 25 }, (_, i) => ({ i, even: i % 2 === 0 })));

  it('builds only the rows of the page asked for', () => {
    expect(rowsOf(cols, 10, 3)).toEqual([
      { i: 10, even: true },
      { i: 11, even: false },
      { i: 12, even: true },
    ]);
    expect(rowsOf(cols, 20, 10).map((r) => r.i)).toEqual([20, 21, 22, 23, 24]);
    expect(rowsOf(cols, 30, 10)).toEqual([]);
    expect(rowsOf(cols, -5, 2).map((r) => r.i)).toEqual([0, 1]);
    expect(rowsOf(cols, 3, 0)).toEqual([]);
    expect(rowsOf(cols)).toHaveLength(25);
  });

  it('rowsAt and indexesWhere pick rows by a string column', () => {
    const named = columnsFromRows([{ k: '1493' }, { k: '00' }, { k: null }, { k: '1494' }, { k: '1493' }]);
    expect(indexesWhere(named, 'k', ['1493', '1494'])).toEqual([0, 3, 4]);
    expect(rowsAt(named, [3, 0])).toEqual([{ k: '1494' }, { k: '1493' }]);
    expect(indexesWhere(named, 'nonesuch', ['1493'])).toEqual([]);
  });
});

describe('columnsFromRows', () => {
  it('reads each column’s kind from its values', () => {
    const cols = columnsFromRows([
      { n: 1, x: 0.5, s: 'a', b: true, z: null, m: 1 },
      { n: null, x: 2, s: null, b: null, z: null, m: 'två' },
    ]);
    expect(cols.columns.map((c) => c.kind)).toEqual(['int', 'float', 'string', 'boolean', 'other', 'other']);
    const n = column(cols, 'n');
    expect(n?.kind === 'int' ? Array.from(n.nulls ?? []) : null).toEqual([0, 1]);
    expect(rowsOf(cols)).toEqual([
      { n: 1, x: 0.5, s: 'a', b: true, z: null, m: 1 },
      { n: null, x: 2, s: null, b: null, z: null, m: 'två' },
    ]);
  });

  it('integers beyond 32 bits stay exact in a Float64Array', () => {
    const cols = columnsFromRows([{ v: 3_000_000_000 }, { v: -1 }]);
    expect(column(cols, 'v')?.values).toBeInstanceOf(Float64Array);
    expect(rowsOf(cols)).toEqual([{ v: 3_000_000_000 }, { v: -1 }]);
  });

  it('takes the names given (a row without a key reads null) and an empty result keeps them', () => {
    expect(rowsOf(columnsFromRows([{ a: 1 }, { b: 'x' }], ['a', 'b']))).toEqual([
      { a: 1, b: null },
      { a: null, b: 'x' },
    ]);
    const empty = columnsFromRows([], ['year', 'count']);
    expect(empty.length).toBe(0);
    expect(empty.names).toEqual(['year', 'count']);
    expect(rowsOf(empty)).toEqual([]);
  });
});
