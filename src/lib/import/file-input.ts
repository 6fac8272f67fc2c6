/** A browser File as an import input: read as a stream, so a big file shows its progress. */
import type { ImportInput } from './pipeline';

export function fromFile(file: File): ImportInput {
  return {
    name: file.name,
    size: file.size,
    async bytes(onProgress = () => {}) {
      const reader = file.stream().getReader();
      const out = new Uint8Array(file.size);
      let at = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        out.set(value.subarray(0, out.length - at), at);
        at += value.length;
        onProgress(file.size === 0 ? 1 : Math.min(1, at / file.size));
      }
      return out.subarray(0, Math.min(at, out.length));
    },
  };
}
