/**
 * A delimited file's text prepared off the page's main thread: the bytes are moved to a module
 * worker (text-worker.ts) that counts the lines, decodes, sniffs the separator, keeps blank lines
 * and checks the width, and moves the prepared text back as UTF-8 bytes for DuckDB. Where there is
 * no Worker (Node: the db tests) the same is done in the thread. Avbryt terminates the worker; a
 * refusal comes back as the same ImportFailure.
 */
import { reviveFailure } from './convert-protocol';
import { throwIfCancelled } from './delimited';
import { settleOnce, workerAsPort, type Port } from './worker-port';
import { ownBuffer, type PrepareMessage, type TextAnswer } from './text-handler';
import { MAX_IMPORT_ROWS, prepareBytes, type PreparedBytes } from './text-prep';
import { locale } from '../i18n/locale';

/** The performance mark set on the page each time prepared text came back from the worker. */
export const TEXT_WORKER_MARK = 'import-text-worker';

/** A worker as the driver sees it; a test passes one that answers in the same thread. */
export type TextPort = Port<PrepareMessage, TextAnswer>;

export type Prepared = Extract<TextAnswer, { type: 'prepared' }>;

/** Posts the bytes (moved: `bytes` is empty afterwards); settles on the answer, a failure or the signal. */
export function drivePreparation(port: TextPort, bytes: Uint8Array, fileName: string, signal?: AbortSignal, maxRows = MAX_IMPORT_ROWS): Promise<Prepared> {
  return new Promise((resolve, reject) => {
    const { finish, started } = settleOnce(port, signal, fileName, reject);
    if (!started) return;
    port.listen(
      (m) => finish(() => (m.type === 'prepared' ? resolve(m) : reject(reviveFailure(m.failure)))),
      (e) => finish(() => reject(e)),
    );
    const own = ownBuffer(bytes);
    port.post({ type: 'prepare', bytes: own, fileName, maxRows, locale: locale() }, [own.buffer as ArrayBuffer]);
  });
}

function workerPort(): TextPort {
  return workerAsPort(new Worker(new URL('./text-worker.ts', import.meta.url), { type: 'module' }));
}

/** prepareBytes, in a worker where the platform has one; throws the same ImportFailure it would. */
export async function prepareBytesOffMainThread(bytes: Uint8Array, fileName: string, signal?: AbortSignal): Promise<PreparedBytes> {
  throwIfCancelled(signal, fileName);
  if (typeof Worker === 'undefined') return prepareBytes(bytes, fileName);
  const began = performance.now();
  const size = bytes.byteLength;
  const p = await drivePreparation(workerPort(), bytes, fileName, signal);
  performance.mark(TEXT_WORKER_MARK, {
    detail: { fileName, inWorker: p.inWorker, encoding: p.encoding, delimiter: p.delimiter, columns: p.columns, bytes: size, workerMs: p.ms, totalMs: performance.now() - began },
  });
  return { bytes: p.bytes, starts: Array.from(p.starts), delimiter: p.delimiter, columns: p.columns, encoding: p.encoding, lineBreaks: p.lineBreaks };
}
