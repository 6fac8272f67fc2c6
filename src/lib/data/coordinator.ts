/**
 * The one coordinator between the views and DuckDB (model: Mosaic's Coordinator and
 * QueryManager). It owns a reading and a writing connection (the SQL console opens its own),
 * and for reads:
 * - caches results by key (SQL text + parameters) and shares a query already under way;
 * - invalidates per table: a write to `crimes` drops the cached results that read `crimes`;
 * - queues reads, and skips a queued read whose callers have all given up (aborted their signal),
 *   so a client that asks again before the answer came gets only the newest.
 * A read is fetched and cached by column (db/columns.ts); `query` builds its rows from the cached
 * columns once per result, so a chart reading columns and a table reading rows of the same SQL
 * share one query and one cache entry.
 * Writes (imports, the activity log) go through `writer`, on their own connection: a reader never
 * sees a transaction half done, and the tables it wrote are invalidated when it commits.
 */
import type { ConsoleConnection, Connector, Query, QueryOptions, Row } from '../db/types';
import { rowsOf, type Columns } from '../db/columns';
import { isRead, readSet } from './tables';
import { Writer } from './writer';

export interface QueryStats {
  /** Reads sent to DuckDB. */
  sent: number;
  /** Reads answered from the cache. */
  cached: number;
  /** Reads that joined the same query already queued or under way. */
  shared: number;
  /** Queued reads dropped because nobody waited for them any more. */
  skipped: number;
  /** Statements run on the writing connection. */
  writes: number;
}

export interface CoordinatorOptions {
  /** Results kept (least recently used dropped first). */
  cacheSize?: number;
  /** Reads sent to the reading connection at once; the rest wait in the queue. */
  maxInFlight?: number;
}

/** A read depends on every table when it reads the catalog. */
const ANY_TABLE = '*';
const CATALOG = /^(information_schema|duckdb_\w+|pragma_\w+|sqlite_master)$/;

interface Flight {
  key: string;
  query: Query;
  tables: Set<string>;
  waiters: number;
  started: boolean;
  /** Whether the answer goes into the cache (any waiter that wants it kept keeps it). */
  keep: boolean;
  promise: Promise<Columns>;
  resolve: (cols: Columns) => void;
  reject: (e: unknown) => void;
}

interface Cached {
  cols: Columns;
  tables: Set<string>;
}

export function queryKey(q: Query): string {
  return `${q.sql}\u0000${JSON.stringify(q.params)}`;
}

function abortError(): Error {
  const e = new Error('Frågan behövs inte längre.');
  e.name = 'AbortError';
  return e;
}

function tablesRead(sql: string): Set<string> {
  const words = readSet(sql);
  for (const w of words) if (CATALOG.test(w)) words.add(ANY_TABLE);
  return words;
}

export class Coordinator implements Connector {
  readonly stats: QueryStats = { sent: 0, cached: 0, shared: 0, skipped: 0, writes: 0 };
  /** Every statement on the writing connection, uncached; use it for imports and edits. */
  readonly writer: Writer;
  readonly #engine: Connector;
  readonly #read: Connector;
  readonly #cache = new Map<string, Cached>();
  readonly #flights = new Map<string, Flight>();
  readonly #queue: Flight[] = [];
  readonly #rows = new WeakMap<Columns, Row[]>();
  readonly #listeners = new Set<(tables: ReadonlySet<string>) => void>();
  readonly #tableEpoch = new Map<string, number>();
  readonly #cacheSize: number;
  readonly #maxInFlight: number;
  #epoch = 0;
  #running = 0;

  /** Opens the writing connection next to `engine`'s, which becomes the reading one. */
  static async open(engine: Connector, options: CoordinatorOptions = {}): Promise<Coordinator> {
    return new Coordinator(engine, engine, await engine.openConnection(), options);
  }

  constructor(engine: Connector, read: Connector, write: Connector, options: CoordinatorOptions = {}) {
    this.#engine = engine;
    this.#read = read;
    this.#cacheSize = options.cacheSize ?? 128;
    this.#maxInFlight = options.maxInFlight ?? 2;
    this.writer = new Writer(write, (tables) => this.invalidate(tables), () => (this.stats.writes += 1));
  }

  query(q: Query, options: QueryOptions = {}): Promise<Row[]> {
    if (!isRead(q.sql)) return this.writer.query(q);
    return this.#readColumns(q, options).then((cols) => this.#rowsOf(cols).slice());
  }

  /** A read by column, with the same cache, sharing, invalidation and abort as `query`. */
  queryColumns(q: Query, options: QueryOptions = {}): Promise<Columns> {
    if (!isRead(q.sql)) return this.writer.queryColumns(q);
    return this.#readColumns(q, options);
  }

