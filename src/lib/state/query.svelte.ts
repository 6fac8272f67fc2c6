/**
 * Async query results as reactive state: each is a client of the coordinator. The dependencies
 * are read synchronously (so Svelte tracks them), but the query runs again only when its key
 * changes (or the data changed): a filter change that leaves this client's question as it was
 * sends nothing. A newer run wins: the older one's signal is aborted, so the coordinator can drop
 * it if it has not been sent yet, and its answer is ignored if it has.
 */
import { untrack } from 'svelte';

/** Bumped whenever the loaded data change (import, edits). Clients ask again; the coordinator
 * answers from its cache unless the tables their SQL reads were written. */
export const dataVersion = $state({ current: 0 });

export function dataChanged(): void {
  dataVersion.current += 1;
}

export class QueryResult<D, T> {
  data = $state<T | undefined>(undefined);
  error = $state<string | undefined>(undefined);
  pending = $state(true);
  /** The dependency key of the data currently held. */
  loadedKey = $state<string | undefined>(undefined);
  /** How many times this client has asked (a new key or new data); for tests and the bench. */
  runs = 0;
  #key: string | undefined;
  #abort: AbortController | null = null;

  /**
   * `peek`: the answer when it is at hand without waiting (a cache, the crime index), else
   * undefined. Taken in the same update as the change: no pending state in between, one redraw.
   */
  constructor(
    deps: () => D,
    load: (deps: D, signal: AbortSignal) => Promise<T>,
    key: (deps: D) => string = (d) => JSON.stringify(d),
    peek?: (deps: D) => T | undefined,
  ) {
    $effect(() => {
      const d = deps();
      const k = `${key(d)}#${dataVersion.current}`;
      if (k === this.#key) return;
      this.#key = k;
      untrack(() => {
        const atHand = peek?.(d);
        if (atHand === undefined) this.#start(d, k, load);
        else this.#take(k, atHand);
      });
    });
    // When the client goes away, so does its question.
    $effect(() => () => this.#abort?.abort());
  }

  #take(k: string, result: T): void {
    this.#abort?.abort();
    this.#abort = null;
    this.runs += 1;
    this.data = result;
    this.error = undefined;
    this.loadedKey = k;
    this.pending = false;
  }

  #start(d: D, k: string, load: (deps: D, signal: AbortSignal) => Promise<T>): void {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.runs += 1;
    this.pending = true;
    load(d, abort.signal).then(
      (result) => {
        if (abort.signal.aborted) return;
        this.data = result;
        this.error = undefined;
        this.loadedKey = k;
        this.pending = false;
      },
      (e: unknown) => {
        if (abort.signal.aborted) return;
        this.error = e instanceof Error ? e.message : String(e);
        this.pending = false;
      },
    );
  }
}
