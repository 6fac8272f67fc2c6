/**
 * Validated records into the tables, all or nothing: they are written as our own CSV format,
 * read into a staging table with explicit types, and upserted in one transaction (ROLLBACK on
 * any error). Values never enter SQL text: DuckDB reads them from the registered file.
 */
import { createTableSql, reloadShipped } from '../db/load';
import { TABLES, type TableSpec } from '../db/schema';
import { registeredFile, type Connector } from '../db/types';
import type { ImportRecord, Target } from './types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/dataimport-tables';

/** The tables an import writes: its target, and for a BRÅ extract its sub-year counts and BRÅ's own categories. */
export type StagedTable = Target | 'crimes_period' | 'crime_categories';

export const KEYS: Readonly<Record<StagedTable, readonly string[]>> = {
  crimes: ['year', 'kommunkod', 'category_id'],
  population: ['year', 'kommunkod'],
  survey_results: ['year', 'kommunkod', 'area', 'question_id', 'subgroup'],
  crimes_period: ['period_type', 'period_key', 'kommunkod', 'category_id'],
  crime_categories: ['category_id'],
};

/**
 * Several tables in one kept text (a BRÅ extract fills crimes, crimes_period and
 * crime_categories): each part starts with a line `-- table: name`. A plain CSV is one part of
 * the import's target.
 */
const PART = /^-- table: ([a-z_]+)\n/;

export function bundle(parts: readonly { table: StagedTable; csv: string }[]): string {
  return parts.map((p) => `-- table: ${p.table}\n${p.csv}`).join('');
}

export function unbundle(target: Target, text: string): { table: StagedTable; csv: string }[] {
  if (!PART.test(text)) return [{ table: target, csv: text }];
  return text
    .split(/^(?=-- table: )/m)
    .filter((p) => p !== '')
    .map((p) => {
      const m = PART.exec(p);
      const table = m?.[1] ?? '';
      if (!(table in KEYS)) throw new Error(t('dataimport.unknownStaged', { table }));
      return { table: table as StagedTable, csv: p.slice(m?.[0].length ?? 0) };
    });
}

export function specFor(target: StagedTable): TableSpec {
  const spec = TABLES.find((t) => t.name === target);
  if (!spec) throw new Error(`Tabellen ${target} saknas i schemat.`);
  return spec;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Records as CSV in the table's column order (the format of data/*.csv). */
export function recordsToCsv(target: StagedTable, records: readonly (ImportRecord | object)[]): string {
  const names = specFor(target).columns.map((c) => c.name);
  const lines = [names.join(',')];
  for (const r of records) {
    const row = r as unknown as Record<string, unknown>; // a record of this target has exactly these columns
    lines.push(names.map((n) => csvCell(row[n])).join(','));
  }
  return lines.join('\n') + '\n';
}

let serial = 0;

/** Upserts staged CSV text into the target table; rows with the same key are replaced. */
async function upsertCsv(conn: Connector, target: Target, text: string): Promise<void> {
  for (const part of unbundle(target, text)) await upsertPart(conn, part.table, part.csv);
}

async function upsertPart(conn: Connector, target: StagedTable, csv: string): Promise<void> {
  const spec = specFor(target);
  serial += 1;
  const file = registeredFile(`import-stage-${serial}.csv`);
  const stage = `import_stage_${serial}`;
  await conn.registerText(file, csv);
  await conn.exec(createTableSql(spec, file, stage).replace('CREATE OR REPLACE TABLE', 'CREATE OR REPLACE TEMP TABLE'));
  // A survey row's area and subgroup are NULL for the whole municipality and all respondents.
  const on = KEYS[target].map((k) => `t.${k} IS NOT DISTINCT FROM s.${k}`).join(' AND ');
  await conn.exec(`DELETE FROM ${target} t USING ${stage} s WHERE ${on}`);
  await conn.exec(`INSERT INTO ${target} SELECT * FROM ${stage}`);
  await conn.exec(`DROP TABLE ${stage}`);
  await conn.registerText(file, '');
}

async function inTransaction(conn: Connector, work: () => Promise<void>): Promise<void> {
  await conn.exec('BEGIN TRANSACTION');
  try {
    await work();
    await conn.exec('COMMIT');
  } catch (e) {
    await conn.exec('ROLLBACK');
    throw e;
  }
}

/** One import, all or nothing. */
export function applyImport(conn: Connector, target: Target, csv: string): Promise<void> {
  return inTransaction(conn, () => upsertCsv(conn, target, csv));
}

/**
 * The shipped tables an import writes again (their Arrow files stay registered since start-up), then
 * the given imports in order, in one transaction: what remove and reset do.
 */
export function rebuild(conn: Connector, imports: readonly { target: Target; csv: string }[]): Promise<void> {
  return inTransaction(conn, async () => {
    for (const target of Object.keys(KEYS) as StagedTable[]) await reloadShipped(conn, specFor(target));
    for (const i of imports) await upsertCsv(conn, i.target, i.csv);
  });
}
