import { describe, expect, it } from 'vitest';
import { jsonTable } from '../../../src/lib/import/json';
import { MAX_CUBE_CELLS, MAX_JSON_CHARS, MAX_JSON_DEPTH } from '../../../src/lib/import/json-bounds';
import { decodeText, detectKind } from '../../../src/lib/import/encoding';
import { ImportFailure } from '../../../src/lib/import/types';

const dim = (codes: string[]) => ({ category: { index: Object.fromEntries(codes.map((c, i) => [c, i])) } });
const codes = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`);

function cube(size: unknown[], value: unknown, dims = { Region: dim(['00']), Tid: dim(['2020']) }) {
  return JSON.stringify({ class: 'dataset', id: ['Region', 'Tid'], size, dimension: dims, value });
}

function refusal(text: string): string {
  try {
    jsonTable(text, 'scb.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFailure);
    return (e as ImportFailure).message;
  }
  throw new Error('accepted');
}

describe('json-stat cubes are checked before any row is built', () => {
  it.each([
    // The 319-byte file that crashed the tab: a declared size of 10^10 cells with one value.
    ['a huge declared size', cube([100000, 100000], [1]), /size|storleken|kategorier/],
    ['a fractional size', cube([1.5, 2], [1, 2, 3]), /”Region” är 1.5, inte ett positivt heltal/],
    ['a zero size', cube([0, 1], []), /inte ett positivt heltal/],
    ['a size given as text', cube(['1', 1], [5]), /inte ett positivt heltal/],
    ['size shorter than id', cube([1], [5]), /"size" har 1 tal men "id" 2 dimensioner/],
    ['size longer than id', JSON.stringify({ class: 'dataset', id: ['Region'], size: [1, 1], dimension: { Region: dim(['00']) }, value: [5] }), /"size" har 2 tal men "id" 1 dimension\./],
    ['size disagreeing with the categories', cube([2, 1], [5, 6]), /”Region” har 1 kategori men "size" anger 2/],
    ['fewer values than cells', cube([1, 1], [1, 2]), /"value" har 2 värden men dimensionerna ger 1 cell\./],
  ])('refuses %s', (_, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it('refuses a cube of more than the limit even when every category is listed', () => {
    const n = Math.ceil(Math.sqrt(MAX_CUBE_CELLS)) + 1;
    const text = cube([n, n], null, { Region: dim(codes(n, 'r')), Tid: dim(codes(n, 't')) });
    expect(refusal(text)).toMatch(/fler än 500\s000 celler/);
  });

  it('reads a valid cube with index as an array, an omitted index and array statuses', () => {
    const text = JSON.stringify({
      class: 'dataset', id: ['Region', 'ContentsCode', 'Tid'], size: [2, 1, 1],
      dimension: { Region: { category: { index: ['1493', '1494'] } }, ContentsCode: { category: { label: { BE0101N1: 'Folkmängd' } } }, Tid: dim(['2020']) },
      value: [24000, null], status: [null, '..'],
    });
    const t = jsonTable(text, 'scb.json');
    expect(t.columns).toEqual(['Region', 'ContentsCode', 'Tid', 'value']);
    expect(t.rows).toEqual([['1493', 'BE0101N1', '2020', '24000'], ['1494', 'BE0101N1', '2020', '..']]);
  });
});

describe('JSON text limits', () => {
  it('refuses nesting deeper than the limit before parsing', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(refusal(deep)).toMatch(/nästlad djupare än 64 nivåer \(tecken 65\)/);
  });

  it('does not count brackets inside strings', () => {
    const text = JSON.stringify({ values: [{ kpi: '['.repeat(500), municipality: '1493', period: 2020, values: [{ gender: 'T', value: 1 }] }] });
    expect(jsonTable(text, 'k.json').rows).toHaveLength(1);
  });

  it('refuses a text longer than the limit', () => {
    expect(refusal(' '.repeat(MAX_JSON_CHARS + 1))).toMatch(/för stor/);
  });

  it('names the place of a syntax error in Swedish, not the engine\'s English', () => {
    const msg = refusal('{"values": [1, 2,, 3]}');
    expect(msg).toMatch(/scb\.json: filen är inte giltig JSON.*avkortad eller innehålla ett skrivfel/);
    expect(msg).not.toMatch(/Unexpected|position|is not valid/);
    expect(msg).not.toContain('[1, 2,, 3]');
  });
});

describe('UTF-16 JSON', () => {
  const utf16le = (s: string) => {
    const out = new Uint8Array(2 + s.length * 2);
    out[0] = 0xff; out[1] = 0xfe;
    for (let i = 0; i < s.length; i++) { out[2 + i * 2] = s.charCodeAt(i) & 0xff; out[3 + i * 2] = s.charCodeAt(i) >> 8; }
    return out;
  };
  it('is recognised as JSON and decoded', () => {
    const b = utf16le('{"values": [{"kpi": "N07403", "municipality": "1493", "period": 2019, "values": [{"gender": "T", "value": 9.5}]}]}');
    expect(detectKind(b, 'svar.json')).toBe('json');
    expect(jsonTable(decodeText(b).text, 'svar.json').rows).toEqual([['N07403', '1493', '2019', '9.5', null]]);
  });
  it('a UTF-16 CSV stays text', () => {
    expect(detectKind(utf16le('År;Kommun\n2019;Mariestad\n'), 'fil.csv')).toBe('text');
  });
});
