/**
 * An SCB json-stat table is a population only when every dimension other than region and time is
 * at its total (or elimination) value and the content is a population measure; otherwise one
 * cell, such as "unmarried men aged 0", would be stored as the whole population. Refused with the
 * dimension and its value named.
 */
import { ImportFailure } from './types';

/** SCB's content codes for folkmängd (population) in its population tables. */
const POPULATION_CODES = new Set(['BE0101N1', 'BE0101A9', '000000LV', 'N01951']);
const POPULATION_LABEL = /folkmängd|befolkning|invånare|population/i;
const TOTAL_CODE = /^(tot|total|totalt|t|samtliga|1\+2|alla|tot1)$/i;
const TOTAL_LABEL = /^(totalt|total|samtliga|båda könen|alla|totalt ålder|totalt alla)/i;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function roles(json: Json): { geo: string[]; time: string[]; metric: string[] } {
  const role = isObject(json.role) ? json.role : {};
  const list = (k: string) => (Array.isArray(role[k]) ? (role[k] as unknown[]).map(String) : []);
  return { geo: list('geo'), time: list('time'), metric: list('metric') };
}

export function checkPopulationCube(json: Json, ids: readonly string[], codes: readonly string[][], fileName: string): void {
  const r = roles(json);
  const dims = isObject(json.dimension) ? json.dimension : {};
  const refuse = (dimension: string, value: string, message: string) => {
    throw new ImportFailure(`${fileName}: ${message}`, [{ row: null, column: dimension, value, message }], fileName);
  };
  ids.forEach((id, d) => {
    const dim = isObject(dims[id]) ? dims[id] : {};
    const category = isObject(dim.category) ? dim.category : {};
    const labels = isObject(category.label) ? category.label : {};
    const name = typeof dim.label === 'string' ? dim.label : id;
    const values = codes[d] ?? [];
    const label = (code: string) => (typeof labels[code] === 'string' ? labels[code] : code);
    if (r.geo.includes(id) || /^region$/i.test(id) || r.time.includes(id) || /^(tid|år)$/i.test(id)) return;
    if (r.metric.includes(id) || /^contentscode$/i.test(id)) {
      const other = values.find((c) => !POPULATION_CODES.has(c) && !POPULATION_LABEL.test(label(c)));
      if (other !== undefined) refuse(name, other, `innehållet ”${label(other)}” (${other}) är inte folkmängd, så filen kan inte läsas in som befolkning.`);
      return;
    }
    const extension = isObject(dim.extension) ? dim.extension : {};
    const elimination = typeof extension.eliminationValueCode === 'string' ? extension.eliminationValueCode : null;
    if (values.length > 1) {
      refuse(name, values.slice(0, 5).map(label).join(', '), `dimensionen ”${name}” har ${values.length} värden (${values.slice(0, 3).map(label).join(', ')} …). Hämta tabellen med bara totalen för ”${name}”, annars blir en del av befolkningen hela befolkningen.`);
    }
    const only = values[0] ?? '';
    const isTotal = only === elimination || TOTAL_CODE.test(only) || TOTAL_LABEL.test(label(only));
    if (!isTotal) {
      refuse(name, label(only), `dimensionen ”${name}” har värdet ”${label(only)}”, inte totalen. Filen är en del av befolkningen (t.ex. en åldersgrupp eller ett kön) och kan inte läsas in som hela befolkningen; hämta tabellen med totalen för ”${name}”.`);
    }
  });
}
