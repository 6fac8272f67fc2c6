/**
 * What the filters now show, as one short sentence in the page's language for a polite live region
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

import { t } from '../i18n/catalogue';
import '../i18n/messages/filters';

const span = ([a, b]: [number, number]) => (a === b ? String(a) : `${a}–${b}`);

export function filterSummary(p: FilterSummaryParts): string {
  const parts: string[] = [];
  if (p.years) parts.push(span(p.years));
  if (p.municipality) parts.push(p.municipality);
  if (p.promise) parts.push(p.promise);
  if (p.baseline !== undefined) parts.push(p.baseline ? t('filter.sum.baseline', { span: span(p.baseline) }) : t('filter.sum.baselineAuto'));
  if (p.group) parts.push(t('filter.sum.group', { group: p.group }));
  if (p.measure) parts.push(p.measure === 'rate' ? t('filter.sum.rate') : t('filter.sum.count'));
  if (p.compare !== undefined) parts.push(p.compare === 0 ? t('filter.sum.noCompare') : t('filter.sum.compare', { n: p.compare }));
  if (p.categories !== undefined) parts.push(t('filter.sum.categories', { n: p.categories }));
  if (p.actors !== undefined) parts.push(p.actors === 0 ? t('filter.sum.allActors') : t('filter.sum.actors', { n: p.actors }));
  if (p.venues !== undefined) parts.push(p.venues === 0 ? t('filter.sum.allVenues') : t('filter.sum.venues', { n: p.venues }));
  return parts.length === 0 ? '' : t('filter.sum.showing', { parts: parts.join(', ') });
}
