import { describe, expect, it } from 'vitest';
import { checkReadOnly, groupColumns, maskSql } from '../../src/lib/queries/sql-console';

describe('checkReadOnly: allowed', () => {
  it.each([
    ['SELECT 1', 'SELECT 1'],
    ['  select * from venues;  ', 'select * from venues'],
    ['WITH t AS (SELECT 1 AS n) SELECT n FROM t;', 'WITH t AS (SELECT 1 AS n) SELECT n FROM t'],
    ['DESCRIBE crimes', 'DESCRIBE crimes'],
    ['SHOW TABLES', 'SHOW TABLES'],
    ['SUMMARIZE crimes', 'SUMMARIZE crimes'],
    ['EXPLAIN SELECT * FROM crimes', 'EXPLAIN SELECT * FROM crimes'],
    ['FROM venues LIMIT 3', 'FROM venues LIMIT 3'],
    ['-- en kommentar\nSELECT 1', '-- en kommentar\nSELECT 1'],
    ["SELECT 'DROP TABLE x; DELETE' AS t", "SELECT 'DROP TABLE x; DELETE' AS t"],
    ['SELECT "update", "set" FROM t', 'SELECT "update", "set" FROM t'],
    ['SELECT 1 /* ; INSERT */ AS n', 'SELECT 1 /* ; INSERT */ AS n'],
    ['SELECT 1; -- slut', 'SELECT 1'],
    ['SELECT 1;;', 'SELECT 1'],
    ["SELECT $$it's; DROP$$ AS s", "SELECT $$it's; DROP$$ AS s"],
  ])('%j', (input, sql) => {
    expect(checkReadOnly(input)).toEqual({ ok: true, sql });
  });
});

describe('checkReadOnly: refused, with a Swedish reason', () => {
  it.each([
    ['', /Skriv en fråga/],
    ['  ;  -- bara kommentar', /Skriv en fråga/],
    ['SELECT 1; SELECT 2', /en fråga i taget/],
    ['SELECT 1; DROP TABLE crimes', /en fråga i taget/],
    ['DROP TABLE crimes', /”DROP” körs inte/],
    ['delete from crimes', /”DELETE” körs inte/],
    ['INSERT INTO venues VALUES (1)', /”INSERT”/],
    ['UPDATE crimes SET count = 0', /”UPDATE”/],
    ['CREATE TABLE x AS SELECT 1', /”CREATE”/],
    ["COPY crimes TO 'x.csv'", /”COPY”/],
    ["ATTACH 'x.db'", /”ATTACH”/],
    ['INSTALL httpfs', /”INSTALL”/],
    ['LOAD httpfs', /”LOAD”/],
    ['PRAGMA version', /”PRAGMA”/],
    ['SET threads = 1', /”SET”/],
    ['BEGIN TRANSACTION', /”BEGIN”/],
    ['COMMIT', /”COMMIT”/],
    ['CALL pragma_version()', /”CALL”/],
    ['WITH d AS (DELETE FROM crimes RETURNING *) SELECT * FROM d', /”DELETE” kan ändra data/],
    ['EXPLAIN ANALYZE DELETE FROM crimes', /”DELETE”/],
    ['SELECT * FROM crimes WHERE set = 1', /skriv det inom citattecken \("set"\)/],
    ['/* SELECT */ DROP TABLE crimes', /”DROP”/],
    ['(SELECT 1)', /Frågan körs inte/],
  ])('%j', (input, message) => {
    const r = checkReadOnly(input);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(message);
  });
});

describe('maskSql', () => {
  it.each([
    ["SELECT 'a;b'", 'SELECT      '],
    ['SELECT "x" -- c\nFROM t', 'SELECT         \nFROM t'],
    ["SELECT 'it''s'", 'SELECT        '],
    ['SELECT /* a\nb */ 1', 'SELECT     \n     1'],
    ["SELECT 'open", 'SELECT      '],
  ])('%j', (input, expected) => {
    expect(maskSql(input)).toBe(expected);
    expect(maskSql(input)).toHaveLength(input.length);
  });
});

describe('groupColumns', () => {
  it('groups columns per table in order, naming schemas other than main', () => {
    expect(
      groupColumns([
        { table_schema: 'main', table_name: 'a', column_name: 'x', data_type: 'INTEGER' },
        { table_schema: 'main', table_name: 'a', column_name: 'y', data_type: 'VARCHAR' },
        { table_schema: 'imp', table_name: 'b', column_name: 'z', data_type: 'DOUBLE' },
      ]),
    ).toEqual([
      { name: 'a', columns: [{ name: 'x', type: 'INTEGER' }, { name: 'y', type: 'VARCHAR' }] },
      { name: 'imp.b', columns: [{ name: 'z', type: 'DOUBLE' }] },
    ]);
  });
});
