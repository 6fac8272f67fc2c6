import { describe, expect, it } from 'vitest';
import { inCondition, placeholders, where } from '../../src/lib/queries/sql';
import { crimeSeriesQuery } from '../../src/lib/queries/crimes';
import { activitiesByYearActorQuery } from '../../src/lib/queries/activities';
import { createTableSql } from '../../src/lib/db/load';
import { TABLES } from '../../src/lib/db/schema';

describe('sql helpers', () => {
  it('builds placeholders and refuses an empty list', () => {
    expect(placeholders(3)).toBe('(?, ?, ?)');
    expect(() => placeholders(0)).toThrow();
  });

  it('leaves out empty list conditions and keeps params in order', () => {
    const w = where([{ sql: 'a = ?', params: [1] }, inCondition('b', []), inCondition('c', ['x', 'y'])]);
    expect(w.sql).toBe('WHERE a = ? AND c IN (?, ?)');
    expect(w.params).toEqual([1, 'x', 'y']);
    expect(where([null])).toEqual({ sql: '', params: [] });
  });
});

describe('query builders', () => {
  it('never puts a value into the SQL text', () => {
    const hostile = "1493'); DROP TABLE crimes; --";
    const q = crimeSeriesQuery({ kommunkoder: [hostile, '00'], categoryIds: ['totalt'], from: 2010, to: 2024 });
    expect(q.sql).not.toContain(hostile);
    expect(q.params).toEqual([hostile, '00', 'totalt', 2010, 2024]);
    const placeholderCount = (q.sql.match(/\?/g) ?? []).length;
    expect(placeholderCount).toBe(q.params.length);
  });

  it('binds one parameter per placeholder for activity filters', () => {
    const q = activitiesByYearActorQuery({ kommunkod: '1493', from: 2017, to: 2018, actors: ['polis'], venues: ['elvarket', 'skolor'] });
    expect((q.sql.match(/\?/g) ?? []).length).toBe(q.params.length);
    expect(q.params).toEqual(['1493', 2017, 2018, 'polis', 'elvarket', 'skolor']);
  });

  it('loads every shipped table with explicit types and no sniffing', () => {
    for (const spec of TABLES) {
      const sql = createTableSql(spec);
      expect(sql).toContain('auto_detect = false');
      for (const c of spec.columns) expect(sql).toContain(`'${c.name}': '${c.type}'`);
    }
  });
});
