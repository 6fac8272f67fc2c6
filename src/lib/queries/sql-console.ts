/**
 * The analysts' SQL console: a read-only check made before anything is sent (one SELECT, WITH,
 * DESCRIBE, SHOW, SUMMARIZE or EXPLAIN statement, no writing word anywhere), the run itself
 * inside a transaction that is always rolled back, and the list of tables and columns.
 */
import type { Connector, Query, Row } from '../db/types';
import { query } from './sql';

export const CONSOLE_ROW_LIMIT = 1000;

// FROM is DuckDB's FROM-first SELECT (`FROM venues LIMIT 5`).
const ALLOWED_FIRST = new Set(['SELECT', 'WITH', 'DESCRIBE', 'SHOW', 'SUMMARIZE', 'EXPLAIN', 'FROM']);
const WRITING_WORDS = new Set([
  'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'UPSERT', 'CREATE', 'DROP', 'ALTER', 'TRUNCATE', 'COPY', 'ATTACH', 'DETACH',
  'INSTALL', 'LOAD', 'PRAGMA', 'SET', 'RESET', 'EXPORT', 'IMPORT', 'CALL', 'CHECKPOINT', 'VACUUM', 'BEGIN', 'COMMIT',
  'ROLLBACK', 'ABORT', 'USE', 'GRANT', 'REVOKE',
]);

/**
 * The SQL with comments, string literals and quoted names blanked out (same length, so positions
 * still match the original): what is left is keywords, names and punctuation.
 */
export function maskSql(sql: string): string {
  let out = '';
  let i = 0;
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  while (i < sql.length) {
    const rest = sql.slice(i);
    let m: RegExpMatchArray | null = null;
    if (rest.startsWith('--')) m = rest.match(/^--[^\n]*/);
    else if (rest.startsWith('/*')) m = rest.match(/^\/\*[\s\S]*?(\*\/|$)/);
    else if (rest[0] === "'") m = rest.match(/^'(?:[^']|'')*('|$)/);
    else if (rest[0] === '"') m = rest.match(/^"(?:[^"]|"")*("|$)/);
    else if (rest[0] === '$') m = rest.match(/^(\$[A-Za-z_]*\$)[\s\S]*?(\1|$)/);
    if (m) {
      out += blank(m[0]);
      i += m[0].length;
    } else {
      out += sql[i];
      i++;
    }
  }
  return out;
}

export type ReadOnlyCheck = { ok: true; sql: string } | { ok: false; message: string };

const ALLOWED_TEXT = 'SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE eller EXPLAIN';

/** Whether `sql` is one read-only statement; the statement to run (trailing `;` removed) or a Swedish reason. */
export function checkReadOnly(sql: string): ReadOnlyCheck {
  const masked = maskSql(sql);
  const parts = masked.split(';');
  const nonEmpty = parts.filter((p) => p.trim() !== '');
  if (nonEmpty.length === 0) return { ok: false, message: 'Skriv en fråga först.' };
  if (nonEmpty.length > 1) return { ok: false, message: 'Kör en fråga i taget: konsolen tar bara emot en sats (ta bort allt efter första semikolonet).' };
  const first = nonEmpty[0]?.trim().match(/^[A-Za-z_]+/)?.[0]?.toUpperCase() ?? '';
  if (!ALLOWED_FIRST.has(first)) {
    return { ok: false, message: `Bara läsfrågor är tillåtna: börja med ${ALLOWED_TEXT}. ${first ? `"${first}"` : 'Frågan'} körs inte.` };
  }
  const writing = (masked.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).map((w) => w.toUpperCase()).find((w) => WRITING_WORDS.has(w));
  if (writing) {
    return {
      ok: false,
      message: `Bara läsfrågor är tillåtna: "${writing}" kan ändra data eller inställningar och körs inte. Är det ett kolumnnamn, skriv det inom citattecken ("${writing.toLowerCase()}").`,
    };
  }
  const end = masked.indexOf(';');
  return { ok: true, sql: (end === -1 ? sql : sql.slice(0, end)).trim() };
}

export class ReadOnlyError extends Error {}

export interface ConsoleResult {
  columns: string[];
  /** The first CONSOLE_ROW_LIMIT rows, for the table on screen. */
  rows: Row[];
  /** Every row, for the CSV file. */
  all: Row[];
  /** How many rows the query returned in all. */
  total: number;
}

const TXID: Query = query('SELECT txid_current() AS t');

/** True inside an explicit transaction: there the transaction id stays the same from one query to the next. */
async function inTransaction(conn: Connector): Promise<boolean> {
  try {
    const [a] = await conn.query(TXID);
    const [b] = await conn.query(TXID);
    return a?.t === b?.t;
  } catch {
    return true; // An aborted transaction refuses every query.
  }
}

/**
 * Runs a checked query inside a transaction that is always rolled back, so even a statement the
 * check let through by mistake changes nothing. DuckDB's own error is passed on as it is.
 */
export async function runReadOnly(conn: Connector, sql: string): Promise<ConsoleResult> {
  const check = checkReadOnly(sql);
  if (!check.ok) throw new ReadOnlyError(check.message);
  // Another transaction (an import) open on this connection must be neither joined nor rolled
  // back, and a failing BEGIN would abort it: ask first.
  if (await inTransaction(conn)) throw new ReadOnlyError('Databasen är upptagen med en annan ändring just nu. Försök igen om en stund.');
  await conn.exec('BEGIN TRANSACTION');
  let rows: Row[];
  try {
    rows = await conn.query({ sql: check.sql, params: [] });
  } finally {
    // Someone else on the connection may have ended the transaction already: nothing left to undo.
    await conn.exec('ROLLBACK').catch((e: unknown) => {
      if (!/no transaction is active/i.test(String(e))) throw e;
    });
  }
  return { columns: Object.keys(rows[0] ?? {}), rows: rows.slice(0, CONSOLE_ROW_LIMIT), all: rows, total: rows.length };
}

export const schemaColumnsQuery = (): Query =>
  query(
    `SELECT table_schema, table_name, column_name, data_type
     FROM information_schema.columns
     WHERE table_schema NOT IN ('information_schema', 'pg_catalog')
     ORDER BY table_schema, table_name, ordinal_position`,
  );

export interface SchemaColumnRow {
  table_schema: string;
  table_name: string;
  column_name: string;
  data_type: string;
}

export interface SchemaTable {
  /** As written in a query: `name`, or `schema.name` outside `main`. */
  name: string;
  columns: { name: string; type: string }[];
}

export function groupColumns(rows: readonly SchemaColumnRow[]): SchemaTable[] {
  const tables = new Map<string, SchemaTable>();
  for (const r of rows) {
    const name = r.table_schema === 'main' ? r.table_name : `${r.table_schema}.${r.table_name}`;
    let t = tables.get(name);
    if (!t) tables.set(name, (t = { name, columns: [] }));
    t.columns.push({ name: r.column_name, type: r.data_type });
  }
  return [...tables.values()];
}
