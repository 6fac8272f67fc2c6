/** The map's table alternative and the values it colours: one row per municipality with data. */
import type { MapRateRow } from '../queries/map';
import { formatNumber, formatRate } from '../format/number';
import { binColour, binEdges, binOf } from './map';
import type { TableData } from './tables';
import { t } from '../i18n/catalogue';
import '../i18n/messages/charts';
import '../i18n/messages/crime';

export interface MapValueText {
  colour: string;
  example: boolean;
  text: string;
}

/** Rows with a rate, their class edges, and per municipality its colour and tooltip text. */
export function mapValues(rows: readonly MapRateRow[]): { edges: number[]; values: Map<string, MapValueText>; order: string[] } {
  const rated = rows.filter((r): r is MapRateRow & { rate: number } => r.rate !== null);
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

/** The table behind the map: name, role (focus or group), count, inhabitants, rate, source. */
export function mapTable(rows: readonly MapRateRow[], focus: string, group: readonly string[]): TableData {
  const columns = [
    { key: 'name', label: t('map.col.name'), numeric: false },
    { key: 'role', label: t('map.col.role'), numeric: false },
    { key: 'count', label: t('map.col.count'), numeric: true },
    { key: 'population', label: t('map.col.population'), numeric: true },
    { key: 'rate', label: t('map.col.rate'), numeric: true },
    { key: 'source', label: t('map.col.source'), numeric: false },
  ];
  const role = (k: string) => (k === focus ? t('map.role.focus') : group.includes(k) ? t('map.role.group') : '');
  const source = (r: MapRateRow) => (r.example ? t('chart.example') : [r.source, r.population_source].filter(Boolean).join('; '));
  return {
    columns,
    rows: rows.map((r) => ({
      name: r.name,
      role: role(r.kommunkod),
      count: formatNumber(r.count),
      population: formatNumber(r.population),
      rate: formatRate(r.rate),
      source: source(r),
    })),
    raw: {
      columns,
      rows: rows.map((r) => ({ name: r.name, role: role(r.kommunkod), count: r.count, population: r.population, rate: r.rate, source: source(r) })),
    },
  };
}
