/**
 * The analysts' SQL console: a read-only check made before anything is sent (one SELECT, WITH,
 * DESCRIBE, SHOW, SUMMARIZE or EXPLAIN statement, no writing word anywhere), the run itself on
 * its own connection inside a transaction that is always rolled back, with a time limit, and the
 * list of tables and columns. Files and URLs are closed to it by the database's settings.
 */
import { duckDbMessage } from '../db/errors';
import type { ConsoleConnection, Query, Row } from '../db/types';
import { query } from './sql';
import { t } from '../i18n/catalogue';
import '../i18n/messages/data';

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

/** Whether `sql` is one read-only statement; the statement to run (trailing `;` removed) or a Swedish reason. */
export function checkReadOnly(sql: string): ReadOnlyCheck {
  const masked = maskSql(sql);
  const parts = masked.split(';');
  const nonEmpty = parts.filter((p) => p.trim() !== '');
  if (nonEmpty.length === 0) return { ok: false, message: t('data.sql.empty') };
  if (nonEmpty.length > 1) return { ok: false, message: t('data.sql.oneStatement') };
  const first = nonEmpty[0]?.trim().match(/^[A-Za-z_]+/)?.[0]?.toUpperCase() ?? '';
  if (!ALLOWED_FIRST.has(first)) {
    return { ok: false, message: t('data.sql.notRead', { first: first || null }) };
  }
  const writing = (masked.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).map((w) => w.toUpperCase()).find((w) => WRITING_WORDS.has(w));
  if (writing) {
    return {
      ok: false,
      message: t('data.sql.writing', { word: writing }),
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
  /** How many rows were read (all of them unless `truncated`). */
  total: number;
  /** The query returned more than CONSOLE_MAX_ROWS rows; the rest were not read. */
  truncated: boolean;
}

/** Rows kept in memory for the CSV file; a query returning more is cut there, and says so. */
export const CONSOLE_MAX_ROWS = 100_000;
/** A console query running longer than this is cancelled. */
export const CONSOLE_TIMEOUT_MS = 30_000;

export class ConsoleTimeoutError extends Error {}

/**
 * Runs a checked query on the console's own connection, inside a transaction that is always rolled
 * back (so even a statement the check let through by mistake changes nothing), cancelled after
 * `timeoutMs`. DuckDB's errors come back as Swedish messages (see db/errors.ts).
 */
export async function runReadOnly(
  conn: ConsoleConnection,
  sql: string,
  { timeoutMs = CONSOLE_TIMEOUT_MS, maxRows = CONSOLE_MAX_ROWS }: { timeoutMs?: number; maxRows?: number } = {},
): Promise<ConsoleResult> {
  const check = checkReadOnly(sql);
  if (!check.ok) throw new ReadOnlyError(check.message);
  await conn.exec('BEGIN TRANSACTION');
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void conn.cancel();
        reject(new ConsoleTimeoutError(t('data.sql.timeout', { s: Math.round(timeoutMs / 1000) })));
      }, timeoutMs);
    });
    const reading = conn.read(check.sql, maxRows);
    reading.catch(() => {}); // after a timeout its rejection is not the one reported
    const { rows, truncated } = await Promise.race([reading, timeout]);
    return { columns: Object.keys(rows[0] ?? {}), rows: rows.slice(0, CONSOLE_ROW_LIMIT), all: rows, total: rows.length, truncated };
  } catch (e) {
    if (e instanceof ConsoleTimeoutError) throw e;
    throw new Error(duckDbMessage(e));
  } finally {
    clearTimeout(timer);
    await conn.exec('ROLLBACK').catch(() => {}); // nothing left to undo when the statement failed
  }
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
