/** Bumped whenever the loaded data change (import, edits): every query result runs again. */
export const dataVersion = $state({ current: 0 });

export function dataChanged(): void {
  dataVersion.current += 1;
}

/**
 * Async query results as reactive state. The dependencies are read synchronously (so Svelte
 * tracks them); a newer run wins and stale results are dropped.
 */
export class QueryResult<D, T> {
  data = $state<T | undefined>(undefined);
  error = $state<string | undefined>(undefined);
  pending = $state(true);
  /** The dependency key of the data currently held. */
  loadedKey = $state<string | undefined>(undefined);

  constructor(deps: () => D, load: (deps: D) => Promise<T>, key: (deps: D) => string = (d) => JSON.stringify(d)) {
    $effect(() => {
      const d = deps();
      const k = `${key(d)}#${dataVersion.current}`;
      let current = true;
      this.pending = true;
      load(d).then(
        (result) => {
          if (!current) return;
          this.data = result;
          this.error = undefined;
          this.loadedKey = k;
          this.pending = false;
        },
        (e: unknown) => {
          if (!current) return;
          this.error = e instanceof Error ? e.message : String(e);
          this.pending = false;
        },
      );
      return () => {
        current = false;
      };
    });
  }
}
