import type { Columns } from './columns';

/** A query as every query module returns it: SQL with `?` placeholders and the values to bind. */
export interface Query {
  sql: string;
  params: readonly QueryParam[];
}

export type QueryParam = string | number | boolean | null;

/** Per-query options: a signal the caller aborts when it no longer wants the answer. */
export interface QueryOptions {
  signal?: AbortSignal;
  /** False: the answer is not kept in the coordinator's cache (a large one read once, e.g. to fill the crime index). */
  keep?: boolean;
}

/** A plain row: Arrow values already converted to JS numbers, strings, booleans or ISO dates. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * The one interface in front of DuckDB. The browser (worker) and Node (blocking) twins both
 * implement it, so every query module is tested in Node against the same engine.
 */
export interface Connector {
  /**
   * Runs a query as a prepared statement with its parameters bound. A connector may keep the
   * statement prepared for the next query with the same SQL; `signal` lets a connector that
   * queues work drop a query nobody waits for any more.
   */
  query(q: Query, options?: QueryOptions): Promise<Row[]>;
  /**
   * The same query, its answer by column (db/columns.ts): what charts read. Rows are built from
   * it only for a table or an export (`rowsOf`). The result may be shared: never write into it.
   */
  queryColumns(q: Query, options?: QueryOptions): Promise<Columns>;
  /** Runs trusted, parameter-free SQL (DDL, settings). Never pass user input here. */
  exec(sql: string): Promise<void>;
  /** Makes a file's text readable by DuckDB under `name`. */
  registerText(name: string, text: string): Promise<void>;
  /*
   * The shipped tables arrive as Arrow IPC streams (`db/load.ts`). The three methods below are
   * optional only because the coordinator and the writer wrap a connector without them; the
   * engine's connectors (browser and Node) have them, and the loader refuses one without.
   */
  /**
   * Makes `bytes` a file DuckDB holds under `name` (inside FILE_DIR). In the browser the bytes are
   * moved to the worker, not copied: the caller's buffer is empty afterwards.
   */
  registerBuffer?(name: string, bytes: Uint8Array): Promise<void>;
  /** A copy of the bytes registered under `name`. */
  readBuffer?(name: string): Promise<Uint8Array>;
  /**
   * Appends an Arrow IPC stream to an existing table, column by column in order, each cast to
   * the table's type (a value that does not fit fails naming its column). Moves `bytes` like
   * registerBuffer.
   */
  insertArrow?(table: string, bytes: Uint8Array): Promise<void>;
  /** A connection of its own for the SQL console, so its queries never run inside an import. */
  openConsole(): Promise<ConsoleConnection>;
  /** Another connection to the same database (its own transactions and temporary tables). */
  openConnection(): Promise<Connector>;
  /**
   * Drops the prepared statements this connection keeps for reuse. Call it after any table
   * changed, on every connection that may read it (the coordinator does).
   */
  forgetStatements?(): void;
}

/** The console's own connection: one statement at a time, streamed, and cancellable. */
export interface ConsoleConnection {
  /** Runs trusted SQL (BEGIN, ROLLBACK) on this connection. */
  exec(sql: string): Promise<void>;
  /** Runs one statement and reads at most `maxRows` rows; `truncated` says more were left unread. */
  read(sql: string, maxRows: number): Promise<{ rows: Row[]; truncated: boolean }>;
  /** Stops the statement now running, if any (a no-op where the engine runs synchronously). */
  cancel(): Promise<void>;
}

/**
 * The one folder of DuckDB's virtual file system the app registers files under (text and buffers). After start-up
 * it is the only place DuckDB may read: no URL, no other file (see SAFE_SETTINGS).
 */
export const FILE_DIR = 'mbl-filer/';

/** A registered file's name inside FILE_DIR (the name SQL must use to read it). */
export function registeredFile(name: string): string {
  return `${FILE_DIR}${name}`;
}

/** Refuses a name outside FILE_DIR: DuckDB could not read it once the file system is locked. */
export function checkRegisteredName(name: string): void {
  if (!name.startsWith(FILE_DIR) || name.includes('..')) throw new Error(`Internt fel: filnamnet ${name} ligger utanför ${FILE_DIR}.`);
}

/**
 * Settings applied when the database opens. DuckDB-WASM must never fetch an extension from
 * another host; every other file or URL is closed to SQL, the console's included; and the
 * configuration is locked so no statement can open it again.
 */
export const SAFE_SETTINGS: readonly string[] = [
  'SET autoload_known_extensions = false',
  'SET autoinstall_known_extensions = false',
  `SET allowed_directories = ['${FILE_DIR}']`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];
