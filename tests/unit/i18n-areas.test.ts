/**
 * Every module that shows a message imports the area file that holds it, so that area is loaded
 * (registered) before the message is asked for, wherever the bundler puts the module. See
 * src/lib/i18n/entry.ts; a missing import would show a key instead of a text in the page.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaKeys, areasImported, areasNeeded, ROOT, sourceFiles, specifier } from './i18n-areas';
import { AREAS, MESSAGES } from '../../src/lib/i18n/messages/index';
import { LOADED } from '../../src/lib/i18n/entry';

const areas = areaKeys();

describe('message areas are imported where they are shown', () => {
  it('reads every area and all its keys (the check itself sees the catalogue)', () => {
    expect(areas.size).toBe(Object.keys(AREAS).length);
    const keys = [...areas.values()].reduce((n, s) => n + s.size, 0);
    expect(keys).toBe(Object.keys(MESSAGES).length);
  });

  it('finds the areas a text names, literally or by a template’s fixed start', () => {
    expect([...areasNeeded("t('lang.switch'); t(`view.${id}`);", areas)].sort()).toEqual(['common', 'shell']);
    expect([...areasNeeded("const a = 'not.a.key';", areas)]).toEqual([]);
  });

  it('an area registers its entries when imported', () => {
    for (const key of Object.keys(MESSAGES)) expect(LOADED[key], key).toBeDefined();
  });

  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    const needed = areasNeeded(text, areas);
    if (needed.size === 0) continue;
    it(`${relative(ROOT, file)} imports the areas of the messages it shows`, () => {
      const have = areasImported(file, text);
      const missing = [...needed].filter((a) => !have.has(a)).sort();
      expect(missing.map((a) => `import '${specifier(file, a)}';`)).toEqual([]);
    });
  }
});
