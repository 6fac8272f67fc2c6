/**
 * The module worker a delimited file's bytes are decoded and prepared in (see text-off-main.ts):
 * the page's main thread never decodes the whole file or holds it as a string.
 */
import { textHandler, type PrepareMessage, type TextAnswer } from './text-handler';

/** The part of DedicatedWorkerGlobalScope used here (the project's TS lib is DOM, not WebWorker). */
const scope = self as unknown as { postMessage(m: TextAnswer, transfer: ArrayBuffer[]): void; onmessage: ((e: MessageEvent<PrepareMessage>) => void) | null };
const handle = textHandler((m, transfer) => scope.postMessage(m, transfer));
scope.onmessage = (e) => handle(e.data);
