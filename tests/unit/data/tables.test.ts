import { describe, expect, it } from 'vitest';
import { isRead, readSet, transactionStep, writeSet } from '../../../src/lib/data/tables';

describe('which tables a statement writes', () => {
  it.each([
    ['INSERT INTO activities VALUES (?, ?)', ['activities']],
    ['DELETE FROM crimes t USING stage_crimes s WHERE t.year = s.year', ['crimes']],
    ['UPDATE population SET population = 1', ['population']],
    ["CREATE OR REPLACE TABLE crimes AS SELECT * FROM read_csv('mbl-filer/crimes.csv')", ['crimes']],
    ['CREATE OR REPLACE TEMP TABLE stage_x AS SELECT 1', ['stage_x']],
    ['DROP TABLE IF EXISTS main."Survey_Results"', ['survey_results']],
    ["SELECT 'INSERT INTO crimes' AS text FROM activities", []],
    ['SELECT * FROM crimes -- DELETE FROM population', []],
  ])('%s', (sql, expected) => {
    expect([...writeSet(sql)].sort()).toEqual(expected);
  });
});

describe('reads', () => {
  it.each([
    ['SELECT * FROM crimes', true],
    ['  WITH a AS (SELECT 1) SELECT * FROM a', true],
    ['(SELECT 1) UNION ALL (SELECT 2)', true],
    ['INSERT INTO crimes SELECT * FROM stage', false],
    ['BEGIN TRANSACTION', false],
    ['SET threads = 1', false],
  ])('%s → %s', (sql, expected) => {
    expect(isRead(sql)).toBe(expected);
  });

  it('counts every identifier outside strings and comments as a table it may read', () => {
    const words = readSet("SELECT c.year FROM crimes c JOIN \"Population\" p ON p.year = c.year WHERE c.source = 'activities' /* venues */");
    expect(words.has('crimes')).toBe(true);
    expect(words.has('population')).toBe(true);
    expect(words.has('activities')).toBe(false);
    expect(words.has('venues')).toBe(false);
  });

  it.each([
    ['BEGIN TRANSACTION', 'begin'],
    ['commit', 'commit'],
    ['ROLLBACK', 'rollback'],
    ['SELECT 1', null],
  ])('%s is a transaction step %s', (sql, expected) => {
    expect(transactionStep(sql)).toBe(expected);
  });
});
