/**
 * The filters as reactive state, kept in step with the URL: a change pushes a history entry,
 * the back button (popstate) restores the filters it recorded. The entry is written after the
 * frame that shows the change: Chromium's pushState took 0.3–7 ms at national scale, the largest
 * single cost of a filter change, and nothing on the page reads the URL in between.
 */
import { parseFilters, serializeFilters, type Filters, type KnownValues } from './url';
import { normalise, pruneSelection } from '../data/filters';

/**
 * Runs `write` once the next frame is drawn, in the idle time after it where the browser has
 * some (else at once after the frame), and after 100 ms at the latest (a hidden tab draws no frames).
 */
export function afterNextFrame(write: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    write();
  };
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(once, { timeout: 50 }) : setTimeout(once, 0));
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(idle);
  setTimeout(once, 100);
}

export class FilterState {
  // Raw, not deep state: the filters are replaced whole, never changed in place, so a deep proxy
  // would only add a trap to every read of a field (thousands per redraw).
  current = $state.raw<Filters>() as Filters;
  notices = $state<string[]>([]);
  known = $state.raw<KnownValues>() as KnownValues;
  defaults = $state.raw<Filters>() as Filters;
  readonly #location: Pick<Location, 'search'>;
  readonly #history: Pick<History, 'pushState' | 'replaceState'>;
  readonly #writeLater: (write: () => void) => void;
  /** The query string of a change whose history entry is not written yet. */
  #unwritten: string | null = null;
  /** The query string `update` already made for the filters it set: not made twice per change. */
  readonly #serialised = new WeakMap<Filters, string>();

  constructor(
    known: KnownValues,
    defaults: Filters,
    location: Pick<Location, 'search'>,
    history: Pick<History, 'pushState' | 'replaceState'>,
    writeLater: (write: () => void) => void = afterNextFrame,
  ) {
    this.known = known;
    this.defaults = defaults;
    this.#location = location;
    this.#history = history;
    this.#writeLater = writeLater;
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
  readonly key: string = $derived(this.#serialised.get(this.current) ?? serializeFilters(this.current, this.defaults));

  update(patch: Partial<Filters>): void {
    const next: Filters = { ...this.current, ...patch };
    normalise(next);
    // A new year span or venue/actor filter that rules out the chosen bar takes the choice away.
    pruneSelection(next);
    const search = serializeFilters(next, this.defaults);
    if (search === this.key) return;
    this.#serialised.set(next, search);
    this.current = next;
    this.notices = [];
    // An earlier change still unwritten gets its own entry first: one entry per change, as before.
    this.writeHistory();
    this.#unwritten = search;
    this.#writeLater(() => this.writeHistory());
  }

  /** Writes the history entry of the last change now, if it is not written yet. */
  writeHistory(): void {
    if (this.#unwritten === null) return;
    const search = this.#unwritten;
    this.#unwritten = null;
    this.#history.pushState(null, '', search);
  }

  /** Reads the filters back from the URL (after back/forward). */
  syncFromLocation(): void {
    // The browser has moved to another entry: a change not yet written would land after it.
    this.#unwritten = null;
    const parsed = parseFilters(this.#location.search, this.known, this.defaults);
    this.current = parsed.filters;
    this.notices = parsed.notices;
  }

  /** After the data changed (import, edits): new known values and defaults, filters re-read from the URL. */
  setData(known: KnownValues, defaults: Filters): void {
    this.writeHistory();
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
