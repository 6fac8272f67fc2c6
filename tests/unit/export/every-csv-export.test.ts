/** Every CSV export goes through the one writer, and none lets a formula through. */
import { describe, expect, it } from 'vitest';
import { activitiesToCsv } from '../../../src/lib/activity-log/csv';
import type { ActivityRecord } from '../../../src/lib/activity-log/record';
import { DATA_FILE, parseCsv, rowsToCsv, writeCsv } from '../../../src/lib/export/csv';
import { tableToCsv } from '../../../src/lib/export/table-csv';

// OWASP's CSV injection starters, and ones seen in the hostile-input run.
const FORMULAS = ['=hyperlink("http://x","klick")', '@SUM(1+1)|cmd', '+1+cmd|" /C calc"!A0', '-2+3', '\t=1', '\r=1'];

function record(description: string): ActivityRecord {
  return {
    activity_id: 'a1', promise_id: null, kommunkod: '1493', year: 2019, quarter: null, month: null, date: null,
    actor: 'polis', activity_type: '=cmd|x', venue_id: null, target_group: '@grupp', count: 3, participants: null,
    description, source: 'lokalt registrerad',
  };
}

/** Cells of a `,`-separated file without BOM (the activity format), read back. */
function readDataCsv(text: string): string[][] {
  return parseCsv(text.replaceAll(',', ';').replaceAll('\n', '\r\n'));
}

describe.each(FORMULAS)('the formula %j', (formula) => {
  const escaped = `'${formula}`;

  it('is escaped in the activity-log export', () => {
    const text = activitiesToCsv([record(formula)]);
    const [, row = []] = text.split('\n');
    expect(row).not.toMatch(/(^|,)"?[=+\-@\t\r]/);
    expect(text).toContain("'=cmd|x");
    expect(text).toContain("'@grupp");
  });

  it('is escaped in a chart table', () => {
    const csv = tableToCsv({ columns: [{ key: 'a', label: 'Plats', numeric: false }], rows: [{ a: formula }] });
    expect(parseCsv(csv)[1]).toEqual([escaped]);
  });

  it('is escaped in view data and SQL console results', () => {
    expect(parseCsv(rowsToCsv([{ name: formula, n: -5 }]))[1]).toEqual([escaped, '-5']);
  });
});

describe('the activity format stays the data-file format', () => {
  it('writes `,`, LF, no BOM, decimal point and empty cells for null', () => {
    const text = writeCsv(['a', 'b', 'c'], [[1.5, null, 'x,y']], DATA_FILE);
    expect(text).toBe('a,b,c\n1.5,,"x,y"\n');
  });
  it('reads back the escaped description', () => {
    const rows = readDataCsv(activitiesToCsv([record('=1+1')]));
    expect(rows[1]?.[13]).toBe("'=1+1");
    expect(rows[1]?.[11]).toBe('3');
  });
});
