/**
 * The import rules of .dependency-cruiser.cjs, run through dependency-cruiser's own API on a
 * fixture tree that breaks them on purpose (tests/fixtures/imports). `npm run check` runs the same
 * rules on src/, so this shows that a cycle or a breach there would fail it.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[] };

async function violations(baseDir: string): Promise<{ rule: string; from: string; to: string }[]> {
  const { output } = await cruise(['src'], {
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
  });
  const result = output as ICruiseResult;
  return (result.summary.violations ?? []).map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('the import rules', () => {
  it('find the cycle and the layering breach planted in the fixture', async () => {
    const found = await violations('tests/fixtures/imports');
    expect(found).toEqual(
      expect.arrayContaining([
        { rule: 'no-circular', from: 'src/lib/format/a.ts', to: 'src/lib/format/b.ts' },
        { rule: 'layer-db', from: 'src/lib/db/engine.ts', to: 'src/lib/state/status.ts' },
      ]),
    );
  });
});
