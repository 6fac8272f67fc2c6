/**
 * What the filters now show, as one short Swedish sentence for a polite live region
 * ("Visar 2015–2020, Mariestad, 3 kategorier."). Only the parts the view has are given.
 */
export interface FilterSummaryParts {
  years?: [number, number];
  municipality?: string;
  /** How many comparisons are ticked (municipalities or Riket). */
  compare?: number;
  categories?: number;
  /** How many actors or venues are ticked; 0 = all. */
  actors?: number;
  venues?: number;
  measure?: 'rate' | 'count';
  promise?: string;
  baseline?: [number, number] | null;
  group?: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const span = ([a, b]: [number, number]) => (a === b ? String(a) : `${a}–${b}`);

export function filterSummary(p: FilterSummaryParts): string {
  const parts: string[] = [];
  if (p.years) parts.push(span(p.years));
  if (p.municipality) parts.push(p.municipality);
  if (p.promise) parts.push(p.promise);
  if (p.baseline !== undefined) parts.push(p.baseline ? `jämförelseår ${span(p.baseline)}` : 'jämförelseår automatiskt');
  if (p.group) parts.push(`jämförelsegrupp ${p.group}`);
  if (p.measure) parts.push(p.measure === 'rate' ? 'per 100\u00a0000 invånare' : 'antal');
  if (p.compare !== undefined) parts.push(p.compare === 0 ? 'ingen jämförelse' : count(p.compare, 'jämförelse', 'jämförelser'));
  if (p.categories !== undefined) parts.push(count(p.categories, 'kategori', 'kategorier'));
  if (p.actors !== undefined) parts.push(p.actors === 0 ? 'alla aktörer' : count(p.actors, 'aktör', 'aktörer'));
  if (p.venues !== undefined) parts.push(p.venues === 0 ? 'alla platser' : count(p.venues, 'plats', 'platser'));
  return parts.length === 0 ? '' : `Visar ${parts.join(', ')}.`;
}
