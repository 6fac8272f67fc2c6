/** The shape of delimited text before DuckDB reads it: the separator and the widest row. */
export type Delimiter = ';' | '\t' | ',';

const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];

/**
 * The line (1-based) each record of delimited text starts on: a line break inside double quotes
 * continues the record, so after one the record number and the line number part.
 */
export function recordStartLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10) {
      line++;
      if (!quoted) starts.push(line);
    }
  }
  if (text.endsWith('\n')) starts.pop();
  return starts;
}

/** Splits one line on `delim`, respecting double quotes (enough for sniffing, not for reading). */
export function splitLine(line: string, delim: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delim && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

function sampleLines(text: string, n = 50): string[] {
  return text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, n);
}

/** The separator that splits the sample lines most consistently into more than one column. */
export function sniffDelimiter(text: string): Delimiter {
  const lines = sampleLines(text);
  let best: Delimiter = ';';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => splitLine(l, d).length);
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 100 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The most columns any sample line has. */
export function columnCount(text: string, delim: Delimiter): number {
  return Math.max(1, ...sampleLines(text).map((l) => splitLine(l, delim).length));
}

/** A first row is a header when none of its cells is a number and a later row has one. */
export function looksLikeHeader(first: readonly (string | null)[], second: readonly (string | null)[] | undefined): boolean {
  const numeric = (c: string | null) => c !== null && /^[-+]?[\d \u00a0]+([.,]\d+)?$/.test(c.trim());
  if (first.some(numeric)) return false;
  return second === undefined || second.some(numeric) || first.every((c) => c !== null && c.trim() !== '');
}
