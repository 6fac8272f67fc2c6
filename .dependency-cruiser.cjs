/**
 * Import rules for src/, checked by `npm run check` (and so by `npm test` and CI).
 *
 * The folders of src/lib/ depend one way; a folder may import only from folders before it:
 *
 *   i18n                     the UI language and the message catalogue (Swedish and English)
 *   format, stats            pure helpers, no imports from the rest of lib/ but i18n
 *   db                       the engine (DuckDB start, load, run, Arrow)
 *   data                     the coordinator (cache, connections, invalidation) and the filter declarations
 *   queries, shape           SQL builders and row shaping
 *   export, decision         files to download; the decision view's evidence
 *   import                   reading and staging the user's files
 *   persist                  keeping imports and changes in the browser (OPFS, IndexedDB)
 *   activity-log, report     features built on all of the above
 *   state                    reactive state the views read; nothing in lib/ imports it but perf.ts
 *
 * Components and views may import anything in lib/; lib/ never imports a component.
 */
const order = ['i18n', 'format', 'stats', 'db', 'data', 'queries', 'shape', 'export', 'decision', 'import', 'persist', 'activity-log', 'report', 'state'];

/** One rule per folder: it may not import a folder that comes after it in `order`. */
const layering = order.map((folder, i) => {
  const later = order.slice(i + 1);
  return {
    name: `layer-${folder}`,
    comment: `src/lib/${folder} may import only from the folders before it: ${order.slice(0, i).join(', ') || '(none)'}`,
    severity: 'error',
    from: { path: `^src/lib/${folder}/` },
    to: { path: `^src/lib/(${later.join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle of imports: the modules cannot be understood, tested or loaded one before the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-not-components',
      comment: 'src/lib is the logic; it never imports a component or a view.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|views)/' },
    },
    ...layering,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.json'] },
  },
};
