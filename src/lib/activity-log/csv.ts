/** Activities as CSV in exactly the format of data/activities.csv, so an export can be committed back. */
import { ACTIVITY_COLUMNS, type ActivityRecord } from './record';

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (value === '') return '';
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function compare(a: ActivityRecord, b: ActivityRecord): number {
  if (a.year !== b.year) return a.year - b.year;
  return a.activity_id < b.activity_id ? -1 : a.activity_id > b.activity_id ? 1 : 0;
}

/** UTF-8 text without BOM, `,`, `\n`, RFC 4180 quoting, empty = NULL, sorted by year and id. */
export function activitiesToCsv(rows: readonly ActivityRecord[]): string {
  const lines = [ACTIVITY_COLUMNS.join(',')];
  for (const r of [...rows].sort(compare)) lines.push(ACTIVITY_COLUMNS.map((c) => field(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}
