/**
 * The crime table held in the page as typed arrays, grouped by municipality (uwdata/mosaic's
 * pre-aggregated data tiles as the model): a new comparison is answered from here in a fraction of
 * a millisecond instead of a round trip to DuckDB. It answers exactly the crime series query
 * (`crimeSeriesQuery` for one municipality: the same rows, columns and order), read once from
 * DuckDB in chunks (queries/crime-index.ts) and dropped when any table it reads is written.
 */
import { booleanAt, makeColumns, numberAt, stringAt, type Columns } from '../db/columns';
import type { CrimeSeriesFilter } from '../queries/crimes';

export interface IndexDictionaries {
  /** Numbered by position, in kommunkod order. */
  municipalities: readonly { kommunkod: string; name: string }[];
  /** Numbered by position, in category_id order. */
  categories: readonly { category_id: string; name: string; sort_order: number | null }[];
  /** The sources met while filling (a few distinct texts), numbered as met. */
  sources: readonly string[];
}

export interface CrimeIndex {
  readonly dict: IndexDictionaries;
  readonly rows: number;
  /** The rows of municipality k are offsets[k] … offsets[k + 1] − 1. */
  readonly offsets: Int32Array;
  readonly cat: Uint16Array;
  readonly year: Int32Array;
  readonly count: Int32Array;
  readonly countNull: Uint8Array;
  /** 0 false, 1 true, 2 null. */
  readonly preliminary: Uint8Array;
  /** A number in dict.sources, −1 for null. */
  readonly source: Int32Array;
  readonly population: Int32Array;
  readonly populationNull: Uint8Array;
  readonly populationSource: Int32Array;
  readonly komOf: ReadonlyMap<string, number>;
  readonly catOf: ReadonlyMap<string, number>;
  /** Answers given, kept so the same question gets the same object (shape/memo.ts keeps what is drawn from it). */
  readonly answers: Map<string, Columns>;
}

const MAX_ANSWERS = 512;

/** Fills an index from chunks given in municipality order; `total` rows in all. */
export class CrimeIndexBuilder {
  readonly #dict: IndexDictionaries;
  readonly #index: Omit<CrimeIndex, 'komOf' | 'catOf' | 'answers'>;
  readonly #sources: string[] = [];
  readonly #sourceOf = new Map<string, number>();
  #at = 0;

  constructor(dict: Omit<IndexDictionaries, 'sources'>, total: number) {
    const full = { ...dict, sources: this.#sources };
    this.#dict = full;
    this.#index = {
      dict: full,
      rows: total,
      offsets: new Int32Array(dict.municipalities.length + 1),
      cat: new Uint16Array(total),
      year: new Int32Array(total),
      count: new Int32Array(total),
      countNull: new Uint8Array(total),
      preliminary: new Uint8Array(total),
      source: new Int32Array(total),
      population: new Int32Array(total),
      populationNull: new Uint8Array(total),
      populationSource: new Int32Array(total),
    };
  }

  /** One chunk's rows (indexChunkQuery's columns, in its order). */
  add(chunk: Columns): void {
    const ix = this.#index;
    const [kom, cat, year, count, preliminary, source, population, populationSource] = chunk.columns;
    if (this.#at + chunk.length > ix.rows) throw new Error(`the crime index was told of ${ix.rows} rows and was given more`);
    for (let i = 0; i < chunk.length; i++) {
      const r = this.#at + i;
      const k = numberAt(kom, i) ?? 0;
      ix.offsets[k + 1] = r + 1;
      ix.cat[r] = numberAt(cat, i) ?? 0;
      ix.year[r] = numberAt(year, i) ?? 0;
      const n = numberAt(count, i);
      ix.count[r] = n ?? 0;
      ix.countNull[r] = n === null ? 1 : 0;
      const p = booleanAt(preliminary, i);
      ix.preliminary[r] = p === null ? 2 : p ? 1 : 0;
      ix.source[r] = this.#sourceNumber(stringAt(source, i));
      const pop = numberAt(population, i);
      ix.population[r] = pop ?? 0;
      ix.populationNull[r] = pop === null ? 1 : 0;
      ix.populationSource[r] = this.#sourceNumber(stringAt(populationSource, i));
    }
    this.#at += chunk.length;
  }

  #sourceNumber(text: string | null): number {
    if (text === null) return -1;
    let n = this.#sourceOf.get(text);
    if (n === undefined) {
      n = this.#sources.length;
      this.#sources.push(text);
      this.#sourceOf.set(text, n);
    }
    return n;
  }

