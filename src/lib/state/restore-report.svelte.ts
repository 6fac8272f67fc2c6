/**
 * What the start-up restore of kept imports left undone, for the Data view and the page notice:
 * imports that could not be applied, and a list of kept imports that could not be read.
 */
import type { Restored, Unrestored } from '../persist/restore';

export class RestoreReport {
  failed = $state<Unrestored[]>([]);
  indexError = $state<string | null>(null);

  set(r: Restored): void {
    this.failed = r.failed;
    this.indexError = r.indexError;
  }

  resolved(id: string): void {
    this.failed = this.failed.filter((f) => f.meta.id !== id);
  }

  clear(): void {
    this.failed = [];
    this.indexError = null;
  }
}

/** The one report of this page's start-up (filled in main.ts). */
export const restoreReport = new RestoreReport();
