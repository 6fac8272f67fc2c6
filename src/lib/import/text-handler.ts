/**
 * The text worker's logic, apart from its wiring (text-worker.ts) so it can be driven in Node too:
 * one message with the file's bytes (moved, not copied), one answer with the prepared text as
 * UTF-8 bytes (moved back) and its facts, or the refusal as plain data (convert-protocol.ts).
 */
import { serialiseFailure, type SerialFailure } from './convert-protocol';
import type { Encoding } from './encoding';
import type { Delimiter } from './sniff';
import { prepareBytes } from './text-prep';
import { setLocale, type Locale } from '../i18n/locale';

export interface PrepareMessage {
  type: 'prepare';
  bytes: Uint8Array;
  fileName: string;
  maxRows: number;
  /** The page's language: the refusals are in it. */
  locale: Locale;
}

export type TextAnswer =
  | { type: 'prepared'; bytes: Uint8Array; starts: Int32Array; delimiter: Delimiter; columns: number; encoding: Encoding; lineBreaks: number; inWorker: boolean; ms: number }
  | { type: 'failed'; failure: SerialFailure };

/** The buffer behind `a`, to be moved; a view into a larger buffer is copied first. */
export function ownBuffer<T extends Uint8Array | Int32Array>(a: T): T {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength ? a : (a.slice() as T);
}

/** Prepares the bytes of one message and posts the answer, with the buffers to move. */
export function textHandler(post: (m: TextAnswer, transfer: ArrayBuffer[]) => void): (m: PrepareMessage) => void {
  return (m) => {
    try {
      setLocale(m.locale);
      const began = performance.now();
      const p = prepareBytes(m.bytes, m.fileName, m.maxRows);
      const bytes = ownBuffer(p.bytes);
      const starts = Int32Array.from(p.starts);
      const answer: TextAnswer = { type: 'prepared', bytes, starts, delimiter: p.delimiter, columns: p.columns, encoding: p.encoding, lineBreaks: p.lineBreaks, inWorker: 'WorkerGlobalScope' in globalThis, ms: performance.now() - began };
      post(answer, [bytes.buffer as ArrayBuffer, starts.buffer as ArrayBuffer]);
    } catch (e) {
      post({ type: 'failed', failure: serialiseFailure(e) }, []);
    }
  };
}
