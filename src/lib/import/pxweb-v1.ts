/**
 * SCB PxWeb API v1 answers in two JSON shapes besides json-stat2: "json"
 * (`{ columns: [{code, text, type: d|t|c}], data: [{key, values}] }`) and json-stat 1.x
 * (`{ dataset: { dimension: { id, size, role, … }, value } }`). Both become raw tables with a
 * Region, a Tid and a value column, after the same check as json-stat2: every other dimension at
 * its total, the content folkmängd. A table without a region dimension is SCB's whole country.
 */
import { isPopulationContent, isRegionDimension, isTimeDimension, refuseContent, refuseUnlessTotal } from './json-stat-check';
import { ImportFailure, type Cell, type RawTable } from './types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/dataimport-json';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The note for an SCB table without a region dimension, in the page's language. */
export const noRegionNote = () => t('dataimport.scb.noRegion');

export function isPxwebV1Json(json: unknown): json is Json {
  return isObject(json) && Array.isArray(json.columns) && Array.isArray(json.data);
}

interface Column {
  code: string;
  text: string;
  type: string;
}

/** PxWeb v1 "json": one row per key, one value per content column. */
export function pxwebV1Table(json: Json, fileName: string): RawTable {
  const columns: Column[] = (json.columns as unknown[]).filter(isObject).map((c) => ({ code: String(c.code ?? ''), text: String(c.text ?? c.code ?? ''), type: String(c.type ?? 'd') }));
  const data = (json.data as unknown[]).filter(isObject).map((d) => ({ key: Array.isArray(d.key) ? d.key.map(String) : [], values: Array.isArray(d.values) ? d.values : [] }));
  const dims = columns.filter((c) => c.type !== 'c');
  const contents = columns.filter((c) => c.type === 'c');
  const region = dims.findIndex((c) => isRegionDimension(c.code));
  const time = dims.findIndex((c) => c.type === 't' || isTimeDimension(c.code));
  if (time < 0) throw new ImportFailure(t('dataimport.scb.noTime', { file: fileName }), [], fileName);
  dims.forEach((c, d) => {
    if (d === region || d === time) return;
    const values = [...new Set(data.map((row) => row.key[d] ?? ''))];
    // v1 "json" carries codes only: the code is what can be named.
    refuseUnlessTotal(fileName, c.text, values, (code) => code);
  });
  const population = contents.findIndex((c) => isPopulationContent(c.code, c.text));
  if (population < 0) {
    const first = contents[0];
    if (!first) throw new ImportFailure(t('dataimport.scb.noContent', { file: fileName }), [], fileName);
    refuseContent(fileName, t('dataimport.scb.contentDimension'), first.code, first.text);
  }
  const notes: string[] = [];
  const others = contents.filter((_, i) => i !== population);
  const chosen = contents[population];
  if (others.length > 0 && chosen) {
    notes.push(t('dataimport.scb.otherContents', { others: others.map((c) => `”${c.text}” (${c.code})`).join(', '), chosen: `”${chosen.text}” (${chosen.code})` }));
  }
  if (region < 0) notes.push(noRegionNote());
  const rows: Cell[][] = data.map((row) => {
    const v = row.values[population];
    return [region < 0 ? '00' : (row.key[region] ?? null), row.key[time] ?? null, v === null || v === undefined ? null : String(v)];
  });
  return { columns: ['Region', 'Tid', 'value'], rows, firstRow: 1, notes };
}

/** json-stat 1.x: the dataset (under `dataset` or a name of its own) in json-stat2's shape. */
export function jsonStat1Dataset(json: unknown): Json | null {
  if (!isObject(json)) return null;
  const ds = isObject(json.dataset) ? json.dataset : Object.values(json).find((v) => isObject(v) && isObject(v.dimension) && 'value' in v);
  if (!isObject(ds) || !isObject(ds.dimension) || !Array.isArray(ds.dimension.id)) return null;
  const { id, size, role, ...dimension } = ds.dimension;
  return { ...ds, class: 'dataset', id, size, role, dimension };
}
