/**
 * Which message areas (src/lib/i18n/messages/*.ts) each source file needs: the areas holding the
 * keys it names, as string literals or as the fixed start of a template (`view.${id}`). Shared by
 * the check, i18n-areas.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export const ROOT = join(__dirname, '../..');
const MESSAGES_DIR = join(ROOT, 'src/lib/i18n/messages');

/** Area file name (without .ts) → its keys, read from the file's text. */
export function areaKeys(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of readdirSync(MESSAGES_DIR)) {
    if (!f.endsWith('.ts') || f === 'index.ts') continue;
    const text = readFileSync(join(MESSAGES_DIR, f), 'utf8');
    out.set(basename(f, '.ts'), new Set([...text.matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1] ?? '')));
  }
  return out;
}

export function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('lib', 'i18n')) ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The areas a file's text names keys of. */
export function areasNeeded(text: string, areas: Map<string, Set<string>>): Set<string> {
  const literals = new Set([...text.matchAll(/'([a-zA-Z][\w-]*\.[^'\n]+)'|"([a-zA-Z][\w-]*\.[^"\n]+)"|`([a-zA-Z][\w-]*\.[^`$\n]+)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''));
  const prefixes = [...text.matchAll(/`([a-zA-Z][\w-]*\.[^`$\n]*)\$\{/g)].map((m) => m[1] ?? '').filter((p) => p.endsWith('.'));
  const needed = new Set<string>();
  for (const [area, keys] of areas) {
    for (const l of literals) if (keys.has(l)) needed.add(area);
    for (const p of prefixes) for (const k of keys) if (k.startsWith(p)) needed.add(area);
  }
  return needed;
}

/** The area modules a file imports (any import form, resolved from its folder). */
export function areasImported(file: string, text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/import\s+(?:[^'";]*?from\s+)?['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? '';
    if (!spec.startsWith('.')) continue;
    const target = join(dirname(file), spec);
    if (dirname(target) === MESSAGES_DIR) out.add(basename(target).replace(/\.ts$/, ''));
  }
  return out;
}

/** The import specifier of an area from a file. */
export function specifier(file: string, area: string): string {
  const rel = relative(dirname(file), join(MESSAGES_DIR, area)).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}
