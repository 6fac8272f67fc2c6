/**
 * The validation rules off the page's main thread: convertPrepared runs in a module worker
 * (convert-worker.ts) where `Worker` exists, and directly where it does not (Node: the db tests).
 * The rows go over in pages of about 40 000 cells, each sent when the worker has taken the one
 * before, so no structured clone is a long task, progress shows and Avbryt can stop it; cancelling
 * terminates the worker, and nothing has been written then. A refusal comes back as the same
 * ImportFailure.
 */
import { convertPrepared, type Converted, type Prepared } from './convert-prepared';
import { pageMessage, pageRanges, reviveFailure, rowsPerPage, startMessage, type FromWorker, type ToWorker } from './convert-protocol';
import { throwIfCancelled } from './delimited';
import { settleOnce, workerAsPort, type Port } from './worker-port';
import type { ImportContext, Mapping } from './types';
import { locale } from '../i18n/locale';

export interface ConvertOptions {
  /** The fraction of the rows the worker has taken. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Rows per message (rowsPerPage of the table's width unless told). */
  pageRows?: number;
}

/** A worker as the driver sees it; a test passes one that clones and answers in the same thread. */
export type ConvertPort = Port<ToWorker, FromWorker>;

export type WorkerDone = Extract<FromWorker, { type: 'done' }>;

/** The performance mark set on the page each time a conversion came back from the worker. */
export const WORKER_MARK = 'import-convert-worker';

/** Sends the start, then one page per acknowledgement, then `end`; settles on the answer, a failure or the signal. */
export function driveConversion(port: ConvertPort, p: Prepared, mapping: Mapping, ctx: ImportContext, opts: ConvertOptions = {}): Promise<WorkerDone> {
  return new Promise((resolve, reject) => {
    const { signal, onProgress } = opts;
    const { start, cells, lines } = startMessage(p, mapping, ctx, locale());
    const ranges = pageRanges(start.total, opts.pageRows ?? rowsPerPage(start.width));
    let next = 0;
    const settling = settleOnce(port, signal, p.fileName, reject);
    if (!settling.started) return;
    const finish = settling.finish;
    const sendNext = () => {
      const range = ranges[next++];
      port.post(range ? pageMessage(cells, lines, range) : { type: 'end' });
    };
    port.listen(
      (m) => {
        if (settling.settled) return;
        if (m.type === 'ack') {
          onProgress?.(start.total > 0 ? m.received / start.total : 1);
          sendNext();
        } else if (m.type === 'done') finish(() => resolve(m));
        else finish(() => reject(reviveFailure(m.failure)));
      },
      (e) => finish(() => reject(e)),
    );
    port.post(start);
    sendNext();
  });
}

function workerPort(): ConvertPort {
  return workerAsPort(new Worker(new URL('./convert-worker.ts', import.meta.url), { type: 'module' }));
}

/** convertPrepared, in a worker where the platform has one; throws the same ImportFailure it would. */
export async function convertOffMainThread(p: Prepared, mapping: Mapping, ctx: ImportContext, opts: ConvertOptions = {}): Promise<Converted> {
  throwIfCancelled(opts.signal, p.fileName);
  if (typeof Worker === 'undefined') return convertPrepared(p, mapping, ctx);
  const began = performance.now();
  const done = await driveConversion(workerPort(), p, mapping, ctx, opts);
  performance.mark(WORKER_MARK, { detail: { fileName: p.fileName, rows: done.converted.rows, inWorker: done.inWorker, workerMs: done.ms, totalMs: performance.now() - began } });
  return done.converted;
}
