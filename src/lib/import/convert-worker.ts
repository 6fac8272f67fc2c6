/**
 * The module worker the validation rules run in (see convert-off-main.ts): the page's main thread
 * only clones pages of rows to it and gets the result back.
 */
import { convertHandler } from './convert-handler';
import type { FromWorker, ToWorker } from './convert-protocol';

/** The part of DedicatedWorkerGlobalScope used here (the project's TS lib is DOM, not WebWorker). */
const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const handle = convertHandler((m) => scope.postMessage(m));
scope.onmessage = (e) => handle(e.data);
