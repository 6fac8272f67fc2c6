/**
 * Activities as CSV in the format of data/activities.csv, so an export can be committed back;
 * written by the one CSV writer, so text that a spreadsheet would run as a formula is escaped.
 */
import { DATA_FILE, writeCsv } from '../export/csv';
import { ACTIVITY_COLUMNS, type ActivityRecord } from './record';

function compare(a: ActivityRecord, b: ActivityRecord): number {
  if (a.year !== b.year) return a.year - b.year;
  return a.activity_id < b.activity_id ? -1 : a.activity_id > b.activity_id ? 1 : 0;
}

/** UTF-8 text without BOM, `,`, `\n`, RFC 4180 quoting, empty = NULL, sorted by year and id. */
export function activitiesToCsv(rows: readonly ActivityRecord[]): string {
  const sorted = [...rows].sort(compare);
  return writeCsv(ACTIVITY_COLUMNS, sorted.map((r) => ACTIVITY_COLUMNS.map((c) => (r[c] === '' ? null : r[c]))), DATA_FILE);
}
