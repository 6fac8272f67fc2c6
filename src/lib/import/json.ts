/**
 * JSON from the agencies' APIs as raw tables: Kolada v2/v3 KPI values (gender T, the total) and
 * SCB PxWeb json-stat2 (one column per dimension, codes as values, `..`/`.` statuses as missing).
 */
import { ImportFailure, type Cell, type RawTable } from './types';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const text = (v: unknown): Cell => (v === null || v === undefined ? null : String(v));

/** Kolada: `{ values: [{ kpi, municipality, period, values: [{ gender, status, value }] }] }`. */
export function koladaTable(json: Record<string, unknown>): RawTable {
  const rows: Cell[][] = [];
  const values = Array.isArray(json.values) ? json.values : [];
  for (const v of values) {
    if (!isObject(v)) continue;
    const inner = Array.isArray(v.values) ? v.values.filter(isObject) : [];
    const total = inner.find((x) => x.gender === 'T') ?? (inner.length === 1 ? inner[0] : undefined);
    if (!total) continue;
    // A value withheld (status "Missing", "..") comes as null: missing, never 0.
    rows.push([text(v.kpi), text(v.municipality), text(v.period), text(total.value), text(total.status)]);
  }
  return { columns: ['kpi', 'municipality', 'period', 'value', 'status'], rows, firstRow: 1 };
}

/** json-stat2: values in row-major order over the dimensions in `id`. */
export function jsonStatTable(json: Record<string, unknown>): RawTable {
  const ids = Array.isArray(json.id) ? json.id.map(String) : [];
  const size = Array.isArray(json.size) ? json.size.map(Number) : [];
  const dims = isObject(json.dimension) ? json.dimension : {};
  const codes = ids.map((id) => {
    const d = dims[id];
    const index = isObject(d) && isObject(d.category) && isObject(d.category.index) ? d.category.index : {};
    const out: string[] = [];
    for (const [code, pos] of Object.entries(index)) out[Number(pos)] = code;
    return out;
  });
  const raw = json.value;
  const values: unknown[] = Array.isArray(raw) ? raw : isObject(raw) ? [] : [];
  const total = size.reduce((a, b) => a * b, 1);
  const statuses = isObject(json.status) ? json.status : {};
  const rows: Cell[][] = [];
  for (let i = 0; i < total; i++) {
    let rest = i;
    const cells: Cell[] = new Array<Cell>(ids.length);
    for (let d = ids.length - 1; d >= 0; d--) {
      const n = size[d] ?? 1;
      cells[d] = codes[d]?.[rest % n] ?? null;
      rest = Math.floor(rest / n);
    }
    const v = Array.isArray(raw) ? values[i] : isObject(raw) ? raw[String(i)] : undefined;
    const status = text(statuses[String(i)]);
    cells.push(v === null || v === undefined ? (status ?? null) : String(v));
    rows.push(cells);
  }
  return { columns: [...ids, 'value'], rows, firstRow: 1 };
}

/** The label of a json-stat2 dataset (its contents), for recognising population tables. */
export function jsonStatLabel(json: Record<string, unknown>): string {
  return typeof json.label === 'string' ? json.label : '';
}

export function jsonTable(textContent: string, fileName: string): RawTable {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch (e) {
    throw new ImportFailure(`${fileName}: filen är inte giltig JSON (${e instanceof Error ? e.message : String(e)}).`, [], fileName);
  }
  if (isObject(json) && Array.isArray(json.values)) return koladaTable(json);
  if (isObject(json) && json.class === 'dataset' && Array.isArray(json.id)) return jsonStatTable(json);
  throw new ImportFailure(`${fileName}: JSON-filen är varken ett svar från Kolada (values[].values[]) eller SCB:s json-stat2.`, [], fileName);
}
