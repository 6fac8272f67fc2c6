/**
 * Every string a component shows goes through the message catalogue (`src/lib/i18n`), so the
 * English UI has no Swedish left in it. This reads each component's markup and flags text and
 * user-facing attributes written directly in it. Files not yet moved to the catalogue are listed
 * in PENDING; the list only shrinks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const PENDING = new Set<string>([
]);

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return svelteFiles(path);
    return name.endsWith('.svelte') ? [path] : [];
  });
}

/** `text` without its `{…}` expressions (nested braces and strings inside them included). */
function withoutExpressions(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth += 1;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

// Words a user reads: letters, not only punctuation, digits, entities or symbols like × and –.
const WORDS = /[A-Za-zÅÄÖåäöÉé]{2,}/;
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-description'];

/** The literal texts in one component's markup that a user would read. */
export function literalTexts(source: string): string[] {
  const markup = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const found: string[] = [];
  const bare = withoutExpressions(markup);
  for (const m of bare.matchAll(/>([^<>]+)</g)) {
    const text = (m[1] ?? '').replace(/&[a-z]+;|&#\d+;/g, ' ').trim();
    if (WORDS.test(text)) found.push(text);
  }
  for (const name of ATTRIBUTES) {
    for (const m of markup.matchAll(new RegExp(`\\s${name}="([^"{]*)"`, 'g'))) {
      if (WORDS.test(m[1] ?? '')) found.push(`${name}="${m[1]}"`);
    }
  }
  return found;
}

describe('component text comes from the message catalogue', () => {
  const files = svelteFiles(join(ROOT, 'src')).map((f) => relative(ROOT, f));

  it('finds literal text in a component (the check itself works)', () => {
    expect(literalTexts('<script>const a = "Hej";</script><p>Visa {n} rader</p><b>{t("x")}</b><i aria-label="Stäng">×</i>')).toEqual([
      'Visa  rader',
      'aria-label="Stäng"',
    ]);
  });

  for (const file of files) {
    if (PENDING.has(file)) continue;
    it(`${file} has no literal UI text`, () => {
      expect(literalTexts(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
    });
  }

  it('lists in PENDING only files that exist and still have literal text', () => {
    const stale = [...PENDING].filter((f) => !files.includes(f) || literalTexts(readFileSync(join(ROOT, f), 'utf8')).length === 0);
    expect(stale).toEqual([]);
  });
});
