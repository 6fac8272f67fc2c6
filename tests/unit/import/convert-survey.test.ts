import { describe, expect, it } from 'vitest';
import { convertSurveyRows } from '../../../src/lib/import/convert-survey';
import { detectLayout, asKoladaSurvey } from '../../../src/lib/import/layout';
import type { SurveyRecord } from '../../../src/lib/import/survey-types';
import type { ImportContext, RawTable } from '../../../src/lib/import/types';

const ctx: ImportContext = {
  municipalities: [{ kommunkod: '1493', name: 'Mariestad' }],
  categories: [],
  population: new Map(),
  minYear: 1950,
  maxYear: 2030,
};
const COLUMNS = ['year', 'kommunkod', 'area', 'question_id', 'question', 'subgroup', 'kind', 'respondents', 'positive', 'share', 'index_value', 'index_low', 'index_high', 'deff', 'better'];

/** One data row of the survey layout, given by column name. */
function convert(cells: Readonly<Record<string, string>>) {
  const base = { year: '2023', kommunkod: '1493', question_id: 'q', question: 'Fråga', better: 'higher' };
  const all: Readonly<Record<string, string | undefined>> = { ...base, ...cells };
  const raw: RawTable = { columns: COLUMNS, rows: [COLUMNS.map((c) => all[c] ?? null)], firstRow: 2 };
  const m = detectLayout(raw, 'enkat.csv', ctx, true);
  if (!m.survey) throw new Error('not detected as a survey');
  return convertSurveyRows(raw, m, m.survey, ctx, 'Enkät (import: enkat.csv)');
}

describe('convertSurveyRows: valid rows', () => {
  it.each<{ name: string; cells: Parameters<typeof convert>[0]; expected: Partial<SurveyRecord> }>([
    { name: 'x of n gives the exact share', cells: { respondents: '400', positive: '100' }, expected: { kind: 'proportion', share: 0.25, positive: 100, respondents: 400 } },
    { name: 'a share with its n keeps positive empty', cells: { respondents: '400', share: '0,25' }, expected: { share: 0.25, positive: null } },
    { name: 'a share that agrees with x of n after rounding', cells: { respondents: '3', positive: '1', share: '0,3333' }, expected: { share: 1 / 3 } },
    { name: 'andel is proportion', cells: { kind: 'Andel', respondents: '10', positive: '5' }, expected: { kind: 'proportion' } },
    { name: 'an index without a kind column', cells: { index_value: '63,5', index_low: '61', index_high: '66' }, expected: { kind: 'index', index_value: 63.5, index_low: 61, index_high: 66, share: null } },
    { name: 'an index without an interval', cells: { kind: 'index', index_value: '2,9' }, expected: { index_value: 2.9, index_low: null } },
    { name: 'Swedish for better, empty area and subgroup as null', cells: { better: 'lägre', respondents: '50', positive: '5' }, expected: { better: 'lower', area: null, subgroup: null } },
    { name: 'the design effect', cells: { respondents: '50', positive: '5', deff: '1,25' }, expected: { deff: 1.25 } },
    { name: 'respondents with a space between thousands', cells: { respondents: '1 200', positive: '600' }, expected: { respondents: 1200 } },
  ])('$name', ({ cells, expected }) => {
    const r = convert(cells);
    expect(r.issues).toEqual([]);
    expect(r.records[0]).toMatchObject(expected);
  });
});

describe('convertSurveyRows: every issue names row, column and value', () => {
  it.each<{ name: string; cells: Parameters<typeof convert>[0]; column: string; message: RegExp }>([
    { name: 'positive without respondents', cells: { positive: '5' }, column: 'respondents', message: /Antal svarande saknas/ },
    { name: 'neither positive nor share', cells: { respondents: '50' }, column: 'positive', message: /saknas/ },
    { name: 'respondents 0', cells: { respondents: '0', positive: '0' }, column: 'respondents', message: /minst 1/ },
    { name: 'respondents in decimals', cells: { respondents: '50,5', positive: '5' }, column: 'respondents', message: /heltal/ },
    { name: 'an ambiguous thousand', cells: { respondents: '1.000', positive: '5' }, column: 'respondents', message: /Tvetydigt/ },
    { name: 'a share in percent', cells: { respondents: '50', share: '62' }, column: 'share', message: /mellan 0 och 1/ },
    { name: 'an unknown kind', cells: { kind: 'medel', respondents: '50', positive: '5' }, column: 'kind', message: /Okänd typ/ },
    { name: 'half an interval', cells: { index_value: '60', index_low: '58' }, column: 'index_high', message: /både nedre och övre/ },
    { name: 'no question id', cells: { question_id: '', respondents: '5', positive: '1' }, column: 'question_id', message: /id/ },
    { name: 'a year that is not one', cells: { year: 'i fjol', respondents: '5', positive: '1' }, column: 'year', message: /årtal/ },
  ])('$name', ({ cells, column, message }) => {
    const r = convert(cells);
    expect(r.records).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ row: 2, column });
    expect(r.issues[0]?.message).toMatch(message);
  });
});

describe('a Kolada survey KPI', () => {
  const raw: RawTable = {
    columns: ['kpi', 'municipality', 'period', 'value', 'status'],
    rows: [['U99901', '1493', '2022', '81.5', ''], ['U99901', '1493', '2021', null, 'Missing'], ['U99901', '1493', '2020', '101', '']],
    firstRow: 1,
  };
  it('reads percent as a share, skips withheld values and refuses shares above 100 %', () => {
    const m = asKoladaSurvey(detectLayout(raw, 'k.json', ctx, true), 'U99901', 'Titel', 'higher');
    if (!m.survey) throw new Error('no survey mapping');
    // The pipeline refuses the whole file when there is an issue; the valid row is converted all the same.
    const r = convertSurveyRows(raw, m, m.survey, ctx, 'Kolada U99901 (import: k.json)');
    expect(r.issues).toEqual([{ row: 3, column: 'value', value: '101', message: 'Andelen måste ligga mellan 0 och 100 procent.' }]);
    expect(r.records).toEqual([expect.objectContaining({ question_id: 'U99901', question: 'Titel', share: 0.815, respondents: null, year: 2022 })]);
  });
});
