/** The time-axis annotations against real DuckDB-WASM on the shipped data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import { run } from '../../src/lib/db/run';
import { activityAnnotationsQuery, type ActivityAnnotationRow } from '../../src/lib/queries/annotations';
import { activityAnnotations } from '../../src/lib/shape/annotations';

let conn: Connector;

beforeAll(async () => {
  conn = await openNodeDbWithData();
});

describe('activityAnnotationsQuery', () => {
  it("writes Mariestad's real 2018 follow-up on the time axis, not as example data", async () => {
    const rows = await run<ActivityAnnotationRow>(conn, activityAnnotationsQuery({ kommunkod: '1493', from: 2018, to: 2018 }));
    const annotations = activityAnnotations(rows);
    expect(annotations).toHaveLength(1);
    const a = annotations[0];
    expect(a?.year).toBe(2018);
    expect(a?.label).toContain('37 trygghetsskapande besök');
    expect(a?.label).toContain('13 informationsmöten');
    expect(a?.label).toContain('6 riktade insatser');
    expect(a?.example).toBe(false);
  });

  it('sums stated counts as plain numbers, ordered by year then count, and flags example years', async () => {
    const rows = await run<ActivityAnnotationRow>(conn, activityAnnotationsQuery({ kommunkod: '1493', from: 2016, to: 2024 }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => typeof r.total === 'number' && r.year >= 2016 && r.year <= 2024)).toBe(true);
    for (let i = 1; i < rows.length; i++) {
      const [prev, cur] = [rows[i - 1], rows[i]];
      if (!prev || !cur) continue;
      expect(prev.year < cur.year || (prev.year === cur.year && prev.total >= cur.total)).toBe(true);
    }
    expect(rows.find((r) => r.year === 2017 && r.activity_type === 'riktad insats')?.total).toBe(6);
    expect(rows.filter((r) => r.year >= 2019).every((r) => r.example)).toBe(true);
  });

  it('returns nothing for a municipality without activities', async () => {
    const rows = await run<ActivityAnnotationRow>(conn, activityAnnotationsQuery({ kommunkod: "1493' OR '1'='1", from: 2010, to: 2024 }));
    expect(rows).toEqual([]);
  });
});
