/**
 * DuckDB's errors as a user reads them: the common kinds said in Swedish, anything else passed on
 * with DuckDB's own first line (an analyst needs "no_such_column"), never an internal file path,
 * and never longer than a screen line or two.
 */
const MAX_CHARS = 300;

export function cutText(text: string, max = MAX_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const RULES: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/Permission Error|file system operations are disabled|Cannot access file/i, () => 'Frågan försöker läsa en fil eller en adress. Här går det bara att fråga tabellerna i verktyget, inga filer eller webbadresser.'],
  [/Interrupt|interrupted|cancel/i, () => 'Frågan avbröts.'],
  [/Out of Memory|out of memory|failed to allocate/i, () => 'Frågan behövde mer minne än webbläsaren har. Begränsa den (WHERE, LIMIT) och försök igen.'],
  [/out of range for (?:the )?(?:destination )?type (\w+)|Overflow in .*?of (\w+)|value out of range/i, () => 'Ett tal är för stort för kolumnens typ (största heltalet är 2 147 483 647). Räkna med BIGINT eller DOUBLE, t.ex. sum(x)::DOUBLE.'],
  [/configuration has been locked/i, () => 'Databasens inställningar är låsta och kan inte ändras härifrån.'],
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
