/**
 * Reading Arrow's buffers directly, chunk by chunk, where `vector.get(i)` per value would be slow
 * (strings, booleans, validity). Recognised by shape like everything in arrow.ts; a vector whose
 * chunks do not look as expected returns null here and is read value by value instead.
 */

/** One chunk of an Arrow vector (Arrow's `Data`). */
export interface ArrowDataLike {
  length: number;
  offset: number;
  nullCount: number;
  nullBitmap?: unknown;
  values?: unknown;
  valueOffsets?: unknown;
}

export interface ArrowChunked {
  data?: readonly ArrowDataLike[];
}

function chunksOf(vector: ArrowChunked | null, n: number): readonly ArrowDataLike[] | null {
  const data = vector?.data;
  if (!Array.isArray(data)) return null;
  let total = 0;
  for (const d of data as readonly ArrowDataLike[]) total += d.length;
  return total === n ? (data as readonly ArrowDataLike[]) : null;
}

/** Whether value i of a chunk is valid (not null), from its validity bitmap. */
function validity(d: ArrowDataLike): ((i: number) => boolean) | null {
  if (!d.nullCount || !(d.nullBitmap instanceof Uint8Array) || d.nullBitmap.length === 0) return null;
  const bits = d.nullBitmap;
  const off = d.offset;
  return (i) => ((bits[(off + i) >> 3] ?? 0) & (1 << ((off + i) & 7))) !== 0;
}

/**
 * The null mask of a vector (1 = null), or null when it has no nulls; undefined when the chunks
 * are not readable here.
 */
export function nullMask(vector: ArrowChunked | null, n: number): Uint8Array | null | undefined {
  const chunks = chunksOf(vector, n);
  if (!chunks) return undefined;
  let mask: Uint8Array | null = null;
  let at = 0;
  for (const d of chunks) {
    const valid = validity(d);
    if (valid) {
      mask ??= new Uint8Array(n);
      for (let i = 0; i < d.length; i++) if (!valid(i)) mask[at + i] = 1;
    }
    at += d.length;
  }
  return mask;
}

const decoder = new TextDecoder();

/**
 * A UTF-8 string vector's values: each chunk decoded once, and cut at its value offsets (byte
 * offsets turned into UTF-16 offsets in one pass). Null when the chunks are not readable here.
 */
export function utf8Values(vector: ArrowChunked | null, n: number): (string | null)[] | null {
  const chunks = chunksOf(vector, n);
  if (!chunks || !chunks.every((d) => d.values instanceof Uint8Array && d.valueOffsets instanceof Int32Array)) return null;
  const out: (string | null)[] = new Array(n);
  let at = 0;
  for (const d of chunks) {
    const bytes = d.values as Uint8Array;
    const offsets = d.valueOffsets as Int32Array;
    const valid = validity(d);
    let byte = offsets[0] ?? 0;
    const text = decoder.decode(bytes.subarray(byte, offsets[d.length] ?? byte));
    let unit = 0;
    for (let i = 0; i < d.length; i++) {
      const from = unit;
      const end = offsets[i + 1] ?? byte;
      // A code point starts at every byte that is not 10xxxxxx; one of four bytes takes two UTF-16 units.
      for (; byte < end; byte++) {
        const b = bytes[byte] ?? 0;
        if ((b & 0xc0) !== 0x80) unit += b >= 0xf0 ? 2 : 1;
      }
      out[at + i] = valid && !valid(i) ? null : text.slice(from, unit);
    }
    at += d.length;
  }
  return out;
}

/** A boolean vector's values from its bit-packed buffer. Null when the chunks are not readable here. */
export function boolValues(vector: ArrowChunked | null, n: number): (boolean | null)[] | null {
  const chunks = chunksOf(vector, n);
  if (!chunks || !chunks.every((d) => d.values instanceof Uint8Array)) return null;
  const out: (boolean | null)[] = new Array(n);
  let at = 0;
  for (const d of chunks) {
    const bits = d.values as Uint8Array;
    const valid = validity(d);
    for (let i = 0; i < d.length; i++) {
      const k = d.offset + i;
      out[at + i] = valid && !valid(i) ? null : ((bits[k >> 3] ?? 0) & (1 << (k & 7))) !== 0;
    }
    at += d.length;
  }
  return out;
}
