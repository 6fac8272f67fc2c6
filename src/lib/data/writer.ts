import type { ConsoleConnection, Connector, Query, Row } from '../db/types';
import type { Columns } from '../db/columns';
import { transactionStep, writeSet } from './tables';

/**
 * The writing connection: every statement runs there, nothing is cached. Outside a transaction
 * the tables a statement wrote are invalidated when it has run; inside one, at COMMIT.
 */
export class Writer implements Connector {
  readonly #conn: Connector;
  readonly #invalidate: (tables: ReadonlySet<string>) => void;
  readonly #count: () => void;
  #transaction: Set<string> | null = null;

  constructor(conn: Connector, invalidate: (tables: ReadonlySet<string>) => void, count: () => void) {
    this.#conn = conn;
    this.#invalidate = invalidate;
    this.#count = count;
  }

  query(q: Query): Promise<Row[]> {
    return this.#run(q.sql, () => this.#conn.query(q));
  }

  queryColumns(q: Query): Promise<Columns> {
    return this.#run(q.sql, () => this.#conn.queryColumns(q));
  }

  exec(sql: string): Promise<void> {
    return this.#run(sql, () => this.#conn.exec(sql));
  }

  async #run<T>(sql: string, run: () => Promise<T>): Promise<T> {
    this.#count();
    const step = transactionStep(sql);
    if (step === 'begin') {
      const result = await run();
      this.#transaction = new Set();
      return result;
    }
    if (step === 'commit' || step === 'rollback') {
      const written = this.#transaction ?? new Set<string>();
      this.#transaction = null;
      try {
        return await run();
      } finally {
        // After a failed COMMIT DuckDB has rolled back; invalidating then is merely cautious.
        if (step === 'commit') this.#invalidate(written);
      }
    }
    const written = writeSet(sql);
    try {
      return await run();
    } finally {
      if (this.#transaction) for (const t of written) this.#transaction.add(t);
      else this.#invalidate(written);
    }
  }

  registerText(name: string, text: string): Promise<void> {
    return this.#conn.registerText(name, text);
  }

  registerBuffer(name: string, bytes: Uint8Array): Promise<void> {
    return this.#connector('registerBuffer').call(this.#conn, name, bytes);
  }

  readBuffer(name: string): Promise<Uint8Array> {
    return this.#connector('readBuffer').call(this.#conn, name);
  }

  /** Appends to `table`, which is invalidated like a table a statement wrote. */
  async insertArrow(table: string, bytes: Uint8Array): Promise<void> {
    const insert = this.#connector('insertArrow');
    this.#count();
    try {
      await insert.call(this.#conn, table, bytes);
    } finally {
      if (this.#transaction) this.#transaction.add(table);
      else this.#invalidate(new Set([table]));
    }
  }

  #connector<K extends 'registerBuffer' | 'readBuffer' | 'insertArrow'>(method: K): NonNullable<Connector[K]> {
    const m = this.#conn[method];
    if (!m) throw new Error(`Internt fel: anslutningen saknar ${method}.`);
    return m as NonNullable<Connector[K]>;
  }

  openConsole(): Promise<ConsoleConnection> {
    return this.#conn.openConsole();
  }

  openConnection(): Promise<Connector> {
    return this.#conn.openConnection();
  }

  forgetStatements(): void {
    this.#conn.forgetStatements?.();
  }
}
