/** Survey results through the import pipeline against real DuckDB: the documented CSV layout and a Kolada survey KPI. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { checksumQuery } from '../../src/lib/import/datasets';
import { asKoladaSurvey, missingFields } from '../../src/lib/import/layout';
import { emptySurveyDraft, withSurveyDraft } from '../../src/lib/import/survey-dialog';
import { loadContext, prepareImport, type Prepared } from '../../src/lib/import/pipeline';
import { ImportFailure, type Mapping } from '../../src/lib/import/types';
import { importPrepared } from '../../src/lib/persist/imports';
import { restoreImports } from '../../src/lib/persist/restore';
import { memoryStore, type ImportStore } from '../../src/lib/persist/store';
import { input, utf8 } from '../fixtures/import/files';

let conn: Connector;
let store: ImportStore;

beforeAll(async () => {
  conn = await openNodeDbWithData();
  store = memoryStore();
});

async function prepare(name: string, text: string): Promise<Prepared> {
  return prepareImport(conn, input(name, utf8(text)), await loadContext(conn));
}
async function doImport(p: Prepared, mapping: Mapping = p.mapping) {
  return importPrepared(conn, store, p, mapping, await loadContext(conn));
}
const surveyRows = (source: string) =>
  conn.query({
    sql: `SELECT year, kommunkod, area, question_id, question, subgroup, kind, respondents, positive, share, index_value, index_low, index_high, deff, better
          FROM survey_results WHERE source = ? ORDER BY question_id, area NULLS FIRST, subgroup NULLS FIRST`,
    params: [source],
  });
const checksum = () => conn.query(checksumQuery());

/** The layout of data/README.md, written as a municipality would: `;`, decimal commas, Swedish words for better. */
const SURVEY = [
  'year;kommunkod;area;question_id;question;subgroup;kind;respondents;positive;share;index_value;index_low;index_high;deff;better;source',
  '2024;1493;;trygg_kvall;Känner sig trygg sent på kvällen;;proportion;500;340;;;;;;högre;',
  '2024;1493;Centrum;trygg_kvall;Känner sig trygg sent på kvällen;unga 16–24 år;;120;;0,55;;;;1,4;higher;',
  '2024;Mariestad;;utsatt_brott;Utsatt för brott;;andel;480;62;0,1292;;;;;lägre;',
  '2024;1493;;trygghetsindex;Trygghetsindex;;index;500;;;63,5;61,2;65,8;;higher;',
].join('\n');

describe('the shipped survey results', () => {
  it('are loaded into survey_results, all exempeldata', async () => {
    const rows = await conn.query({ sql: 'SELECT source, count(*)::INTEGER AS n FROM survey_results GROUP BY source', params: [] });
    expect(rows).toEqual([{ source: 'exempeldata', n: 125 }]);
  });
});

