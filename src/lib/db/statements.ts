/**
 * Prepared statements kept for reuse, by SQL text: the second query with the same SQL binds new
 * parameters to the statement already prepared (one round trip to the worker instead of three).
 * The least recently used statement is closed when more than `max` are held.
 */
export interface Statement<R> {
  query(...params: unknown[]): R;
  close(): unknown;
}

export class StatementCache<R> {
  readonly #held = new Map<string, Promise<Statement<R>>>();
  readonly #prepare: (sql: string) => Promise<Statement<R>>;
  readonly #max: number;
  /** How many statements were prepared (not reused); for tests and the bench. */
  prepared = 0;

  constructor(prepare: (sql: string) => Promise<Statement<R>>, max = 32) {
    this.#prepare = prepare;
    this.#max = max;
  }

  async run(sql: string, params: readonly unknown[]): Promise<Awaited<R>> {
    let stmt = this.#held.get(sql);
    if (stmt) {
      this.#held.delete(sql); // re-inserted below: most recently used last
    } else {
      stmt = this.#prepare(sql);
      this.prepared += 1;
    }
    this.#held.set(sql, stmt);
    this.#evict();
    try {
      return await (await stmt).query(...params);
    } catch (e) {
      // A statement that failed (or never prepared) is not kept.
      if (this.#held.get(sql) === stmt) this.#held.delete(sql);
      void stmt.then((s) => s.close()).catch(() => {});
      throw e;
    }
  }

  #evict(): void {
    while (this.#held.size > this.#max) {
      const [oldest, stmt] = this.#held.entries().next().value as [string, Promise<Statement<R>>];
      this.#held.delete(oldest);
      void stmt.then((s) => s.close()).catch(() => {});
    }
  }

  /** Closes every statement held. */
  async clear(): Promise<void> {
    const all = [...this.#held.values()];
    this.#held.clear();
    await Promise.all(all.map((p) => p.then((s) => s.close()).catch(() => {})));
  }
}
