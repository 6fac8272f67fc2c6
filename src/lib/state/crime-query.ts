/**
 * Asks the crime series query one municipality at a time (see shape/crime-parts.ts for why), from
 * the crime index once it is filled (shape/crime-index.ts), else from DuckDB through the coordinator.
 * The index is filled in the background after the first answer, in chunks with pauses between, and
 * dropped when a write touches a table it was read from; the next question fills it again.
 */
import type { Connector } from '../db/types';
import { run } from '../db/run';
import { crimeSeriesQuery, type CrimeSeriesFilter } from '../queries/crimes';
import { indexCategoriesQuery, indexChunkQuery, indexCountsQuery, indexMunicipalitiesQuery } from '../queries/crime-index';
import { answerFromIndex, chunkRanges, CrimeIndexBuilder, type CrimeIndex } from '../shape/crime-index';
import type { CrimeParts } from '../shape/crime-parts';

/** About this many rows per chunk: decoding one in the page takes a few milliseconds. */
const CHUNK_ROWS = 100_000;
const READS = new Set(['crimes', 'population', 'municipalities', 'crime_categories', '*']);

interface Invalidating {
  onInvalidate(listener: (tables: ReadonlySet<string>) => void): () => void;
}

interface Holder {
  index: CrimeIndex | null;
  /** Bumped by every write to a table the index reads: a filling started before it is thrown away. */
  generation: number;
  filling: Promise<CrimeIndex | null> | null;
}

const holders = new WeakMap<Connector, Holder>();

function holderFor(conn: Connector): Holder | null {
  // Only a connector that says when tables are written (the coordinator) can keep an index right.
  if (!('onInvalidate' in conn) || typeof (conn as Partial<Invalidating>).onInvalidate !== 'function') return null;
  let h = holders.get(conn);
  if (!h) {
    const held: Holder = { index: null, generation: 0, filling: null };
    (conn as unknown as Invalidating).onInvalidate((tables) => {
      if (![...tables].some((t) => READS.has(t))) return;
      held.generation += 1;
      held.index = null;
      held.filling = null;
    });
    holders.set(conn, held);
    h = held;
  }
  return h;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function fill(conn: Connector, h: Holder, rowsPerChunk: number): Promise<CrimeIndex | null> {
  const generation = h.generation;
  const [municipalities, categories, counts] = await Promise.all([
    run<{ kommunkod: string; name: string }>(conn, indexMunicipalitiesQuery()),
    run<{ category_id: string; name: string; sort_order: number | null }>(conn, indexCategoriesQuery()),
    run<{ kom: number; n: number }>(conn, indexCountsQuery()),
  ]);
  const builder = new CrimeIndexBuilder({ municipalities, categories }, counts.reduce((n, c) => n + c.n, 0));
  const kod = (k: number) => municipalities[k]?.kommunkod ?? '';
  for (const [first, last] of chunkRanges(counts, rowsPerChunk)) {
    const chunk = await conn.queryColumns(indexChunkQuery(kod(first), kod(last)), { keep: false });
    if (h.generation !== generation) return null;
    builder.add(chunk);
    await pause();
  }
  if (h.generation !== generation) return null;
  h.index = builder.finish();
  if (typeof performance !== 'undefined') performance.mark('crime-index-ready');
  return h.index;
}

/**
 * Starts filling the index if it is neither filled nor being filled; resolves with it (null: a
 * write came between, or it failed). `rowsPerChunk` only for tests, to read small data in many chunks.
 */
export function fillCrimeIndex(conn: Connector, rowsPerChunk = CHUNK_ROWS): Promise<CrimeIndex | null> {
  const h = holderFor(conn);
  if (!h) return Promise.resolve(null);
  if (h.index) return Promise.resolve(h.index);
  // One that failed is not tried again until the tables change (the questions go to DuckDB meanwhile);
  // one overtaken by a write was already let go by the listener, so the next question starts anew.
  h.filling ??= fill(conn, h, rowsPerChunk).catch(() => null);
  return h.filling;
}

/** The answer from the crime index when it is filled, without waiting; else undefined. */
export function peekCrimeParts(conn: Connector, d: CrimeSeriesFilter): CrimeParts | undefined {
  const index = holderFor(conn)?.index;
  return index ? new Map([...new Set(d.kommunkoder)].map((k) => [k, answerFromIndex(index, d, k)])) : undefined;
}

/** `d.kommunkoder` names the municipalities asked for; an empty list asks for none (not, as in crimeSeriesQuery, for all). */
export async function askCrimeParts(conn: Connector, d: CrimeSeriesFilter, signal?: AbortSignal): Promise<CrimeParts> {
  const codes = [...new Set(d.kommunkoder)];
  const atHand = peekCrimeParts(conn, d);
  if (atHand) return atHand;
  const parts = await Promise.all(codes.map(async (k) => [k, await conn.queryColumns(crimeSeriesQuery({ ...d, kommunkoder: [k] }), { signal })] as const));
  // After the first answer is drawn, not before: the chunks queue behind the view's own questions.
  void fillCrimeIndex(conn);
  return new Map(parts);
}