describe('importing the survey CSV layout', () => {
  it('recognises the layout and stores every row as given', async () => {
    const p = await prepare('trygghet-2024.csv', SURVEY);
    expect(p.mapping).toMatchObject({ layout: 'enkat', target: 'survey_results' });
    expect(missingFields(p.mapping)).toEqual([]);
    const done = await doImport(p);
    expect(done.stored.rows).toBe(4);
    const rows = await surveyRows('Enkät (import: trygghet-2024.csv)');
    expect(rows).toEqual([
      { year: 2024, kommunkod: '1493', area: null, question_id: 'trygg_kvall', question: 'Känner sig trygg sent på kvällen', subgroup: null, kind: 'proportion', respondents: 500, positive: 340, share: 0.68, index_value: null, index_low: null, index_high: null, deff: null, better: 'higher' },
      { year: 2024, kommunkod: '1493', area: 'Centrum', question_id: 'trygg_kvall', question: 'Känner sig trygg sent på kvällen', subgroup: 'unga 16–24 år', kind: 'proportion', respondents: 120, positive: null, share: 0.55, index_value: null, index_low: null, index_high: null, deff: 1.4, better: 'higher' },
      { year: 2024, kommunkod: '1493', area: null, question_id: 'trygghetsindex', question: 'Trygghetsindex', subgroup: null, kind: 'index', respondents: 500, positive: null, share: null, index_value: 63.5, index_low: 61.2, index_high: 65.8, deff: null, better: 'higher' },
      { year: 2024, kommunkod: '1493', area: null, question_id: 'utsatt_brott', question: 'Utsatt för brott', subgroup: null, kind: 'proportion', respondents: 480, positive: 62, share: 62 / 480, index_value: null, index_low: null, index_high: null, deff: null, better: 'lower' },
    ]);
  });

  it('replaces rows with the same key on a new import, also where area and subgroup are empty', async () => {
    const again = SURVEY.replace(';500;340;', ';500;350;');
    await doImport(await prepare('trygghet-2024-rättad.csv', again));
    const n = await conn.query({ sql: "SELECT count(*)::INTEGER AS n FROM survey_results WHERE year = 2024 AND question_id = 'trygg_kvall' AND area IS NULL AND subgroup IS NULL", params: [] });
    expect(n).toEqual([{ n: 1 }]);
    const positive = await conn.query({ sql: "SELECT positive FROM survey_results WHERE year = 2024 AND question_id = 'trygg_kvall' AND area IS NULL AND subgroup IS NULL", params: [] });
    expect(positive).toEqual([{ positive: 350 }]);
  });

  const head = SURVEY.split('\n')[0] ?? '';
  const good = '2023;1493;;trygg_kvall;Trygg;;proportion;500;340;;;;;;higher;';
  it.each([
    ['more positive answers than respondents', '2023;1493;;utsatt_brott;Utsatt;;proportion;100;140;;;;;;lower;', /mellan 0 och antal svarande \(100\)/, { row: 3, column: 'positive', value: '140' }],
    ['a share above 1', '2023;1493;;utsatt_brott;Utsatt;;proportion;100;;62;;;;;lower;', /mellan 0 och 1/, { row: 3, column: 'share', value: '62' }],
    ['a share that contradicts x of n', '2023;1493;;utsatt_brott;Utsatt;;proportion;100;20;0,3;;;;;lower;', /stämmer inte med 20 av 100/, { row: 3, column: 'share', value: '0,3' }],
    ['no direction of better', '2023;1493;;utsatt_brott;Utsatt;;proportion;100;20;;;;;;bra;', /higher.*lower/, { row: 3, column: 'better', value: 'bra' }],
    ['a design effect below 1', '2023;1493;;utsatt_brott;Utsatt;;proportion;100;20;;;;;0,8;lower;', /Designeffekten/, { row: 3, column: 'deff', value: '0,8' }],
    ['an index outside its interval', '2023;1493;;trygghetsindex;Index;;index;;;;70;61;65;;higher;', /inte inom sitt intervall/, { row: 3, column: 'index_value', value: '70' }],
    ['an unknown municipality', '2023;Marriestad;;utsatt_brott;Utsatt;;proportion;100;20;;;;;;lower;', /Okänd kommun/, { row: 3, column: 'kommunkod', value: 'Marriestad' }],
    ['a duplicate key', good, /Dubblett.*rad 2/, { row: 3, column: 'question_id', value: 'trygg_kvall' }],
  ])('%s: names file, row, column and value, and changes nothing', async (_what, bad, message, where) => {
    const before = await checksum();
    const name = 'enkät-fel.csv';
    const err = await doImport(await prepare(name, [head, good, bad].join('\n'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFailure);
    const failure = err as ImportFailure;
    expect(failure.message).toContain(name);
    expect(failure.issues[0]?.message).toMatch(message);
    expect(failure.issues[0]).toMatchObject(where);
    expect(await checksum()).toEqual(before);
  });
});

/** A Kolada v2 response for a survey KPI: a share in percent, gender T/K/M (test id, not a real KPI). */
function koladaSurveyJson(): string {
  const value = (municipality: string, period: number, t: number | null) => ({
    kpi: 'U99901',
    municipality,
    period,
    values: [
      { count: 1, gender: 'T', status: t === null ? 'Missing' : '', value: t },
      { count: 1, gender: 'K', status: '', value: 70 },
    ],
  });
  return JSON.stringify({ count: 3, next_page: null, values: [value('1493', 2022, 81.5), value('1494', 2022, 77), value('1493', 2021, null)] });
}

describe('importing a Kolada survey KPI', () => {
  it('keeps the KPI id and title, reads the percent as a share, and stores withheld values as nothing', async () => {
    const p = await prepare('kolada-U99901.json', koladaSurveyJson());
    expect(p.mapping.target).toBe('crimes'); // an unknown KPI: the user says what it is
    const mapping = asKoladaSurvey(p.mapping, 'U99901', 'Elever i åk 9: Jag känner mig trygg i skolan, andel (%)', 'higher');
    expect(missingFields(mapping)).toEqual([]);
    await doImport(p, mapping);
    const rows = await conn.query({ sql: "SELECT kommunkod, year, question_id, question, share, respondents, kind, better, source FROM survey_results WHERE question_id = 'U99901' ORDER BY kommunkod", params: [] });
    expect(rows).toEqual([
      { kommunkod: '1493', year: 2022, question_id: 'U99901', question: 'Elever i åk 9: Jag känner mig trygg i skolan, andel (%)', share: 0.815, respondents: null, kind: 'proportion', better: 'higher', source: 'Kolada U99901 (import: kolada-U99901.json)' },
      { kommunkod: '1494', year: 2022, question_id: 'U99901', question: 'Elever i åk 9: Jag känner mig trygg i skolan, andel (%)', share: 0.77, respondents: null, kind: 'proportion', better: 'higher', source: 'Kolada U99901 (import: kolada-U99901.json)' },
    ]);
  });

  it('asks for the title and the direction when they are not given', async () => {
    const p = await prepare('kolada-U99901.json', koladaSurveyJson());
    const bare: Mapping = { ...p.mapping, target: 'survey_results' };
    expect(missingFields(bare)).toEqual(expect.arrayContaining(['question', 'better']));
  });
});

describe('the mapping dialog’s Enkätresultat with a column of positive answers', () => {
  // A layout the app does not know: the person picks the columns in the dialog.
  const FILE = ['År;Kommun;Andel trygga (%);Antal svarande;Antal trygga', '2023;1493;62,5;240;150', '2023;1494;50,0;100;50'].join('\n');

  it('stores the positive answers and takes the share from them', async () => {
    const p = await prepare('trygghet-dialog.csv', FILE);
    const base: Mapping = { ...p.mapping, target: 'survey_results', year: 0, municipality: 1, count: 2 };
    const mapping = withSurveyDraft(base, { ...emptySurveyDraft(base), questionId: 'dlg_trygg', question: 'Känner sig trygg (dialog)', better: 'higher', respondents: 3, positive: 4 });
    expect(missingFields(mapping)).toEqual([]);
    await doImport(p, mapping);
    const rows = await conn.query({ sql: "SELECT kommunkod, respondents, positive, share FROM survey_results WHERE question_id = 'dlg_trygg' ORDER BY kommunkod", params: [] });
    // 150 of 240 = 0,625 and 50 of 100 = 0,5, as the file's percent column says.
    expect(rows).toEqual([
      { kommunkod: '1493', respondents: 240, positive: 150, share: 0.625 },
      { kommunkod: '1494', respondents: 100, positive: 50, share: 0.5 },
    ]);
  });

  it('a positive count the share column contradicts is refused, naming the row', async () => {
    const p = await prepare('trygghet-fel.csv', FILE.replace('240;150', '240;120'));
    const base: Mapping = { ...p.mapping, target: 'survey_results', year: 0, municipality: 1, count: 2 };
    const mapping = withSurveyDraft(base, { ...emptySurveyDraft(base), questionId: 'dlg_fel', question: 'Fel', better: 'higher', respondents: 3, positive: 4 });
    const err = await doImport(p, mapping).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFailure);
    const issue = (err as ImportFailure).issues[0];
    expect(issue?.message).toMatch(/120 av 240/);
    expect(issue).toMatchObject({ row: 2, column: 'Andel trygga (%)', value: '62,5' });
  });
});

describe('kept survey imports', () => {
  it('come back on a fresh database', async () => {
    const fresh = await openNodeDbWithData();
    const restored = await restoreImports(fresh, store);
    expect(restored.failed).toEqual([]);
    expect(await fresh.query(checksumQuery())).toEqual(await checksum());
    const n = await fresh.query({ sql: "SELECT count(*)::INTEGER AS n FROM survey_results WHERE source <> 'exempeldata'", params: [] });
    expect(n[0]?.n).toBeGreaterThanOrEqual(6);
  });
});
