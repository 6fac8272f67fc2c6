/** A query as every query module returns it: SQL with `?` placeholders and the values to bind. */
export interface Query {
  sql: string;
  params: readonly QueryParam[];
}

export type QueryParam = string | number | boolean | null;

/** A plain row: Arrow values already converted to JS numbers, strings, booleans or ISO dates. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * The one interface in front of DuckDB. The browser (worker) and Node (blocking) twins both
 * implement it, so every query module is tested in Node against the same engine.
 */
export interface Connector {
  /** Runs a query as a prepared statement with its parameters bound. */
  query(q: Query): Promise<Row[]>;
  /** Runs trusted, parameter-free SQL (DDL, settings). Never pass user input here. */
  exec(sql: string): Promise<void>;
  /** Makes a file's text readable by DuckDB under `name`. */
  registerText(name: string, text: string): Promise<void>;
}

/** Settings applied at start-up: DuckDB-WASM must never fetch an extension from another host. */
export const SAFE_SETTINGS: readonly string[] = [
  'SET autoload_known_extensions = false',
  'SET autoinstall_known_extensions = false',
];
