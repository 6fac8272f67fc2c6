/** Asks the crime series query one municipality at a time (see shape/crime-parts.ts for why). */
import type { Connector } from '../db/types';
import { crimeSeriesQuery, type CrimeSeriesFilter } from '../queries/crimes';
import type { CrimeParts } from '../shape/crime-parts';

export async function askCrimeParts(conn: Connector, d: CrimeSeriesFilter, signal?: AbortSignal): Promise<CrimeParts> {
  const codes = [...new Set(d.kommunkoder)];
  const parts = await Promise.all(codes.map(async (k) => [k, await conn.queryColumns(crimeSeriesQuery({ ...d, kommunkoder: [k] }), { signal })] as const));
  return new Map(parts);
}
