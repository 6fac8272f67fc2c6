/**
 * The figures for the preview of an import (preview.ts): the validated rows are staged in a temp
 * table (read by DuckDB from the registered CSV, as staging.ts does) and compared with the
 * tables; nothing is written to them.
 */
import { createTableSql } from '../db/load';
import { registeredFile, type Connector } from '../db/types';
import { run } from '../db/run';
import { convertOffMainThread, type ConvertOptions } from './convert-off-main';
import type { Converted, Prepared } from './convert-prepared';
import { findJumps, REPLACED_EXAMPLES, type ImportPreview, type PopulationPoint, type Replacement } from './preview';
import { KEYS, specFor, unbundle } from './staging';
import type { ImportContext, Mapping, Target } from './types';

/** The column each target's value is in (survey rows have several: only their keys are compared). */
const VALUE: Readonly<Record<Target, string | null>> = { crimes: 'count', population: 'population', survey_results: null };

let serial = 0;

export async function previewConverted(conn: Connector, fileName: string, c: Converted, ctx: ImportContext): Promise<ImportPreview> {
  serial += 1;
  const file = registeredFile(`import-preview-${serial}.csv`);
  const stage = `import_preview_${serial}`;
  const target = c.target;
  // A BRÅ extract bundles its years with its months/quarters and categories: the years are
  // compared here, the sub-year rows only named by their period types.
  const parts = unbundle(target, c.csv);
  const subYear = parts.find((part) => part.table === 'crimes_period');
  const subYearTypes = subYear ? [...new Set(subYear.csv.split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[0] ?? ''))] : [];
  await conn.registerText(file, parts.find((part) => part.table === target)?.csv ?? '');
  try {
    await conn.exec(createTableSql(specFor(target), file, stage).replace('CREATE OR REPLACE TABLE', 'CREATE OR REPLACE TEMP TABLE'));
    const on = KEYS[target].map((k) => `t.${k} IS NOT DISTINCT FROM s.${k}`).join(' AND ');
    const v = VALUE[target];
    const changed = v ? `t.${v} IS DISTINCT FROM s.${v}` : 'true';
    const hasCategory = target === 'crimes';
    const distinct = async (column: string) =>
      (await run<{ v: string | number }>(conn, { sql: `SELECT DISTINCT ${column} AS v FROM ${stage}`, params: [] })).map((r) => String(r.v));
    const kommuner = await distinct('kommunkod');
    const years = await distinct('year');
    const [staged] = await run<{ n: number }>(conn, { sql: `SELECT count(*)::INTEGER AS n FROM ${stage}`, params: [] });
    const categories = hasCategory ? await distinct('category_id') : [];
    const [counts] = await run<{ replaced: number; unchanged: number }>(conn, {
      sql: `SELECT count(*) FILTER (WHERE ${changed})::INTEGER AS replaced, count(*) FILTER (WHERE NOT (${changed}))::INTEGER AS unchanged FROM ${stage} s JOIN ${target} t ON ${on}`,
      params: [],
    });
    const examples = v
      ? await run<Replacement>(conn, {
          sql:
            `SELECT s.year, s.kommunkod, ${hasCategory ? 's.category_id' : 'NULL'} AS category_id, t.${v} AS old, s.${v} AS new, t.source AS oldSource ` +
            `FROM ${stage} s JOIN ${target} t ON ${on} WHERE ${changed} ORDER BY s.kommunkod, s.year${hasCategory ? ', s.category_id' : ''} LIMIT ${REPLACED_EXAMPLES}`,
          params: [],
        })
      : [];
    let jumps: ImportPreview['jumps'] = [];
    if (target === 'population') {
      const incoming = await run<PopulationPoint>(conn, { sql: `SELECT year, kommunkod, population FROM ${stage}`, params: [] });
      const existing = await run<PopulationPoint>(conn, {
        sql: `SELECT year, kommunkod, population FROM population WHERE kommunkod IN (SELECT DISTINCT kommunkod FROM ${stage})`,
        params: [],
      });
      jumps = findJumps(existing, incoming);
    }
    const names = new Map(ctx.municipalities.map((m) => [m.kommunkod, m.name]));
    const categoryNames = new Map(ctx.categories.map((k) => [k.category_id, k.name]));
    const sv = (a: string, b: string) => a.localeCompare(b, 'sv');
    const replaced = counts?.replaced ?? 0;
    const unchanged = counts?.unchanged ?? 0;
    return {
      fileName,
      target,
      rows: c.rows,
      municipalities: kommuner.map((k) => names.get(k) ?? k).sort(sv),
      years: years.map(Number).sort((a, b) => a - b),
      categories: categories.map((k) => categoryNames.get(k) ?? k).sort(sv),
      periodTypes: [...((staged?.n ?? 0) > 0 ? ['År'] : []), ...subYearTypes],
      replaced: { count: replaced, unchanged, examples: examples.map((e) => ({ ...e, year: Number(e.year), old: e.old === null ? null : Number(e.old), new: e.new === null ? null : Number(e.new) })) },
      added: c.rows - replaced - unchanged,
      jumps,
      notes: c.notes,
      names: Object.fromEntries(kommuner.map((k) => [k, names.get(k) ?? k])),
      categoryNames: Object.fromEntries(categories.map((k) => [k, categoryNames.get(k) ?? k])),
    };
  } finally {
    await conn.exec(`DROP TABLE IF EXISTS ${stage}`).catch(() => {});
    await conn.registerText(file, '');
  }
}

/**
 * Validates the file (throws ImportFailure as commitImport would; in a worker in the browser, see
 * convert-off-main.ts) and says what it would change.
 */
export async function previewImport(
  conn: Connector,
  p: Prepared,
  mapping: Mapping,
  ctx: ImportContext,
  opts: ConvertOptions = {},
): Promise<{ converted: Converted; preview: ImportPreview }> {
  const converted = await convertOffMainThread(p, mapping, ctx, opts);
  return { converted, preview: await previewConverted(conn, p.fileName, converted, ctx) };
}
