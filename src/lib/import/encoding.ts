/**
 * Text files as agencies publish them: UTF-8 with or without BOM, UTF-16 with BOM, or
 * Windows-1252. A BOM decides; otherwise strict UTF-8 is tried and Windows-1252 is the fallback.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type FileKind = 'text' | 'parquet' | 'json' | 'excel' | 'binary' | 'empty';

export function bomEncoding(b: Uint8Array): Encoding | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

export function detectEncoding(b: Uint8Array): Encoding {
  const bom = bomEncoding(b);
  if (bom) return bom;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

// Windows-1252's 0x80–0x9F (€, ‚, ”, …). Done here because some TextDecoders (Node's) treat
// 'windows-1252' as Latin-1; the other 224 bytes are Latin-1 in both.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeCp1252(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) {
    const chunk = b.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (c) => (c >= 0x80 && c <= 0x9f ? CP1252_HIGH.charCodeAt(c - 0x80) : c)));
  }
  return out;
}

/** Decodes the bytes (the BOM is dropped) and says which encoding it was. */
export function decodeText(b: Uint8Array): { text: string; encoding: Encoding } {
  const encoding = detectEncoding(b);
  const text = encoding === 'windows-1252' ? decodeCp1252(b) : new TextDecoder(encoding).decode(b);
  return { text, encoding };
}

/** Control characters other than tab, CR, LF, form feed in the first 4 KiB: not a text file. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > n * 0.01;
}

/** What a file is, from its first bytes (and its name for JSON). */
export function detectKind(b: Uint8Array, fileName: string): FileKind {
  if (b.length === 0) return 'empty';
  const ascii = String.fromCharCode(...b.subarray(0, 4));
  if (ascii === 'PAR1') return 'parquet';
  if (ascii.startsWith('PK')) return 'excel';
  const bom = bomEncoding(b);
  const utf16 = bom === 'utf-16le' || bom === 'utf-16be';
  if (!utf16 && looksBinary(b)) return 'binary';
  const start = new TextDecoder(utf16 ? bom : 'utf-8').decode(b.subarray(0, 128)).replace(/^\ufeff/, '').trimStart();
  if (start === '') return 'empty';
  if (/\.json$/i.test(fileName) || start.startsWith('{') || start.startsWith('[')) return 'json';
  return 'text';
}
