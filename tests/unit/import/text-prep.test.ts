/**
 * The text preparation a delimited file gets before DuckDB reads it (text-prep.ts), its worker's
 * handler (text-handler.ts) and the driver that moves the bytes there (text-off-main.ts): decoded,
 * separator sniffed, blank lines kept, width and line count checked with the same Swedish
 * refusals, the prepared text given back as UTF-8. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { checkLines, lineBreaksIn, prepareBytes, prepareText } from '../../../src/lib/import/text-prep';
import { ownBuffer, textHandler, type PrepareMessage, type TextAnswer } from '../../../src/lib/import/text-handler';
import { drivePreparation, type TextPort } from '../../../src/lib/import/text-off-main';
import { ImportFailure } from '../../../src/lib/import/types';

/** "Kommun;Antal\r\nGötene;1,5\r\n\r\nSkövde;2\r\n" in Windows-1252 (ö is 0xF6). */
const CP1252 = new Uint8Array([
  ...'Kommun;Antal\r\nG'.split('').map((c) => c.charCodeAt(0)), 0xf6, ...'tene;1,5\r\n\r\nSk'.split('').map((c) => c.charCodeAt(0)), 0xf6, ...'vde;2\r\n'.split('').map((c) => c.charCodeAt(0)),
]);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('prepareBytes', () => {
  it('Windows-1252 with ; and a blank line: UTF-8 out, the blank line an empty row', () => {
    const p = prepareBytes(CP1252, 'bra.csv');
    expect(decode(p.bytes)).toBe('Kommun;Antal\nGötene;1,5\n;\nSkövde;2');
    expect(p).toMatchObject({ delimiter: ';', encoding: 'windows-1252', columns: 2, starts: [1, 2, 3, 4], lineBreaks: 4 });
  });

  it('UTF-8 with BOM and tabs: the BOM dropped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('år\tantal\n2020\t5\n')]);
    const p = prepareBytes(bytes, 'tab.tsv');
    expect(decode(p.bytes)).toBe('år\tantal\n2020\t5');
    expect(p).toMatchObject({ delimiter: '\t', encoding: 'utf-8', columns: 2, starts: [1, 2], lineBreaks: 2 });
  });

  it('a line break inside quotes continues the record: its next record starts a line later', () => {
    const p = prepareText('namn,text\n"a","rad 1\nrad 2"\n"b","c"\n', 'citat.csv');
    expect(p.starts).toEqual([1, 2, 4]);
    expect(p.delimiter).toBe(',');
  });

  it('more lines than the limit: refused before decoding, in Swedish, naming the file', () => {
    const bytes = new TextEncoder().encode('a;1\nb;2\nc;3\nd;4\ne;5\n');
    expect(() => prepareBytes(bytes, 'många.csv', 2)).toThrow('många.csv: filen har minst 5 rader; gränsen är 2. Dela upp filen (t.ex. per år) och läs in delarna var för sig.');
    expect(() => prepareBytes(bytes, 'få.csv', 4)).not.toThrow();
  });

  it('1 001 columns: refused naming the file, the width and the limit', () => {
    const wide = `${Array.from({ length: 1001 }, (_, i) => `k${i}`).join(';')}\n`;
    expect(() => prepareBytes(new TextEncoder().encode(wide), 'bred.csv')).toThrow(/^bred\.csv: filen har 1\s001 kolumner; gränsen är 1\s000\./);
  });
});

describe('the small helpers', () => {
  it('lineBreaksIn counts 0x0A in a range', () => {
    const b = new Uint8Array([10, 65, 10, 10, 66]);
    expect(lineBreaksIn(b)).toBe(3);
    expect(lineBreaksIn(b, 1, 3)).toBe(1);
  });

  it('checkLines allows a header beyond the limit', () => {
    expect(() => checkLines(3, 'x.csv', 2)).not.toThrow();
    expect(() => checkLines(4, 'x.csv', 2)).toThrow(ImportFailure);
  });

  it('ownBuffer copies a view into a larger buffer, keeps a whole one', () => {
    const whole = new Uint8Array([1, 2, 3]);
    expect(ownBuffer(whole)).toBe(whole);
    const view = whole.subarray(1);
    const own = ownBuffer(view);
    expect(Array.from(own)).toEqual([2, 3]);
    expect(own.buffer.byteLength).toBe(2);
  });
});

