/**
 * Limits checked before a JSON file is turned into rows, so a small hostile file cannot make the
 * page build billions of cells: text length, nesting depth, and a json-stat cube's declared size.
 */
import { ImportFailure } from './types';

/** JSON larger than this is refused: JSON.parse holds the whole object tree several times over. */
export const MAX_JSON_CHARS = 60 * 1024 * 1024;
/** Agency responses nest a handful of levels; a deeper file is not one of them. */
export const MAX_JSON_DEPTH = 64;
/** A json-stat cube declaring more cells than this is refused before any row is built. */
export const MAX_CUBE_CELLS = 500_000;

const fmt = (n: number) => n.toLocaleString('sv-SE');

export function checkJsonText(text: string, fileName: string): void {
  if (text.length > MAX_JSON_CHARS) {
    throw new ImportFailure(`${fileName}: JSON-filen är för stor (${fmt(Math.round(text.length / 1024 / 1024))} MB tecken); gränsen för JSON är ${fmt(MAX_JSON_CHARS / 1024 / 1024)} MB. Hämta färre värden per fil.`, [], fileName);
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > MAX_JSON_DEPTH) {
        throw new ImportFailure(`${fileName}: JSON-filen är nästlad djupare än ${MAX_JSON_DEPTH} nivåer (tecken ${fmt(i + 1)}); så ser inget svar från SCB eller Kolada ut.`, [], fileName);
      }
    } else if (c === 125 || c === 93) depth--;
  }
}

export interface CubeShape {
  ids: string[];
  size: number[];
  /** Number of categories each dimension lists, in the order of `ids`. */
  categories: number[];
  /** Length of `value` when it is an array; null when it is a sparse object. */
  valueLength: number | null;
}

/** Refuses a json-stat cube whose `size` is not whole positive numbers, disagrees with its parts, or is too large. */
export function checkCube(shape: CubeShape, fileName: string): number {
  const fail = (msg: string) => {
    throw new ImportFailure(`${fileName}: json-stat-filen går inte att läsa: ${msg}`, [{ row: null, column: 'size', value: JSON.stringify(shape.size).slice(0, 80), message: msg }], fileName);
  };
  if (shape.ids.length === 0) fail('den anger inga dimensioner (id).');
  if (shape.size.length !== shape.ids.length) fail(`"size" har ${shape.size.length} tal men "id" ${shape.ids.length} dimensioner.`);
  let total = 1;
  shape.size.forEach((n, d) => {
    const id = shape.ids[d] ?? String(d);
    if (!Number.isInteger(n) || n < 1) fail(`storleken för dimensionen "${id}" är ${String(n)}, inte ett positivt heltal.`);
    if (shape.categories[d] !== n) fail(`dimensionen "${id}" har ${fmt(shape.categories[d] ?? 0)} kategorier men "size" anger ${fmt(n)}.`);
    total *= n;
    if (total > MAX_CUBE_CELLS) fail(`den anger fler än ${fmt(MAX_CUBE_CELLS)} celler; hämta en mindre tabell.`);
  });
  if (shape.valueLength !== null && shape.valueLength !== total) {
    fail(`"value" har ${fmt(shape.valueLength)} värden men dimensionerna ger ${fmt(total)} celler.`);
  }
  return total;
}
