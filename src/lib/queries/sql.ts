/** Small helpers for building parameterised SQL: values always travel as parameters. */
import type { Query, QueryParam } from '../db/types';
import { FILTERS, type FilterKey } from '../data/filters';
import { SELECTION_COLUMNS, type Clause } from '../data/selection';

/** `(?, ?, ?)` for a non-empty list of values. */
export function placeholders(count: number): string {
  if (count < 1) throw new Error('placeholders: at least one value is needed');
  return `(${new Array<string>(count).fill('?').join(', ')})`;
}

/**
 * A WHERE clause from optional conditions: each part brings its own SQL and params, and a
 * part whose list is empty means "no restriction" and is left out.
 */
export interface Condition {
  sql: string;
  params: readonly QueryParam[];
}

export function inCondition(column: string, values: readonly QueryParam[]): Condition | null {
  return values.length === 0 ? null : { sql: `${column} IN ${placeholders(values.length)}`, params: values };
}

export function where(conditions: readonly (Condition | null)[]): Condition {
  const parts = conditions.filter((c): c is Condition => c !== null);
  if (parts.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

export function query(sql: string, params: readonly QueryParam[] = []): Query {
  return { sql, params };
}

function columnOf(key: FilterKey, alias: string): string {
  const column = FILTERS[key].column;
  if (!column) throw new Error(`Internt fel: filtret ${key} begränsar ingen kolumn.`);
  return `${alias}.${column}`;
}

/** The WHERE part of a list filter (its column from the declaration in data/filters.ts); empty = no restriction. */
export function filterIn(key: FilterKey, alias: string, values: readonly QueryParam[]): Condition | null {
  return inCondition(columnOf(key, alias), values);
}

/** One value of a filter, e.g. the municipality in focus. */
export function filterEquals(key: FilterKey, alias: string, value: QueryParam): Condition {
  return { sql: `${columnOf(key, alias)} = ?`, params: [value] };
}

/** The years from–to (the `from` and `to` filters' column). */
export function yearBetween(alias: string, from: number, to: number): Condition {
  return { sql: `${columnOf('from', alias)} BETWEEN ? AND ?`, params: [from, to] };
}

/**
 * The WHERE parts of a cross-filter's clauses (data/selection.ts): `alias.column = ?` each, the
 * value a parameter (a year as a number, for the INTEGER column). No clauses, no parts.
 */
export function selectionConditions(alias: string, clauses: readonly Clause[] = []): Condition[] {
  return clauses.map((c) => ({ sql: `${alias}.${SELECTION_COLUMNS[c.field]} = ?`, params: [c.field === 'year' ? Number(c.value) : c.value] }));
}
