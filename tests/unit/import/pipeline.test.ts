import { describe, expect, it } from 'vitest';
import { checkSize, MAX_IMPORT_BYTES } from '../../../src/lib/import/pipeline';
import { keepBlankLines } from '../../../src/lib/import/delimited';

describe('keepBlankLines: DuckDB row n is the file line n', () => {
  it.each([
    { input: 'a;1\r\n\r\nb;2\r\n', expected: 'a;1\n;\nb;2' },
    { input: 'a;1\n  \nb;2\n\n\n', expected: 'a;1\n;\nb;2' },
    { input: 'a;1\rb;2', expected: 'a;1\nb;2' },
  ])('$input', ({ input, expected }) => {
    expect(keepBlankLines(input, ';')).toBe(expected);
  });
});

describe('checkSize: refused before reading', () => {
  it.each([
    { size: 10, ok: true },
    { size: MAX_IMPORT_BYTES, ok: true },
    { size: MAX_IMPORT_BYTES + 1, ok: false },
    { size: 5e9, ok: false },
  ])('$size bytes → ok: $ok', ({ size, ok }) => {
    const attempt = () => checkSize('f.csv', size);
    if (ok) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(/f\.csv: filen är för stor .* gränsen är 200 MB/);
  });
});
