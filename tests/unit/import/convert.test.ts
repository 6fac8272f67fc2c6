import { describe, expect, it } from 'vitest';
import { convertRows } from '../../../src/lib/import/convert';
import { emptyMapping } from '../../../src/lib/import/layout';
import { jsonStatTable, koladaTable } from '../../../src/lib/import/json';
import type { ImportContext, Mapping, RawTable } from '../../../src/lib/import/types';

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
const bra: Mapping = { ...emptyMapping('crimes', 'bra-kommun'), municipality: 0, count: 1, yearValue: 2020, categoryValue: 'totalt', dashIsZero: true };
const raw = (...rows: string[][]): RawTable => ({ columns: ['Kommun', 'Antal'], rows, firstRow: 2 });

describe('convertRows: the validation rules', () => {
  it.each([
    { name: 'negative count', rows: [['Mariestad', '-3']], issue: { row: 2, column: 'Antal', value: '-3', message: 'Negativt antal.' } },
    { name: 'decimal count', rows: [['Mariestad', '3,5']], issue: { row: 2, column: 'Antal', value: '3,5', message: 'Antal måste vara ett heltal.' } },
    { name: 'text as count', rows: [['Mariestad', 'x']], issue: { row: 2, column: 'Antal', value: 'x', message: 'Värdet för antal är inte ett tal.' } },
    { name: 'unknown municipality', rows: [['Atlantis', '3']], issue: { row: 2, column: 'Kommun', value: 'Atlantis', message: 'Okänd kommun.' } },
    { name: 'empty municipality', rows: [['', '3']], issue: { row: 2, column: 'Kommun', value: '', message: 'Kommun saknas.' } },
    { name: 'duplicate', rows: [['Mariestad', '3'], ['Mariestads kommun', '4']], issue: { row: 3, column: 'Kommun', value: 'Mariestads kommun', message: 'Dubblett: samma år, kommun och kategori som rad 2.' } },
  ])('$name', ({ rows, issue }) => {
    expect(convertRows(raw(...rows), bra, ctx, 's').issues[0]).toEqual(issue);
  });

  it('year out of range and unknown category', () => {
    const m: Mapping = { ...bra, yearValue: null, year: 2, categoryValue: null, category: 3 };
    const r: RawTable = { columns: ['Kommun', 'Antal', 'År', 'Brott'], rows: [['Mariestad', '1', '1900', 'totalt'], ['Mariestad', '1', '2020', 'okänt']], firstRow: 2 };
    expect(convertRows(r, m, ctx, 's').issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, 'År', 'Året ligger utanför 1950–2030.'],
      [3, 'Brott', 'Okänd brottskategori.'],
    ]);
  });

  it('`..` is null, `-` is 0, other municipalities are skipped', () => {
    const out = convertRows(raw(['Mariestad', '..'], ['Skövde', '-'], ['Stockholms stad', '9']), bra, ctx, 'BRÅ (import: f.csv)');
    expect(out.issues).toEqual([]);
    expect(out.records).toEqual([
      { year: 2020, kommunkod: '1493', category_id: 'totalt', count: null, preliminary: false, source: 'BRÅ (import: f.csv)' },
      { year: 2020, kommunkod: '1496', category_id: 'totalt', count: 0, preliminary: false, source: 'BRÅ (import: f.csv)' },
    ]);
    expect([...out.skipped.municipalities]).toEqual(['Stockholms stad']);
  });

  it('a rate per 100 000 becomes a count with the population', () => {
    const out = convertRows(raw(['1493', '1000,0']), { ...bra, ratePer100k: true }, ctx, 's');
    expect(out.records[0]).toMatchObject({ count: 240 });
  });
});

describe('JSON shapes', () => {
  it('Kolada: the total (gender T), nulls kept', () => {
    const t = koladaTable({ values: [
      { kpi: 'N01951', municipality: '1493', period: 2020, values: [{ gender: 'K', value: 1 }, { gender: 'T', value: 24000, status: '' }] },
      { kpi: 'N01951', municipality: '1496', period: 2020, values: [{ gender: 'T', value: null, status: 'Missing' }] },
    ] });
    expect(t.rows).toEqual([['N01951', '1493', '2020', '24000', ''], ['N01951', '1496', '2020', null, 'Missing']]);
  });
  it('json-stat2: row-major over the dimensions, `..` status as the cell', () => {
    const t = jsonStatTable({ class: 'dataset', id: ['Region', 'Tid'], size: [2, 2],
      dimension: { Region: { category: { index: { '1493': 0, '1496': 1 } } }, Tid: { category: { index: { '2023': 0, '2024': 1 } } } },
      value: [1, 2, 3, null], status: { '3': '..' } });
    expect(t.columns).toEqual(['Region', 'Tid', 'value']);
    expect(t.rows).toEqual([['1493', '2023', '1'], ['1493', '2024', '2'], ['1496', '2023', '3'], ['1496', '2024', '..']]);
  });
});
