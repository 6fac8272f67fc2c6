/**
 * Filters ⇄ URL query string, derived from the declarations in `data/filters.ts`. Every filter
 * lives in the URL so a copied link reopens the same view; unknown values are dropped with a
 * notice in Swedish, never an exception.
 */
import { withLocale } from '../i18n/locale';
import { copyFilters, FILTER_KEYS, FILTERS, normalise, pruneSelection, type FilterKey, type Filters, type KnownValues } from '../data/filters';
import { t } from '../i18n/catalogue';
import '../i18n/messages/filters';

export { VIEWS, VIEW_NAMES, viewName, MEASURES, GROUPS, type ViewId, type Measure, type GroupId, type Filters, type KnownValues, PERIODS, type PeriodChoice } from '../data/filters';

export interface ParseResult {
  filters: Filters;
  notices: string[];
}

function parseOne<K extends FilterKey>(key: K, raw: string, known: KnownValues, defaults: Filters, into: Filters, notices: string[]): void {
  const parsed = FILTERS[key].parse(raw, known, defaults);
  if (parsed.notice) notices.push(parsed.notice);
  if (parsed.value !== undefined) into[key] = parsed.value;
}

export function parseFilters(search: string, known: KnownValues, defaults: Filters): ParseResult {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const filters = copyFilters(defaults);
  for (const key of FILTER_KEYS) {
    const raw = params.get(key);
    if (raw !== null) parseOne(key, raw, known, defaults, filters, notices);
  }
  const swapped = normalise(filters);
  if (swapped) notices.push(swapped);
  // A link naming a municipality but no (usable) year opens on that municipality's latest real year.
  const rawTo = params.get('to');
  const toGiven = rawTo !== null && FILTERS.to.parse(rawTo, known, defaults).value !== undefined;
  const opening = known.openingYears?.[filters.municipality];
  if (!toGiven && opening !== undefined && filters.municipality !== defaults.municipality) {
    filters.to = opening;
    if (filters.from > filters.to) filters.from = defaults.from <= opening ? defaults.from : opening;
  }
  const outside = pruneSelection(filters);
  if (outside.length > 0) notices.push(t('selection.outside', { values: outside.map((c) => `${c.field}:${c.value}`) }));
  return { filters, notices };
}

function writeOne<K extends FilterKey>(key: K, filters: Filters, defaults: Filters): string | null {
  return FILTERS[key].write(filters[key], defaults, filters);
}

/**
 * A serialised filter string (`serializeFilters`, whose first parameter is always the view) for
 * another view: the links of every view are redrawn on each filter change, and this spares walking
 * the filters once per link. Only `view` differs; no other filter is written differently per view.
 */
export function searchForView(search: string, view: Filters['view']): string {
  return search.replace(/^\?view=[^&]*/, `?view=${view}`);
}

/** The query string for `filters`, naming only what differs from the defaults (view always). */
export function serializeFilters(filters: Filters, defaults: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const text = writeOne(key, filters, defaults);
    if (text !== null) params.set(key, text);
  }
  // The language is not a filter, but a link keeps it (Swedish, the default, is not written).
  return withLocale(params.toString());
}
