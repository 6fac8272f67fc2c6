/**
 * The trusted DDL for the tables and the loading of the shipped ones. The shipped tables reach
 * the engine as Arrow IPC streams written at build time from data/*.csv (`shipped-arrow.ts`),
 * already typed and sorted; the user's imports are CSV text and use createTableSql.
 */
import { TABLES, type TableSpec } from './schema';
import { registeredFile, type Connector } from './types';

export function csvFileName(spec: TableSpec): string {
  return registeredFile(`${spec.name}.csv`);
}

/** `CREATE OR REPLACE TABLE … AS SELECT * FROM read_csv(…)` with every column typed, nothing sniffed. */
export function createTableSql(spec: TableSpec, fileName = csvFileName(spec), tableName = spec.name): string {
  const columns = spec.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ');
  return (
    `CREATE OR REPLACE TABLE ${tableName} AS SELECT * FROM read_csv('${fileName}', ` +
    `header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${columns}})`
  );
}

/** Where a shipped table's Arrow file is registered (it stays there: reloadShipped reads it again). */
export function shippedFileName(spec: TableSpec): string {
  return registeredFile(`${spec.name}.arrow`);
}

/** `CREATE OR REPLACE TABLE name (column TYPE, …)`: the table empty, every column typed as the spec says. */
export function emptyTableSql(spec: TableSpec, tableName = spec.name): string {
  return `CREATE OR REPLACE TABLE ${tableName} (${spec.columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`;
}

/** The columns in the spec's order, rows sorted by the spec's `order` (what the build writes). */
export function sortedSelectSql(spec: TableSpec, tableName = spec.name): string {
  const columns = spec.columns.map((c) => `"${c.name}"`).join(', ');
  const order = spec.order?.length ? ` ORDER BY ${spec.order.map((c) => `"${c}"`).join(', ')}` : '';
  return `SELECT ${columns} FROM ${tableName}${order}`;
}

type ArrowConnector = Connector & Required<Pick<Connector, 'registerBuffer' | 'readBuffer' | 'insertArrow'>>;

function arrowCapable(conn: Connector): ArrowConnector {
  if (!conn.registerBuffer || !conn.readBuffer || !conn.insertArrow) {
    throw new Error('Internt fel: anslutningen kan inte läsa de levererade tabellerna (Arrow-filer).');
  }
  return conn as ArrowConnector;
}

/**
 * The table created empty with its explicit types, then the Arrow stream appended: its columns
 * are cast to those types in order, so a file that does not match fails instead of being guessed.
 * The rows keep the file's order, which the build sorted by the spec's `order`.
 */
async function fill(conn: ArrowConnector, spec: TableSpec, bytes: Uint8Array): Promise<void> {
  await conn.exec(emptyTableSql(spec));
  await conn.insertArrow(spec.name, bytes);
}

/**
 * Registers every shipped table's Arrow file and creates the tables from it. `readBytes` gives a
 * table's file (fetched as an ArrayBuffer in the browser: never a string on the main thread).
 */
export async function loadTables(
  conn: Connector,
  readBytes: (spec: TableSpec) => Promise<Uint8Array>,
  onTable: (spec: TableSpec) => void = () => {},
): Promise<void> {
  const c = arrowCapable(conn);
  await Promise.all(
    TABLES.map(async (spec) => {
      const bytes = await readBytes(spec);
      // One copy stays registered for reloadShipped; both are moved to the engine, not kept here.
      await c.registerBuffer(shippedFileName(spec), bytes.slice());
      await fill(c, spec, bytes);
      onTable(spec);
    }),
  );
}

/** A shipped table as it was shipped, from its registered file (removing or resetting imports). */
export async function reloadShipped(conn: Connector, spec: TableSpec): Promise<void> {
  const c = arrowCapable(conn);
  await fill(c, spec, await c.readBuffer(shippedFileName(spec)));
}

/**
 * reloadShipped in a transaction of its own (for callers not already in one): emptying the table
 * and appending the file are two statements, and a failed append must not leave the table empty.
 */
export async function reloadShippedAtomically(conn: Connector, spec: TableSpec): Promise<void> {
  await conn.exec('BEGIN TRANSACTION');
  try {
    await reloadShipped(conn, spec);
    await conn.exec('COMMIT');
  } catch (e) {
    await conn.exec('ROLLBACK');
    throw e;
  }
}
