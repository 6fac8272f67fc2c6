/**
 * DuckDB's errors as a user reads them: the common kinds said in Swedish, anything else passed on
 * with DuckDB's own first line (an analyst needs "no_such_column"), never an internal file path,
 * and never longer than a screen line or two.
 */
import { t } from '../i18n/catalogue';
import '../i18n/messages/shell';

const MAX_CHARS = 300;

export function cutText(text: string, max = MAX_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const RULES: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/Permission Error|file system operations are disabled|Cannot access file/i, () => t('db.err.file')],
  [/Interrupt|interrupted|cancel/i, () => t('db.err.interrupt')],
  [/Out of Memory|out of memory|failed to allocate/i, () => t('db.err.memory')],
  [/out of range for (?:the )?(?:destination )?type (\w+)|Overflow in .*?of (\w+)|value out of range/i, () => t('db.err.overflow')],
  [/configuration has been locked/i, () => t('db.err.locked')],
];

/** A Swedish message for an error from DuckDB. */
export function duckDbMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  for (const [pattern, say] of RULES) {
    const m = raw.match(pattern);
    if (m) return say(m);
  }
  // Paths of DuckDB's own sources or of registered files say nothing to the reader.
  const firstLine = (raw.split('\n')[0] ?? raw).replace(/\S*\/(?:src|duckdb|mbl-filer)\/\S*/g, '…').trim();
  return `DuckDB: ${cutText(firstLine)}`;
}
