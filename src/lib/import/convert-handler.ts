/**
 * The conversion worker's logic, apart from its wiring (convert-worker.ts) so it can be driven in
 * Node too: a start message, pages of rows, then `end`; the answer is the Converted result or the
 * refusal as plain data (convert-protocol.ts).
 */
import { convertPrepared } from './convert-prepared';
import { Assembler, serialiseFailure, type FromWorker, type ToWorker } from './convert-protocol';
import { setLocale } from '../i18n/locale';

/** A message handler posting its answers through `post`; one conversion per handler. */
export function convertHandler(post: (m: FromWorker) => void): (m: ToWorker) => void {
  let assembler: Assembler | null = null;
  let start: Extract<ToWorker, { type: 'start' }> | null = null;
  return (m) => {
    try {
      if (m.type === 'start') {
        start = m;
        setLocale(m.locale);
        assembler = new Assembler(m);
        return;
      }
      if (!assembler || !start) throw new Error('Konverteringen fick rader före sitt första meddelande.');
      if (m.type === 'page') {
        post({ type: 'ack', received: assembler.add(m) });
        return;
      }
      const began = performance.now();
      const converted = convertPrepared(assembler.prepared(), start.mapping, start.ctx);
      assembler = null;
      post({ type: 'done', converted, inWorker: 'WorkerGlobalScope' in globalThis, ms: performance.now() - began });
    } catch (e) {
      assembler = null;
      post({ type: 'failed', failure: serialiseFailure(e) });
    }
  };
}
