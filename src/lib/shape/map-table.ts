/** The map's table alternative and the values it colours: one row per municipality with data. */
import type { MapRateRow } from '../queries/map';
import { formatNumber, formatRate } from '../format/number';
import { binColour, binEdges, binOf } from './map';
import type { TableSource } from './table-source';
import { booleanAt, column, numberAt, stringAt, type Columns } from '../db/columns';
import { t } from '../i18n/catalogue';
import '../i18n/messages/charts';
import '../i18n/messages/crime';

export interface MapValueText {
  colour: string;
  example: boolean;
  text: string;
}

/** The map query's row i (`MapRateRow`), read from its columns. */
function mapReader(cols: Columns): (i: number) => MapRateRow {
  const [kommunkod, name, count, population, rate, example, source, populationSource] = ['kommunkod', 'name', 'count', 'population', 'rate', 'example', 'source', 'population_source'].map((n) => column(cols, n));
  return (i) => ({
    kommunkod: stringAt(kommunkod, i) ?? '',
    name: stringAt(name, i) ?? '',
    count: numberAt(count, i),
    population: numberAt(population, i),
    rate: numberAt(rate, i),
    example: booleanAt(example, i) === true,
    source: stringAt(source, i) ?? '',
    population_source: stringAt(populationSource, i),
  });
}

/** Municipalities with a rate, their class edges, and per municipality its colour and tooltip text, from the map query's columns. */
export function mapValues(cols: Columns): { edges: number[]; values: Map<string, MapValueText>; order: string[] } {
  const read = mapReader(cols);
  const rated: (MapRateRow & { rate: number })[] = [];
  for (let i = 0; i < cols.length; i++) {
    const r = read(i);
    if (r.rate !== null) rated.push({ ...r, rate: r.rate });
  }
  const edges = binEdges(rated.map((r) => r.rate));
  const values = new Map<string, MapValueText>();
  for (const r of rated) {
    values.set(r.kommunkod, {
      colour: binColour(binOf(r.rate, edges), edges.length + 1),
      example: r.example,
      text: t('map.tooltip', { name: r.name, rate: formatRate(r.rate), count: formatNumber(r.count), population: formatNumber(r.population), example: r.example }),
    });
  }
  return { edges, values, order: rated.map((r) => r.kommunkod) };
}

/** Whether any row of the map query is example data. */
export function mapHasExample(cols: Columns): boolean {
  const example = column(cols, 'example');
  for (let i = 0; i < cols.length; i++) if (booleanAt(example, i) === true) return true;
  return false;
}

/**
 * The table behind the map: name, role (focus or group), count, inhabitants, rate, source. Lazy:
 * a row is read from the columns and formatted when it is asked for.
 */
export function mapTable(cols: Columns, focus: string, group: readonly string[]): TableSource {
  const columns = [
    { key: 'name', label: t('map.col.name'), numeric: false },
    { key: 'role', label: t('map.col.role'), numeric: false },
    { key: 'count', label: t('map.col.count'), numeric: true },
    { key: 'population', label: t('map.col.population'), numeric: true },
    { key: 'rate', label: t('map.col.rate'), numeric: true },
    { key: 'source', label: t('map.col.source'), numeric: false },
  ];
  const read = mapReader(cols);
  const role = (k: string) => (k === focus ? t('map.role.focus') : group.includes(k) ? t('map.role.group') : '');
  const source = (r: MapRateRow) => (r.example ? t('chart.example') : [r.source, r.population_source].filter(Boolean).join('; '));
  return {
    columns,
    length: cols.length,
    row: (i) => {
      const r = read(i);
      return { name: r.name, role: role(r.kommunkod), count: formatNumber(r.count), population: formatNumber(r.population), rate: formatRate(r.rate), source: source(r) };
    },
    raw: {
      columns,
      row: (i) => {
        const r = read(i);
        return { name: r.name, role: role(r.kommunkod), count: r.count, population: r.population, rate: r.rate, source: source(r) };
      },
    },
  };
}
