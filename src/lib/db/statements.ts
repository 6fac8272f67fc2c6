/**
 * Prepared statements kept for reuse, by SQL text: the second query with the same SQL binds new
 * parameters to the statement already prepared (one round trip to the worker instead of three).
 * The least recently used statement is closed when more than `max` are held.
 *
 * They must be dropped (`clear`) whenever a table changes: DuckDB-WASM 1.32 re-running a kept
 * statement after its table was written returned corrupted strings (tests/db/coordinator-import.test.ts).
 * A statement still running when it is dropped is closed when it has finished.
 */
export interface Statement<R> {
  query(...params: unknown[]): R;
  close(): unknown;
}

/** Statements that only read are kept; anything else runs once. */
const READ = /^\s*(SELECT|WITH|FROM)\b/i;

export class StatementCache<R> {
  readonly #held = new Map<string, Promise<Statement<R>>>();
  /** Uses under way per statement, and the statements to close once their last use ends. */
  readonly #uses = new Map<Promise<Statement<R>>, number>();
  readonly #retired = new Set<Promise<Statement<R>>>();
  readonly #prepare: (sql: string) => Promise<Statement<R>>;
  readonly #max: number;
  /** How many statements were prepared (not reused); for tests and the bench. */
  prepared = 0;

  constructor(prepare: (sql: string) => Promise<Statement<R>>, max = 32) {
    this.#prepare = prepare;
    this.#max = max;
  }

  async run(sql: string, params: readonly unknown[]): Promise<Awaited<R>> {
    if (!READ.test(sql)) return this.#once(sql, params);
    let stmt = this.#held.get(sql);
    if (stmt) {
      this.#held.delete(sql); // re-inserted below: most recently used last
    } else {
      stmt = this.#prepare(sql);
      this.prepared += 1;
    }
    this.#held.set(sql, stmt);
    this.#uses.set(stmt, (this.#uses.get(stmt) ?? 0) + 1);
    this.#evict();
    try {
      return await (await stmt).query(...params);
    } catch (e) {
      // A statement that failed (or never prepared) is not kept.
      if (this.#held.get(sql) === stmt) this.#retire(sql, stmt);
      throw e;
    } finally {
      const left = (this.#uses.get(stmt) ?? 1) - 1;
      if (left > 0) this.#uses.set(stmt, left);
      else {
        this.#uses.delete(stmt);
        if (this.#retired.delete(stmt)) void stmt.then((s) => s.close()).catch(() => {});
      }
    }
  }

  /** A statement that may write: prepared, run and closed, and every kept statement dropped. */
  async #once(sql: string, params: readonly unknown[]): Promise<Awaited<R>> {
    const stmt = await this.#prepare(sql);
    try {
      return await stmt.query(...params);
    } finally {
      await stmt.close();
      this.clear();
    }
  }

  #retire(sql: string, stmt: Promise<Statement<R>>): void {
    this.#held.delete(sql);
    if (this.#uses.has(stmt)) this.#retired.add(stmt);
    else void stmt.then((s) => s.close()).catch(() => {});
  }

  #evict(): void {
    while (this.#held.size > this.#max) {
      const [oldest, stmt] = this.#held.entries().next().value as [string, Promise<Statement<R>>];
      this.#retire(oldest, stmt);
    }
  }

  /** Drops every statement held (closed now, or when the query using it has finished). */
  clear(): void {
    for (const [sql, stmt] of [...this.#held]) this.#retire(sql, stmt);
  }
}
