/**
 * The filters as reactive state, kept in step with the URL: a change pushes a history entry,
 * the back button (popstate) restores the filters it recorded.
 */
import { parseFilters, serializeFilters, type Filters, type KnownValues } from './url';
import { normalise, pruneSelection } from '../data/filters';

export class FilterState {
  current = $state<Filters>() as Filters;
  notices = $state<string[]>([]);
  known = $state<KnownValues>() as KnownValues;
  defaults = $state<Filters>() as Filters;
  readonly #location: Pick<Location, 'search'>;
  readonly #history: Pick<History, 'pushState' | 'replaceState'>;

  constructor(known: KnownValues, defaults: Filters, location: Pick<Location, 'search'>, history: Pick<History, 'pushState' | 'replaceState'>) {
    this.known = known;
    this.defaults = defaults;
    this.#location = location;
    this.#history = history;
    const parsed = parseFilters(location.search, known, defaults);
    this.current = parsed.filters;
    this.notices = parsed.notices;
    // Canonical URL from the start, without adding a history entry.
    this.#history.replaceState(null, '', serializeFilters(this.current, defaults));
  }

  /**
   * The query string of the current filters; also a key that changes whenever they do. Derived,
   * so the many readers of one redraw (each view's ready mark, pages, queries) share one serialisation.
   */
  readonly key: string = $derived(serializeFilters(this.current, this.defaults));

  update(patch: Partial<Filters>): void {
    const next: Filters = { ...this.current, ...patch };
    normalise(next);
    // A new year span or venue/actor filter that rules out the chosen bar takes the choice away.
    pruneSelection(next);
    const search = serializeFilters(next, this.defaults);
    if (search === this.key) return;
    this.current = next;
    this.notices = [];
    this.#history.pushState(null, '', search);
  }

  /** Reads the filters back from the URL (after back/forward). */
  syncFromLocation(): void {
    const parsed = parseFilters(this.#location.search, this.known, this.defaults);
    this.current = parsed.filters;
    this.notices = parsed.notices;
  }

  /** After the data changed (import, edits): new known values and defaults, filters re-read from the URL. */
  setData(known: KnownValues, defaults: Filters): void {
    this.known = known;
    this.defaults = defaults;
    const parsed = parseFilters(this.#location.search, known, defaults);
    this.current = parsed.filters;
    this.notices = parsed.notices;
    this.#history.replaceState(null, '', serializeFilters(this.current, defaults));
  }

  dismissNotices(): void {
    this.notices = [];
  }
}