  finish(): CrimeIndex {
    const ix = this.#index;
    if (this.#at !== ix.rows) throw new Error(`the crime index was told of ${ix.rows} rows and was given ${this.#at}`);
    // A municipality without rows starts where the one before it ended.
    for (let k = 1; k < ix.offsets.length; k++) ix.offsets[k] = Math.max(ix.offsets[k] ?? 0, ix.offsets[k - 1] ?? 0);
    return {
      ...ix,
      komOf: new Map(this.#dict.municipalities.map((m, i) => [m.kommunkod, i])),
      catOf: new Map(this.#dict.categories.map((c, i) => [c.category_id, i])),
      answers: new Map(),
    };
  }
}

const text = (dict: readonly string[], i: number) => (i < 0 ? null : (dict[i] ?? null));

type Category = IndexDictionaries['categories'][number] | undefined;
// DuckDB orders text by its bytes; for Swedish text (no surrogate pairs) that is JS's < on strings.
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const categoryOrder = (a: Category, b: Category) => (a?.sort_order ?? Infinity) - (b?.sort_order ?? Infinity) || byteOrder(a?.name ?? '', b?.name ?? '');

/** The crime series query's answer for the one municipality `kommunkod`, from the index. */
export function answerFromIndex(ix: CrimeIndex, d: Omit<CrimeSeriesFilter, 'kommunkoder'>, kommunkod: string): Columns {
  const key = `${kommunkod}\u0000${d.categoryIds.join('\u0001')}\u0000${d.from}\u0000${d.to}`;
  const kept = ix.answers.get(key);
  if (kept) return kept;
  const k = ix.komOf.get(kommunkod);
  // ORDER BY cc.sort_order (nulls last), cc.name, c.category_id (its number here), then year. No
  // categories asked is every category, as filterIn reads an empty list.
  const asked = d.categoryIds.length === 0 ? ix.dict.categories.map((_, c) => c) : [...new Set(d.categoryIds)].map((id) => ix.catOf.get(id));
  const cats = asked.filter((c): c is number => c !== undefined).sort((a, b) => categoryOrder(ix.dict.categories[a], ix.dict.categories[b]) || a - b);
  const at: number[] = [];
  if (k !== undefined) {
    const start = ix.offsets[k] ?? 0;
    const end = ix.offsets[k + 1] ?? 0;
    for (const c of cats) {
      for (let r = start; r < end; r++) {
        const y = ix.year[r] ?? 0;
        if (ix.cat[r] === c && y >= d.from && y <= d.to) at.push(r);
      }
    }
  }
  const n = at.length;
  const municipality = k === undefined ? null : (ix.dict.municipalities[k]?.name ?? null);
  const pick = <T>(f: (r: number) => T) => at.map(f);
  const ints = (values: Int32Array, nulls: Uint8Array | null) => {
    const v = new Int32Array(n);
    const m = nulls ? new Uint8Array(n) : null;
    at.forEach((r, i) => {
      v[i] = values[r] ?? 0;
      if (m && nulls) m[i] = nulls[r] ?? 0;
    });
    return { values: v, nulls: m && m.some((x) => x === 1) ? m : null };
  };
  const answer = makeColumns(n, [
    { name: 'year', kind: 'int', ...ints(ix.year, null) },
    { name: 'kommunkod', kind: 'string', values: pick(() => kommunkod) },
    { name: 'municipality', kind: 'string', values: pick(() => municipality) },
    { name: 'category_id', kind: 'string', values: pick((r) => ix.dict.categories[ix.cat[r] ?? 0]?.category_id ?? null) },
    { name: 'category', kind: 'string', values: pick((r) => ix.dict.categories[ix.cat[r] ?? 0]?.name ?? null) },
    { name: 'count', kind: 'int', ...ints(ix.count, ix.countNull) },
    { name: 'population', kind: 'int', ...ints(ix.population, ix.populationNull) },
    { name: 'preliminary', kind: 'boolean', values: pick((r) => (ix.preliminary[r] === 2 ? null : ix.preliminary[r] === 1)) },
    { name: 'source', kind: 'string', values: pick((r) => text(ix.dict.sources, ix.source[r] ?? -1)) },
    { name: 'population_source', kind: 'string', values: pick((r) => text(ix.dict.sources, ix.populationSource[r] ?? -1)) },
  ]);
  if (ix.answers.size >= MAX_ANSWERS) ix.answers.clear();
  ix.answers.set(key, answer);
  return answer;
}

/**
 * Municipalities (their numbers) in chunks of about `rowsPerChunk` rows, from the rows each has:
 * a chunk is one query and one decoding in the page, so none is a long task.
 */
export function chunkRanges(counts: readonly { kom: number; n: number }[], rowsPerChunk: number): [number, number][] {
  const out: [number, number][] = [];
  let first: number | null = null;
  let last = 0;
  let rows = 0;
  for (const { kom, n } of counts) {
    if (first !== null && rows + n > rowsPerChunk) {
      out.push([first, last]);
      first = null;
      rows = 0;
    }
    if (first === null) first = kom;
    last = kom;
    rows += n;
  }
  if (first !== null) out.push([first, last]);
  return out;
}
