/**
 * Which tables a statement reads or writes, from its text. Reads are over-approximated (every
 * identifier counts as a table it might read), writes are exact (the target of INSERT, UPDATE,
 * DELETE, CREATE/DROP/ALTER TABLE), so invalidation drops too much rather than too little.
 */

const WORD = /"([^"]+)"|([A-Za-z_][A-Za-z0-9_]*)/g;
const STRING = /'(?:[^']|'')*'/g;
const COMMENT = /--[^\n]*|\/\*[\s\S]*?\*\//g;

function strip(sql: string): string {
  return sql.replace(COMMENT, ' ').replace(STRING, "''");
}

/** Every identifier of the statement, lower-cased: the tables it may read are among them. */
export function readSet(sql: string): Set<string> {
  const words = new Set<string>();
  for (const m of strip(sql).matchAll(WORD)) words.add((m[1] ?? m[2] ?? '').toLowerCase());
  return words;
}

const TARGET = String.raw`((?:"[^"]+"|[A-Za-z_][A-Za-z0-9_]*)(?:\.(?:"[^"]+"|[A-Za-z_][A-Za-z0-9_]*))*)`;
const WRITE_TARGETS = [
  new RegExp(String.raw`\bINSERT\s+(?:OR\s+\w+\s+)?INTO\s+${TARGET}`, 'gi'),
  new RegExp(String.raw`\bUPDATE\s+${TARGET}`, 'gi'),
  new RegExp(String.raw`\bDELETE\s+FROM\s+${TARGET}`, 'gi'),
  new RegExp(String.raw`\b(?:CREATE|DROP|ALTER)\s+(?:OR\s+REPLACE\s+)?(?:(?:TEMP|TEMPORARY)\s+)?(?:TABLE|VIEW)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?${TARGET}`, 'gi'),
];

function lastPart(name: string): string {
  const parts = name.split('.');
  return (parts[parts.length - 1] ?? name).replaceAll('"', '').toLowerCase();
}

/** The tables the statement changes; empty for a pure read. */
export function writeSet(sql: string): Set<string> {
  const text = strip(sql);
  const tables = new Set<string>();
  for (const re of WRITE_TARGETS) for (const m of text.matchAll(re)) if (m[1]) tables.add(lastPart(m[1]));
  return tables;
}

const READ_START = /^\s*(?:\(\s*)*(SELECT|WITH|FROM|VALUES|DESCRIBE|SHOW|SUMMARIZE|EXPLAIN|TABLE)\b/i;

// The views ask the same few statements again and again (only their parameters differ): each
// text is looked at once. Bounded, since the SQL console can send any number of texts.
const reads = new Map<string, boolean>();
const MAX_KEPT = 512;

/** A statement that only reads (and so may be cached and run on the reading connection). */
export function isRead(sql: string): boolean {
  const kept = reads.get(sql);
  if (kept !== undefined) return kept;
  const text = strip(sql);
  const read = READ_START.test(text) && writeSet(text).size === 0;
  if (reads.size >= MAX_KEPT) reads.clear();
  reads.set(sql, read);
  return read;
}

export type TransactionStep = 'begin' | 'commit' | 'rollback' | null;

/** Whether the statement opens, commits or rolls back a transaction. */
export function transactionStep(sql: string): TransactionStep {
  const m = /^\s*(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT)\b/i.exec(strip(sql));
  if (!m?.[1]) return null;
  const w = m[1].toUpperCase();
  if (w === 'BEGIN' || w.startsWith('START')) return 'begin';
  if (w === 'COMMIT' || w === 'END') return 'commit';
  return 'rollback';
}
