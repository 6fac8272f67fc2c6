/** The map's table alternative and the values it colours: one row per municipality with data. */
import type { MapRateRow } from '../queries/map';
import { formatNumber, formatRate } from '../format/number';
import { binColour, binEdges, binOf } from './map';
import type { TableData } from './tables';

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
    const mark = r.example ? ' (exempeldata)' : '';
    values.set(r.kommunkod, {
      colour: binColour(binOf(r.rate, edges), edges.length + 1),
      example: r.example,
      text: `${r.name}: ${formatRate(r.rate)} per 100 000 invånare (${formatNumber(r.count)} brott, ${formatNumber(r.population)} invånare)${mark}`,
    });
  }
  return { edges, values, order: rated.map((r) => r.kommunkod) };
}

/** The table behind the map: name, role (focus or group), count, inhabitants, rate, source. */
export function mapTable(rows: readonly MapRateRow[], focus: string, group: readonly string[]): TableData {
  const columns = [
    { key: 'name', label: 'Kommun', numeric: false },
    { key: 'role', label: 'På kartan', numeric: false },
    { key: 'count', label: 'Anmälda brott', numeric: true },
    { key: 'population', label: 'Invånare', numeric: true },
    { key: 'rate', label: 'Per 100 000 invånare', numeric: true },
    { key: 'source', label: 'Källa', numeric: false },
  ];
  const role = (k: string) => (k === focus ? 'vald kommun (tjock kant)' : group.includes(k) ? 'jämförelsegrupp (streckad kant)' : '');
  const source = (r: MapRateRow) => (r.example ? 'exempeldata' : [r.source, r.population_source].filter(Boolean).join('; '));
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
