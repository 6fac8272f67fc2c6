/**
 * Limits checked before a JSON file is turned into rows, so a small hostile file cannot make the
 * page build billions of cells: text length, nesting depth, and a json-stat cube's declared size.
 */
import { ImportFailure } from './types';
import { t } from '../i18n/catalogue';
import { formatNumber } from '../format/number';
import '../i18n/messages/dataimport-json';

/** JSON larger than this is refused: JSON.parse holds the whole object tree several times over. */
export const MAX_JSON_CHARS = 60 * 1024 * 1024;
/** Agency responses nest a handful of levels; a deeper file is not one of them. */
export const MAX_JSON_DEPTH = 64;
/** A json-stat cube declaring more cells than this is refused before any row is built. */
export const MAX_CUBE_CELLS = 500_000;

const fmt = (n: number) => formatNumber(n);

export function checkJsonText(text: string, fileName: string): void {
  if (text.length > MAX_JSON_CHARS) {
    throw new ImportFailure(t('dataimport.json.tooLarge', { file: fileName, size: fmt(Math.round(text.length / 1024 / 1024)), max: fmt(MAX_JSON_CHARS / 1024 / 1024) }), [], fileName);
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
        throw new ImportFailure(t('dataimport.json.tooDeep', { file: fileName, depth: MAX_JSON_DEPTH, at: fmt(i + 1) }), [], fileName);
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
    throw new ImportFailure(t('dataimport.cube.unreadable', { file: fileName, reason: msg }), [{ row: null, column: 'size', value: JSON.stringify(shape.size).slice(0, 80), message: msg }], fileName);
  };
  if (shape.ids.length === 0) fail(t('dataimport.cube.noIds'));
  if (shape.size.length !== shape.ids.length) fail(t('dataimport.cube.sizeIds', { size: shape.size.length, ids: shape.ids.length }));
  let total = 1;
  shape.size.forEach((n, d) => {
    const id = shape.ids[d] ?? String(d);
    if (!Number.isInteger(n) || n < 1) fail(t('dataimport.cube.notPositive', { id, n: String(n) }));
    if (shape.categories[d] !== n) fail(t('dataimport.cube.categories', { id, n: fmt(shape.categories[d] ?? 0), size: fmt(n) }));
    total *= n;
    if (total > MAX_CUBE_CELLS) fail(t('dataimport.cube.tooMany', { max: fmt(MAX_CUBE_CELLS) }));
  });
  if (shape.valueLength !== null && shape.valueLength !== total) {
    fail(t('dataimport.cube.values', { n: fmt(shape.valueLength), total: fmt(total) }));
  }
  return total;
}
