/**
 * JSON from the agencies' APIs as raw tables: Kolada v2/v3 KPI values (gender T, the total; a
 * next page noted), SCB PxWeb json-stat2 and 1.x (one column per dimension, codes as values,
 * `..`/`.` statuses as missing) and PxWeb v1 "json" (pxweb-v1.ts).
 */
import { checkCube, checkJsonText, MAX_CUBE_CELLS } from './json-bounds';
import { checkPopulationCube, isRegionDimension } from './json-stat-check';
import { isPxwebV1Json, jsonStat1Dataset, noRegionNote, pxwebV1Table } from './pxweb-v1';
import { ImportFailure, type Cell, type RawTable } from './types';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/dataimport-json';

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
  return { columns: ['kpi', 'municipality', 'period', 'value', 'status'], rows, firstRow: 1, notes: koladaPageNotes(json) };
}

/**
 * Kolada answers in pages: `next_page` (v2) or `next_url` (v3) holds the next page's address.
 * The dashboard makes no network requests, so the user is told where the rest is.
 */
export function koladaPageNotes(json: Record<string, unknown>): string[] {
  const next = [json.next_page, json.next_url].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (!next) return [];
  const url = next.length > 300 ? `${next.slice(0, 299)}…` : next;
  return [
    t('dataimport.json.koladaPages', { url }),
  ];
}

/** A dimension's category codes by position: `index` as an object or an array, or a lone label. */
function categoryCodes(d: unknown): string[] {
  const category = isObject(d) && isObject(d.category) ? d.category : {};
  const out: string[] = [];
  if (Array.isArray(category.index)) category.index.forEach((code, i) => (out[i] = String(code)));
  else if (isObject(category.index)) {
    for (const [code, pos] of Object.entries(category.index)) {
      if (Number.isInteger(pos) && Number(pos) >= 0 && Number(pos) < MAX_CUBE_CELLS) out[Number(pos)] = code;
    }
  } else if (isObject(category.label) && Object.keys(category.label).length === 1) out[0] = Object.keys(category.label)[0] ?? '';
  return out;
}

/** json-stat2: values in row-major order over the dimensions in `id`; the cube is checked first. */
export function jsonStatTable(json: Record<string, unknown>, fileName = ''): RawTable {
  const ids = Array.isArray(json.id) ? json.id.map(String) : [];
  const size = Array.isArray(json.size) ? json.size.map((n) => (typeof n === 'number' ? n : Number.NaN)) : [];
  const dims = isObject(json.dimension) ? json.dimension : {};
  const codes = ids.map((id) => categoryCodes(dims[id]));
  const raw = json.value;
  const total = checkCube({ ids, size, categories: codes.map((c) => c.length), valueLength: Array.isArray(raw) ? raw.length : null }, fileName);
  checkPopulationCube(json, ids, codes, fileName);
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
    const v = Array.isArray(raw) ? raw[i] : isObject(raw) ? raw[String(i)] : undefined;
    const status = Array.isArray(json.status) ? text(json.status[i]) : text(statuses[String(i)]);
    cells.push(v === null || v === undefined ? (status ?? null) : String(v));
    rows.push(cells);
  }
  // An SCB table without a region dimension is the whole country (the region was eliminated).
  const scb = /^(scb|statistics sweden)$/i.test(typeof json.source === 'string' ? json.source : '');
  if (scb && !ids.some(isRegionDimension)) {
    return { columns: ['Region', ...ids, 'value'], rows: rows.map((r) => ['00', ...r]), firstRow: 1, notes: [noRegionNote()] };
  }
  return { columns: [...ids, 'value'], rows, firstRow: 1 };
}

/** The label of a json-stat2 dataset (its contents), for recognising population tables. */
export function jsonStatLabel(json: Record<string, unknown>): string {
  return typeof json.label === 'string' ? json.label : '';
}

export function jsonTable(textContent: string, fileName: string): RawTable {
  checkJsonText(textContent, fileName);
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch (e) {
    // The engine's own message is English and may quote a long stretch of the file: give the place only.
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    throw new ImportFailure(t('dataimport.json.invalid', { file: fileName, at: at ? formatNumber(Number(at)) : null }), [], fileName);
  }
  if (isObject(json) && Array.isArray(json.values)) return koladaTable(json);
  if (isObject(json) && json.class === 'dataset' && Array.isArray(json.id)) return jsonStatTable(json, fileName);
  if (isPxwebV1Json(json)) return pxwebV1Table(json, fileName);
  const v1 = jsonStat1Dataset(json);
  if (v1) return jsonStatTable(v1, fileName);
  throw new ImportFailure(t('dataimport.json.unknown', { file: fileName }), [], fileName);
}
