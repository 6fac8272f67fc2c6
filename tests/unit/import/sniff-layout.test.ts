import { describe, expect, it } from 'vitest';
import { columnCount, looksLikeHeader, sniffDelimiter, splitLine } from '../../../src/lib/import/sniff';
import { detectLayout, missingFields } from '../../../src/lib/import/layout';
import type { LayoutId, RawTable } from '../../../src/lib/import/types';

describe('sniffing delimited text', () => {
  it.each([
    { text: 'Kommun;Antal;Per 100 000 inv.\r\nMariestads kommun;2 537;10 254,3', delim: ';', columns: 3 },
    { text: 'year,kommunkod,count\n2020,1493,5', delim: ',', columns: 3 },
    { text: 'År\tKommun\tAntal\n2020\tMariestad\t1,5', delim: '\t', columns: 3 },
    { text: '"Stöld, rån";Antal\n"a;b";2', delim: ';', columns: 2 },
    { text: 'Mariestads kommun;12\nHjo kommun;3;1,0', delim: ';', columns: 3 },
  ])('$delim, $columns columns', ({ text, delim, columns }) => {
    expect(sniffDelimiter(text)).toBe(delim);
    expect(columnCount(text, sniffDelimiter(text))).toBe(columns);
  });
  it('splits quoted cells', () => {
    expect(splitLine('"a;b";"c""d";e', ';')).toEqual(['a;b', 'c"d', 'e']);
  });
  it.each([
    { first: ['Kommun', 'Antal'], second: ['Mariestad', '12'], expected: true },
    { first: ['Mariestads kommun', '2 537'], second: ['Hjo kommun', '3'], expected: false },
    { first: ['year', 'count'], second: undefined, expected: true },
  ])('header $first → $expected', ({ first, second, expected }) => {
    expect(looksLikeHeader(first, second)).toBe(expected);
  });
});

const categories = [{ category_id: 'skadegorelse', bra_id: 3151, name: 'Skadegörelse' }];
const table = (columns: string[], row: string[] = []): RawTable => ({ columns, rows: [row], firstRow: 2 });

describe('detectLayout', () => {
  it.each<{ name: string; raw: RawTable; file: string; header?: boolean; layout: LayoutId; target: string; missing: string[] }>([
    { name: 'BRÅ yearly file, year and category from the name', raw: table(['Kommun', 'Antal', 'Per 100 000 inv.']), file: 'bra-skadegorelse-2023.csv', layout: 'bra-kommun', target: 'crimes', missing: [] },
    { name: 'BRÅ yearly file without year or category', raw: table(['Kommun', 'Antal', 'Per 100 000 inv.']), file: 'kommuner.csv', layout: 'bra-kommun', target: 'crimes', missing: ['year', 'category'] },
    { name: 'BRÅ yearly file without header', raw: table(['Kolumn 1', 'Kolumn 2', 'Kolumn 3']), file: 'skadegorelse-2019.csv', header: false, layout: 'bra-kommun', target: 'crimes', missing: [] },
    { name: 'BRÅ database export', raw: table(['År', 'Månad', 'Kommun', 'Region_ID', 'Brott', 'Brott_ID', 'Antal', 'Per100000']), file: 'export.csv', layout: 'bra-databas', target: 'crimes', missing: [] },
    { name: 'Kolada population', raw: table(['kpi', 'municipality', 'period', 'value', 'status'], ['N01951', '1493', '2020', '24000', '']), file: 'k.json', layout: 'kolada', target: 'population', missing: [] },
    { name: 'Kolada unknown KPI', raw: table(['kpi', 'municipality', 'period', 'value', 'status'], ['N99999', '1493', '2020', '1', '']), file: 'k.json', layout: 'kolada', target: 'crimes', missing: ['category'] },
    { name: 'SCB population', raw: table(['Region', 'ContentsCode', 'Tid', 'value']), file: 'scb.json', layout: 'scb', target: 'population', missing: [] },
    { name: 'survey layout', raw: table(['year', 'kommunkod', 'area', 'question_id', 'question', 'subgroup', 'respondents', 'positive', 'better']), file: 'enkat.csv', layout: 'enkat', target: 'survey_results', missing: [] },
    { name: 'survey layout, index values only', raw: table(['year', 'kommunkod', 'question_id', 'question', 'index_value', 'index_low', 'index_high', 'better']), file: 'index.csv', layout: 'enkat', target: 'survey_results', missing: [] },
    { name: 'survey layout without the direction of better', raw: table(['year', 'kommunkod', 'question_id', 'question', 'respondents', 'share']), file: 'enkat.csv', layout: 'enkat', target: 'survey_results', missing: ['better'] },
    { name: 'survey layout without the question text or a value', raw: table(['year', 'kommunkod', 'question_id', 'respondents', 'better']), file: 'enkat.csv', layout: 'enkat', target: 'survey_results', missing: ['count', 'question'] },
    { name: 'our crimes.csv', raw: table(['year', 'kommunkod', 'category_id', 'count', 'preliminary', 'source']), file: 'crimes.csv', layout: 'egen', target: 'crimes', missing: [] },
    { name: 'our population.csv', raw: table(['year', 'kommunkod', 'population', 'source']), file: 'population.csv', layout: 'egen', target: 'population', missing: [] },
    { name: 'anything else', raw: table(['a', 'b', 'c', 'd']), file: 'x.csv', layout: 'okand', target: 'crimes', missing: ['year', 'municipality', 'category', 'count'] },
  ])('$name', ({ raw, file, header, layout, target, missing }) => {
    const m = detectLayout(raw, file, { categories }, header ?? true);
    expect(m.layout).toBe(layout);
    expect(m.target).toBe(target);
    expect(missingFields(m)).toEqual(missing);
  });
});