  #readColumns(q: Query, options: QueryOptions): Promise<Columns> {
    if (options.signal?.aborted) return Promise.reject(abortError());
    const key = queryKey(q);
    const hit = this.#cache.get(key);
    if (hit) {
      this.stats.cached += 1;
      this.#cache.delete(key);
      this.#cache.set(key, hit);
      return Promise.resolve(hit.cols);
    }
    let flight = this.#flights.get(key);
    if (flight) this.stats.shared += 1;
    else flight = this.#enqueue(key, q);
    if (options.keep !== false) flight.keep = true;
    return this.#wait(flight, options.signal);
  }

  /** Called with the tables whenever a write changed them. */
  onInvalidate(listener: (tables: ReadonlySet<string>) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Drops what was cached from `tables` (every table for '*'), and tells the listeners. */
  invalidate(tables: ReadonlySet<string>): void {
    if (tables.size === 0) return;
    // Kept statements must not outlive a change to any table (see db/statements.ts).
    this.#read.forgetStatements?.();
    this.#epoch += 1;
    const all = tables.has(ANY_TABLE);
    for (const t of tables) this.#tableEpoch.set(t, this.#epoch);
    this.#tableEpoch.set(ANY_TABLE, this.#epoch);
    const touches = (read: Set<string>) => all || read.has(ANY_TABLE) || [...tables].some((t) => read.has(t));
    for (const [key, c] of this.#cache) if (touches(c.tables)) this.#cache.delete(key);
    // Queries under way finish for those who asked; a new request for the key sends it again.
    for (const [key, f] of this.#flights) if (f.started && touches(f.tables)) this.#flights.delete(key);
    for (const l of this.#listeners) l(tables);
  }

  exec(sql: string): Promise<void> {
    return this.writer.exec(sql);
  }

  registerText(name: string, text: string): Promise<void> {
    return this.#engine.registerText(name, text);
  }

  registerBuffer(name: string, bytes: Uint8Array): Promise<void> {
    return this.writer.registerBuffer(name, bytes);
  }

  readBuffer(name: string): Promise<Uint8Array> {
    return this.writer.readBuffer(name);
  }

  /** Through the writer, so what the readers cached from the table is dropped. */
  insertArrow(table: string, bytes: Uint8Array): Promise<void> {
    return this.writer.insertArrow(table, bytes);
  }

  openConsole(): Promise<ConsoleConnection> {
    return this.#engine.openConsole();
  }

  openConnection(): Promise<Connector> {
    return this.#engine.openConnection();
  }

  #enqueue(key: string, query: Query): Flight {
    let resolve!: (cols: Columns) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<Columns>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => {}); // every waiter handles its own copy
    const flight: Flight = { key, query, tables: tablesRead(query.sql), waiters: 0, started: false, keep: false, promise, resolve, reject };
    this.#flights.set(key, flight);
    this.#queue.push(flight);
    queueMicrotask(() => this.#pump());
    return flight;
  }

  #wait(flight: Flight, signal: AbortSignal | undefined): Promise<Columns> {
    flight.waiters += 1;
    return new Promise<Columns>((resolve, reject) => {
      let done = false;
      const onAbort = () => {
        if (done) return;
        done = true;
        flight.waiters -= 1;
        reject(abortError());
        if (flight.waiters === 0 && !flight.started) this.#skip(flight);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (cols) => {
          if (done) return;
          done = true;
          signal?.removeEventListener('abort', onAbort);
          resolve(cols);
        },
        (e: unknown) => {
          if (done) return;
          done = true;
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  }

  #skip(flight: Flight): void {
    const at = this.#queue.indexOf(flight);
    if (at >= 0) this.#queue.splice(at, 1);
    if (this.#flights.get(flight.key) === flight) this.#flights.delete(flight.key);
    this.stats.skipped += 1;
    flight.reject(abortError());
  }

  #pump(): void {
    while (this.#running < this.#maxInFlight && this.#queue.length > 0) {
      const flight = this.#queue.shift() as Flight;
      this.#send(flight);
    }
  }

  #send(flight: Flight): void {
    flight.started = true;
    this.#running += 1;
    this.stats.sent += 1;
    const startEpoch = this.#epoch;
    this.#read.queryColumns(flight.query).then(
      (cols) => {
        // Cached only if no write touched its tables while it ran.
        const fresh = [...flight.tables, ANY_TABLE].every((t) => (this.#tableEpoch.get(t) ?? 0) <= startEpoch);
        if (fresh && flight.keep) this.#store(flight.key, { cols, tables: flight.tables });
        this.#finish(flight);
        flight.resolve(cols);
      },
      (e: unknown) => {
        this.#finish(flight);
        flight.reject(e);
      },
    );
  }

  #finish(flight: Flight): void {
    this.#running -= 1;
    if (this.#flights.get(flight.key) === flight) this.#flights.delete(flight.key);
    queueMicrotask(() => this.#pump());
  }

  /** A result's rows, built the first time a caller wants rows (callers share the row objects, as before). */
  #rowsOf(cols: Columns): Row[] {
    let rows = this.#rows.get(cols);
    if (!rows) {
      rows = rowsOf(cols);
      this.#rows.set(cols, rows);
    }
    return rows;
  }

  #store(key: string, value: Cached): void {
    this.#cache.set(key, value);
    while (this.#cache.size > this.#cacheSize) {
      const oldest = this.#cache.keys().next().value as string;
      this.#cache.delete(oldest);
    }
  }
}
