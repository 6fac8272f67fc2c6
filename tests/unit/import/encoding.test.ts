import { describe, expect, it } from 'vitest';
import { decodeText, detectKind, type Encoding, type FileKind } from '../../../src/lib/import/encoding';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

describe('decodeText', () => {
  it.each<{ name: string; bytes: Uint8Array; encoding: Encoding }>([
    { name: 'UTF-8 without BOM', bytes: utf8('Götene;Skövde;Gullspång'), encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: withBom([0xef, 0xbb, 0xbf], utf8('Götene;Skövde;Gullspång')), encoding: 'utf-8' },
    { name: 'Windows-1252', bytes: latin1('Götene;Skövde;Gullspång'), encoding: 'windows-1252' },
    { name: 'UTF-16 LE', bytes: withBom([0xff, 0xfe], new Uint8Array(Buffer.from('Götene;Skövde;Gullspång', 'utf16le'))), encoding: 'utf-16le' },
    { name: 'UTF-16 BE', bytes: withBom([0xfe, 0xff], new Uint8Array(Buffer.from('Götene;Skövde;Gullspång', 'utf16le').swap16())), encoding: 'utf-16be' },
  ])('$name: å ä ö come out right', ({ bytes, encoding }) => {
    expect(decodeText(bytes)).toEqual({ text: 'Götene;Skövde;Gullspång', encoding });
  });
  it('Windows-1252 specials (€, ”) decode as Windows-1252, not Latin-1', () => {
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x94])).text).toBe('€ ”');
  });
});

describe('detectKind', () => {
  it.each<{ name: string; bytes: Uint8Array; file?: string; expected: FileKind }>([
    { name: 'empty', bytes: new Uint8Array(0), expected: 'empty' },
    { name: 'only whitespace', bytes: utf8('  \r\n'), expected: 'empty' },
    { name: 'csv', bytes: utf8('Kommun;Antal\n'), expected: 'text' },
    { name: 'UTF-16 text (has NUL bytes)', bytes: withBom([0xff, 0xfe], new Uint8Array(Buffer.from('Kommun', 'utf16le'))), expected: 'text' },
    { name: 'parquet', bytes: utf8('PAR1....'), expected: 'parquet' },
    { name: 'xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4]), expected: 'excel' },
    { name: 'json object', bytes: utf8(' {"values":[]}'), expected: 'json' },
    { name: 'json by name', bytes: utf8('null'), file: 'x.json', expected: 'json' },
    { name: 'NUL bytes', bytes: new Uint8Array([65, 0, 66]), expected: 'binary' },
    { name: 'control characters', bytes: new Uint8Array([1, 2, 3, 4, 5, 65, 66]), expected: 'binary' },
  ])('$name → $expected', ({ bytes, file, expected }) => {
    expect(detectKind(bytes, file ?? 'f.csv')).toBe(expected);
  });
});
