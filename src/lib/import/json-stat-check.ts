/**
 * An SCB table is a population only when every dimension other than region and time is at its
 * total (or elimination) value and the content is a population measure; otherwise one cell, such
 * as "unmarried men aged 0", would be stored as the whole population. Refused with the dimension
 * and its value named. Used for json-stat (1.x and 2) and for PxWeb v1 "json" (pxweb-v1.ts).
 */
import { ImportFailure } from './types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/dataimport-json';

/** SCB's content codes for folkmängd (population) in its population tables. */
const POPULATION_CODES = new Set(['BE0101N1', 'BE0101A9', '000000LV', 'N01951']);
const POPULATION_LABEL = /folkmängd|befolkning|invånare|population/i;
const TOTAL_CODE = /^(tot|total|totalt|t|samtliga|1\+2|alla|tot1)$/i;
const TOTAL_LABEL = /^(totalt|total|samtliga|båda könen|alla|totalt ålder|totalt alla)/i;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isPopulationContent = (code: string, label: string) => POPULATION_CODES.has(code) || POPULATION_LABEL.test(label);
export const isTotal = (code: string, label: string, elimination: string | null = null) => code === elimination || TOTAL_CODE.test(code) || TOTAL_LABEL.test(label);
export const isRegionDimension = (id: string) => /^region$/i.test(id);
export const isTimeDimension = (id: string) => /^(tid|år)$/i.test(id);

function refuse(fileName: string, dimension: string, value: string, message: string): never {
  throw new ImportFailure(`${fileName}: ${message}`, [{ row: null, column: dimension, value, message }], fileName);
}

/** Refuses a dimension that is not at its total: several values, or one value that is a part. */
export function refuseUnlessTotal(fileName: string, name: string, values: readonly string[], label: (code: string) => string, elimination: string | null = null): void {
  if (values.length > 1) {
    refuse(fileName, name, values.slice(0, 5).map(label).join(', '), t('dataimport.scb.manyValues', { name, n: values.length, some: values.slice(0, 3).map(label).join(', ') }));
  }
  const only = values[0] ?? '';
  if (!isTotal(only, label(only), elimination)) {
    refuse(fileName, name, label(only), t('dataimport.scb.notTotal', { name, value: label(only) }));
  }
}

export function refuseContent(fileName: string, name: string, code: string, label: string): never {
  refuse(fileName, name, code, t('dataimport.scb.notPopulation', { label, code }));
}

function roles(json: Json): { geo: string[]; time: string[]; metric: string[] } {
  const role = isObject(json.role) ? json.role : {};
  const list = (k: string) => (Array.isArray(role[k]) ? (role[k] as unknown[]).map(String) : []);
  return { geo: list('geo'), time: list('time'), metric: list('metric') };
}

export function checkPopulationCube(json: Json, ids: readonly string[], codes: readonly string[][], fileName: string): void {
  const r = roles(json);
  const dims = isObject(json.dimension) ? json.dimension : {};
  ids.forEach((id, d) => {
    const dim = isObject(dims[id]) ? dims[id] : {};
    const category = isObject(dim.category) ? dim.category : {};
    const labels = isObject(category.label) ? category.label : {};
    const name = typeof dim.label === 'string' ? dim.label : id;
    const values = codes[d] ?? [];
    const label = (code: string) => (typeof labels[code] === 'string' ? labels[code] : code);
    if (r.geo.includes(id) || isRegionDimension(id) || r.time.includes(id) || isTimeDimension(id)) return;
    if (r.metric.includes(id) || /^contentscode$/i.test(id)) {
      const other = values.find((c) => !isPopulationContent(c, label(c)));
      if (other !== undefined) refuseContent(fileName, name, other, label(other));
      return;
    }
    const extension = isObject(dim.extension) ? dim.extension : {};
    const elimination = typeof extension.eliminationValueCode === 'string' ? extension.eliminationValueCode : null;
    refuseUnlessTotal(fileName, name, values, label, elimination);
  });
}
