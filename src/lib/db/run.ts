/** Runs a query and types its rows: the one place a row shape is asserted. */
import type { Connector, Query } from './types';

export async function run<T>(conn: Connector, q: Query, signal?: AbortSignal): Promise<T[]> {
  // Query modules declare the row type their SQL returns; arrow.ts has made the values plain.
  return (await conn.query(q, signal ? { signal } : undefined)) as unknown as T[];
}
