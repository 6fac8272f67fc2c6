/**
 * What the import's two workers (convert-worker.ts, text-worker.ts) share on the page's side: a
 * worker as a port (its failures in Swedish), and the one settling of a conversation with it —
 * the first of an answer, a failure or Avbryt wins, the worker is ended and the listener removed.
 */
import { throwIfCancelled } from './delimited';
import { t } from '../i18n/catalogue';
import '../i18n/messages/dataimport';

/** A worker as a driver sees it; a test passes one that answers in the same thread. */
export interface Port<In, Out> {
  post(m: In, transfer?: Transferable[]): void;
  listen(on: (m: Out) => void, fail: (e: Error) => void): void;
  close(): void;
}

/** `worker` as a port: a script that fails to load or a message that cannot be read is a Swedish error. */
export function workerAsPort<In, Out>(worker: Worker): Port<In, Out> {
  return {
    post: (m, transfer = []) => worker.postMessage(m, transfer),
    listen(on, fail) {
      worker.onmessage = (e: MessageEvent<Out>) => on(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        fail(new Error(t('dataimport.workerFailed', { detail: e.message || 'error' })));
      };
      worker.onmessageerror = () => fail(new Error(t('dataimport.workerFailed', { detail: 'messageerror' })));
    },
    close: () => worker.terminate(),
  };
}

export interface Settling {
  /** Runs `settle` if nothing has settled yet; ends the worker. */
  finish(settle: () => void): void;
  readonly settled: boolean;
  /** False when the signal was aborted already (the conversation is then settled as cancelled). */
  readonly started: boolean;
}

/** Settles once; Avbryt rejects with the import's cancel message for `fileName`. */
export function settleOnce(port: { close(): void }, signal: AbortSignal | undefined, fileName: string, reject: (e: unknown) => void): Settling {
  let settled = false;
  const finish = (settle: () => void) => {
    if (settled) return;
    settled = true;
    signal?.removeEventListener('abort', onAbort);
    port.close();
    settle();
  };
  function onAbort(): void {
    finish(() => {
      try {
        throwIfCancelled(signal, fileName);
      } catch (e) {
        reject(e);
      }
    });
  }
  const started = !signal?.aborted;
  if (started) signal?.addEventListener('abort', onAbort, { once: true });
  else onAbort();
  return {
    finish,
    get settled() {
      return settled;
    },
    started,
  };
}
