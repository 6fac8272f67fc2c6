import { describe, expect, it } from 'vitest';
import { fileStem, tableToCsv } from '../../../src/lib/export/table-csv';
import { parseCsv } from '../../../src/lib/export/csv';
import { seriesTable, stackTable, type TableData } from '../../../src/lib/shape/tables';
import { crimeSeriesFor } from '../../../src/lib/shape/crime-series';
import { formatRate } from '../../../src/lib/format/number';
import type { CrimeRow } from '../../../src/lib/queries/crimes';

const crime = (year: number, kommunkod: string, count: number | null, population: number, source = 'BRÅ'): CrimeRow => ({
  year, kommunkod, municipality: kommunkod === '00' ? 'Riket' : 'Mariestad', category_id: 'totalt', category: 'Totalt',
  count, population, preliminary: false, source, population_source: null,
});

describe('tableToCsv from seriesTable', () => {
  const series = crimeSeriesFor(
    [crime(2015, '1493', 2400, 24000), crime(2016, '1493', 2, 24000, 'exempeldata'), crime(2015, '00', 1_000_000, 9_800_000)],
    'totalt', 'rate', ['1493', '00'],
  );
  const csv = parseCsv(tableToCsv(seriesTable(series, formatRate, true)));
  it('has the value and interval bounds per series with their unit, and a note column', () => {
    const u = ' (anmälda brott per 100 000 invånare)';
    expect(csv[0]).toEqual([
      'År', `Mariestad${u}`, `Mariestad, 95 % KI nedre${u}`, `Mariestad, 95 % KI övre${u}`, `Riket${u}`, `Riket, 95 % KI nedre${u}`, `Riket, 95 % KI övre${u}`, 'Anmärkning',
    ]);
  });
  it('writes rates rounded as the table shows them (no decimals from 100 up), with a decimal comma', () => {
    expect(csv[1]?.[0]).toBe('2015');
    expect(csv[1]?.[1]).toBe('10000');
    // 1 000 000 / 9 800 000 × 100 000 = 10 204,08… → 10 204 as shown.
    expect(csv[1]?.[4]).toBe('10204');
    for (const cell of csv.slice(1).flat()) expect(cell).not.toMatch(/,\d{2,}$/);
  });
  it('keeps one decimal below 100, as formatRate shows it', () => {
    const low = crimeSeriesFor([crime(2015, '1493', 10, 24000)], 'totalt', 'rate', ['1493']);
    // 10 / 24 000 × 100 000 = 41,666… → 41,7.
    expect(parseCsv(tableToCsv(seriesTable(low, formatRate, true)))[1]?.[1]).toBe('41,7');
  });
  it('ends, after an empty line, with the notes it is given', () => {
    const lines = parseCsv(tableToCsv(seriesTable(series, formatRate, true), ['Totalt', 'Mariestad, 2015–2016: anmälda brott.', 'Källa: BRÅ.']));
    expect(lines.slice(-4)).toEqual([[''], ['Totalt'], ['Mariestad, 2015–2016: anmälda brott.'], ['Källa: BRÅ.']]);
  });
  it('never writes a count too small to show, and names example values', () => {
    expect(csv[2]?.slice(1, 4)).toEqual(['<3 fall', '', '']);
    expect(csv[2]?.[7]).toBe('Mariestad: exempeldata');
  });
});

describe('tableToCsv from stackTable and from text-only tables', () => {
  it('writes stack values and the total as numbers', () => {
    const t = stackTable([{ x: '2018', values: { polis: 1200, kommun: 3 } }], [{ id: 'polis', label: 'Polisen' }, { id: 'kommun', label: 'Kommunen' }], 'År', String);
    expect(parseCsv(tableToCsv(t))).toEqual([['År', 'Polisen', 'Kommunen', 'Totalt'], ['2018', '1200', '3', '1203']]);
  });
  it('reads the numbers back from the text of a table without raw values', () => {
    const t: TableData = {
      columns: [{ key: 'v', label: 'Plats', numeric: false }, { key: 'n', label: 'Antal', numeric: true }],
      rows: [{ v: '=Torget', n: '1\u00a0234' }, { v: 'Hamnen', n: '−5' }, { v: 'Parken', n: 'ej angivet' }],
    };
    expect(parseCsv(tableToCsv(t))).toEqual([['Plats', 'Antal'], ["'=Torget", '1234'], ['Hamnen', '-5'], ['Parken', 'ej angivet']]);
  });
});

describe('fileStem', () => {
  it.each([
    ['Stöld: anmälda brott per 100 000 invånare', 'stold-anmalda-brott-per-100-000-invanare'],
    ['Insatser per år och aktör (antal tillfällen)', 'insatser-per-ar-och-aktor-antal-tillfallen'],
    ['???', 'export'],
  ])('%j → %j', (title, stem) => {
    expect(fileStem(title)).toBe(stem);
  });
});