describe('the text worker’s handler', () => {
  it('answers with the prepared bytes and their buffers to move', () => {
    const answers: { m: TextAnswer; transfer: ArrayBuffer[] }[] = [];
    textHandler((m, transfer) => answers.push({ m, transfer }))({ type: 'prepare', bytes: CP1252, fileName: 'bra.csv', maxRows: 100, locale: 'sv' });
    const [{ m, transfer }] = answers as [{ m: TextAnswer; transfer: ArrayBuffer[] }];
    if (m.type !== 'prepared') throw new Error(`expected prepared, got ${m.type}`);
    expect(decode(m.bytes)).toBe('Kommun;Antal\nGötene;1,5\n;\nSkövde;2');
    expect(Array.from(m.starts)).toEqual([1, 2, 3, 4]);
    expect(m).toMatchObject({ delimiter: ';', encoding: 'windows-1252', columns: 2, lineBreaks: 4, inWorker: false });
    expect(transfer).toEqual([m.bytes.buffer, m.starts.buffer]);
  });

  it('a refusal comes back as plain data with the message and file name', () => {
    const answers: TextAnswer[] = [];
    textHandler((m) => answers.push(m))({ type: 'prepare', bytes: new TextEncoder().encode('a\nb\nc\nd\n'), fileName: 'lång.csv', maxRows: 1, locale: 'sv' });
    expect(answers).toEqual([{ type: 'failed', failure: { kind: 'import', message: 'lång.csv: filen har minst 4 rader; gränsen är 1. Dela upp filen (t.ex. per år) och läs in delarna var för sig.', issues: [], fileName: 'lång.csv' } }]);
  });
});

/** A port that clones as postMessage would (moving the listed buffers) and answers a turn later. */
function clonePort(): TextPort & { closed: boolean; posted: number } {
  let on: (m: TextAnswer) => void = () => {};
  const port = {
    closed: false,
    posted: 0,
    post(m: PrepareMessage, transfer: ArrayBuffer[]) {
      port.posted++;
      const copy = structuredClone(m, { transfer });
      const handle = textHandler((a, back) => setTimeout(() => on(structuredClone(a, { transfer: back })), 0));
      setTimeout(() => handle(copy), 0);
    },
    listen(listener: (m: TextAnswer) => void) {
      on = listener;
    },
    close() {
      port.closed = true;
    },
  };
  return port;
}

describe('drivePreparation', () => {
  it('moves the bytes to the worker and resolves with its answer; the port is closed', async () => {
    const bytes = CP1252.slice();
    const port = clonePort();
    const p = await drivePreparation(port, bytes, 'bra.csv');
    expect(bytes.byteLength).toBe(0); // moved, not copied
    expect(decode(p.bytes)).toBe('Kommun;Antal\nGötene;1,5\n;\nSkövde;2');
    expect(port.closed).toBe(true);
  });

  it('a refusal is the same ImportFailure', async () => {
    const e = await drivePreparation(clonePort(), new TextEncoder().encode('a\nb\nc\n'), 'kort.csv', undefined, 1).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ImportFailure);
    expect((e as ImportFailure).message).toBe('kort.csv: filen har minst 3 rader; gränsen är 1. Dela upp filen (t.ex. per år) och läs in delarna var för sig.');
    expect((e as ImportFailure).fileName).toBe('kort.csv');
  });

  it('Avbryt before the answer: cancelled in Swedish and the port closed (the worker ended)', async () => {
    const controller = new AbortController();
    const port = clonePort();
    const pending = drivePreparation(port, CP1252.slice(), 'avbruten.csv', controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow('avbruten.csv: importen avbröts. Inget lästes in.');
    expect(port.closed).toBe(true);
  });
});
