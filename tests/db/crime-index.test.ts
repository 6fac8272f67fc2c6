/**
 * The crime index on the real Node twin and the shipped data: for every municipality and several
 * questions it gives exactly what DuckDB's crime series query gives, and a write to a table it was
 * read from drops it, so the next answers come from DuckDB with the new rows and it is filled again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import { Coordinator } from '../../src/lib/data/coordinator';
import { run } from '../../src/lib/db/run';
import { rowsOf } from '../../src/lib/db/columns';
import { crimeSeriesQuery, type CrimeRow } from '../../src/lib/queries/crimes';
import { askCrimeParts, fillCrimeIndex } from '../../src/lib/state/crime-query';
import { answerFromIndex, chunkRanges } from '../../src/lib/shape/crime-index';
import type { Connector } from '../../src/lib/db/types';

let engine: Connector;
let c: Coordinator;
beforeAll(async () => {
  engine = await openNodeDbWithData();
  c = await Coordinator.open(engine);
});

describe('crime index', () => {
  it('answers every municipality exactly as the crime series query does, read in many chunks', async () => {
    // 40 rows a chunk: the shipped rows come in a few dozen chunks, as a national table would.
    const sent = c.stats.sent;
    const index = await fillCrimeIndex(c, 40);
    expect(index).not.toBeNull();
    // Four small questions (dictionaries, counts) and one per chunk.
    expect(c.stats.sent - sent).toBeGreaterThan(4 + 5);
    if (!index) return;
    const [total] = await run<{ n: number }>(engine, { sql: 'SELECT CAST(count(*) AS INTEGER) AS n FROM crimes', params: [] });
    expect(index.rows).toBe(total?.n);
    const codes = (await run<{ kommunkod: string }>(engine, { sql: 'SELECT kommunkod FROM municipalities ORDER BY kommunkod', params: [] })).map((r) => r.kommunkod);
    const questions = [
      { categoryIds: ['totalt', 'skadegorelse', 'misshandel', 'stold', 'narkotikabrott'], from: 2000, to: 2030 },
      { categoryIds: ['skadegorelse'], from: 2015, to: 2018 },
      { categoryIds: ['narkotikabrott', 'totalt', 'inget-sadant'], from: 2019, to: 2019 },
    ];
    let rows = 0;
    for (const q of questions) {
      for (const kod of [...codes, '9999']) {
        const expected = await run<CrimeRow>(engine, crimeSeriesQuery({ ...q, kommunkoder: [kod] }));
        expect(rowsOf(answerFromIndex(index, q, kod)), `${kod} ${q.categoryIds.join(',')} ${q.from}–${q.to}`).toEqual(expected);
        rows += expected.length;
      }
    }
    expect(rows).toBeGreaterThan(500);
    // The same question gives the same object (what is drawn from it is kept with it).
    expect(answerFromIndex(index, questions[1]!, '1493')).toBe(answerFromIndex(index, questions[1]!, '1493'));
  });

  it('answers from the index once filled, sending no query; a write to crimes drops it', async () => {
    await fillCrimeIndex(c);
    const ask = { kommunkoder: ['1493', '1494'], categoryIds: ['totalt'], from: 2010, to: 2024 };
    const sent = c.stats.sent;
    const before = await askCrimeParts(c, ask);
    expect(c.stats.sent).toBe(sent);
    const count2020 = (parts: Awaited<ReturnType<typeof askCrimeParts>>) => rowsOf(parts.get('1493')!).find((r) => r.year === 2020)?.count;
    const old = count2020(before);
    expect(typeof old).toBe('number');

    await c.writer.exec("UPDATE crimes SET count = count + 1000 WHERE kommunkod = '1493' AND category_id = 'totalt' AND year = 2020");
    const after = await askCrimeParts(c, ask);
    expect(c.stats.sent).toBeGreaterThan(sent);
    expect(count2020(after)).toBe(Number(old) + 1000);
    const refilled = await fillCrimeIndex(c);
    expect(refilled && rowsOf(answerFromIndex(refilled, ask, '1493')).find((r) => r.year === 2020)?.count).toBe(Number(old) + 1000);
    await c.writer.exec("UPDATE crimes SET count = count - 1000 WHERE kommunkod = '1493' AND category_id = 'totalt' AND year = 2020");
  });

  it('keeps the query’s order where categories share a sort order, and reads no categories as all', async () => {
    await c.writer.exec("UPDATE crime_categories SET sort_order = 5 WHERE category_id IN ('stold', 'misshandel', 'skadegorelse')");
    // A name that sorts otherwise than its id, so the tie-break by name is seen.
    await c.writer.exec("UPDATE crime_categories SET name = 'Alla sorters skadegörelse' WHERE category_id = 'skadegorelse'");
    const index = await fillCrimeIndex(c, 40);
    expect(index).not.toBeNull();
    if (!index) return;
    for (const q of [
      { categoryIds: ['skadegorelse', 'stold', 'misshandel', 'totalt'], from: 2015, to: 2020 },
      { categoryIds: [], from: 2018, to: 2019 },
    ]) {
      for (const kod of ['1493', '00', '1494']) {
        const expected = await run<CrimeRow>(engine, crimeSeriesQuery({ ...q, kommunkoder: [kod] }));
        expect(expected.length).toBeGreaterThan(0);
        expect(rowsOf(answerFromIndex(index, q, kod))).toEqual(expected);
      }
    }
    // The three tied categories come by name (Alla sorters …, Misshandel …, Stöld …), as the query orders them.
    const tied = rowsOf(answerFromIndex(index, { categoryIds: ['stold', 'skadegorelse', 'misshandel'], from: 2020, to: 2020 }, '1493')).map((r) => r.category_id);
    expect(tied).toEqual(['skadegorelse', 'misshandel', 'stold']);
    await c.writer.exec("UPDATE crime_categories SET name = 'Skadegörelse (inkl. mordbrand)' WHERE category_id = 'skadegorelse'");
    await c.writer.exec("UPDATE crime_categories SET sort_order = CASE category_id WHEN 'misshandel' THEN 3 WHEN 'stold' THEN 6 ELSE 7 END WHERE category_id IN ('stold', 'misshandel', 'skadegorelse')");
  });

  it('is dropped by a write to population, kept through a rolled-back transaction, and never kept when a write comes while it is filled', async () => {
    const first = await fillCrimeIndex(c);
    expect(first).not.toBeNull();
    await c.writer.exec('BEGIN TRANSACTION');
    await c.writer.exec("UPDATE population SET population = population + 1 WHERE kommunkod = '1493'");
    await c.writer.exec('ROLLBACK');
    expect(await fillCrimeIndex(c)).toBe(first);

    await c.writer.exec("UPDATE population SET population = population + 7 WHERE kommunkod = '1493' AND year = 2020");
    const filling = fillCrimeIndex(c, 40);
    // A write while it is being filled: that filling is thrown away, the next one reads the new rows.
    await c.writer.exec("UPDATE population SET population = population + 3 WHERE kommunkod = '1493' AND year = 2020");
    expect(await filling).toBeNull();
    const [now] = await run<{ population: number }>(engine, { sql: "SELECT population FROM population WHERE kommunkod = '1493' AND year = 2020", params: [] });
    const refilled = await fillCrimeIndex(c, 40);
    expect(refilled).not.toBe(first);
    expect(rowsOf(answerFromIndex(refilled!, { categoryIds: ['totalt'], from: 2020, to: 2020 }, '1493'))[0]?.population).toBe(now?.population);
    await c.writer.exec("UPDATE population SET population = population - 10 WHERE kommunkod = '1493' AND year = 2020");
  });

  it('a connector that does not say when tables are written gets no index', async () => {
    expect(await fillCrimeIndex(engine)).toBeNull();
  });
});

describe('chunkRanges', () => {
  it('cuts municipalities into runs of about the rows asked for, never splitting one', () => {
    const counts = [
      { kom: 0, n: 40 },
      { kom: 1, n: 40 },
      { kom: 2, n: 40 },
      { kom: 4, n: 150 },
      { kom: 5, n: 10 },
    ];
    expect(chunkRanges(counts, 100)).toEqual([
      [0, 1],
      [2, 2],
      [4, 4],
      [5, 5],
    ]);
    expect(chunkRanges(counts, 1000)).toEqual([[0, 5]]);
    expect(chunkRanges([], 100)).toEqual([]);
  });
});
