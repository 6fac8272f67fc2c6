/**
 * What an import is about to change: the values it replaces with different ones (old → new),
 * for crime counts by year and by month or quarter. Example data replaced by real data is not a
 * revision and is left out. Run before the write, on the same text the write uses.
 */
import { createTableSql } from '../db/load';
import { EXAMPLE_SOURCE } from '../db/schema';
import { registeredFile, type Connector } from '../db/types';
import { specFor, unbundle } from './staging';
import type { Target } from './types';

export interface Revision {
  /** `2025`, `2026-08`, `2026-K3`. */
  period: string;
  municipality: string;
  category: string;
  old: number | null;
  new: number | null;
  oldSource: string;
}

export interface Revisions {
  list: Revision[];
  /** All revised values; `list` holds the first `limit`. */
  total: number;
}

const PERIOD: Readonly<Record<string, { period: string; on: string }>> = {
  crimes: { period: 't.year::VARCHAR', on: 't.year = s.year' },
  crimes_period: { period: 't.period_key', on: 't.period_type = s.period_type AND t.period_key = s.period_key' },
};

let serial = 0;

const isCount = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const isRevision = (v: unknown): v is Revision => {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.period === 'string' && typeof r.municipality === 'string' && typeof r.category === 'string' && isCount(r.old) && isCount(r.new) && typeof r.oldSource === 'string';
};

/**
 * The revisions kept with an import (`StoredImport.revisions`), read back from the browser's
 * storage: null when there are none or the record is not what this module wrote.
 */
export function keptRevisions(v: unknown): Revisions | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if (!Array.isArray(r.list) || !r.list.every(isRevision) || typeof r.total !== 'number' || r.total < r.list.length || r.total === 0) return null;
  return { list: r.list, total: r.total };
}

export async function findRevisions(conn: Connector, target: Target, text: string, limit = 200): Promise<Revisions> {
  const out: Revisions = { list: [], total: 0 };
  for (const part of unbundle(target, text)) {
    const p = PERIOD[part.table];
    if (!p) continue;
    serial += 1;
    const file = registeredFile(`revision-stage-${serial}.csv`);
    const stage = `revision_stage_${serial}`;
    await conn.registerText(file, part.csv);
    try {
      await conn.exec(createTableSql(specFor(part.table), file, stage).replace('CREATE OR REPLACE TABLE', 'CREATE OR REPLACE TEMP TABLE'));
      const from = `FROM ${part.table} t JOIN ${stage} s ON ${p.on} AND t.kommunkod = s.kommunkod AND t.category_id = s.category_id
        WHERE t.count IS DISTINCT FROM s.count AND t.source <> ?`;
      const [n] = await conn.query({ sql: `SELECT count(*)::INTEGER AS n ${from}`, params: [EXAMPLE_SOURCE] });
      out.total += Number(n?.n ?? 0);
      const room = limit - out.list.length;
      if (room > 0) {
        const rows = await conn.query({
          sql: `SELECT ${p.period} AS period, coalesce(m.name, t.kommunkod) AS municipality, coalesce(cc.name, t.category_id) AS category,
                  t.count AS old, s.count AS new, t.source AS old_source
                ${from.replace('WHERE', `LEFT JOIN municipalities m ON m.kommunkod = t.kommunkod LEFT JOIN crime_categories cc ON cc.category_id = t.category_id WHERE`)}
                ORDER BY municipality, category, period LIMIT ${room}`,
          params: [EXAMPLE_SOURCE],
        });
        for (const r of rows) {
          out.list.push({
            period: String(r.period), municipality: String(r.municipality), category: String(r.category),
            old: r.old === null ? null : Number(r.old), new: r.new === null ? null : Number(r.new), oldSource: String(r.old_source),
          });
        }
      }
      await conn.exec(`DROP TABLE IF EXISTS ${stage}`);
    } finally {
      await conn.registerText(file, '');
    }
  }
  return out;
}
