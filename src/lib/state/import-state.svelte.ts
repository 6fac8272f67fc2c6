/**
 * The Data view's import state: progress, the mapping question, failures and what is kept.
 * Its dependencies (connection, store, what to do after the tables changed) are passed in.
 */
import type { Connector } from '../db/types';
import { importPrepared, removeImport, resetImports } from '../persist/imports';
import { CorruptIndexError, type ImportStore, type StoredImport } from '../persist/store';
import { applyKept } from '../persist/restore';
import { RestoreReport } from './restore-report.svelte';
import { missingFields } from '../import/layout';
import { loadContext, prepareImport, type ImportInput, type Prepared } from '../import/pipeline';
import type { ImportPreview } from '../import/preview';
import { previewImport } from '../import/preview-query';
import { offersReshape } from '../import/reshape';
import type { Revisions } from '../import/revisions';
import { ImportFailure, type ImportIssue, type Mapping } from '../import/types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/data';

export interface Failure {
  fileName: string;
  message: string;
  issues: readonly ImportIssue[];
}

export interface Success {
  fileName: string;
  rows: number;
  notes: string[];
  revisions: Revisions;
}

export interface Question {
  prepared: Prepared;
  answer: (m: Mapping | null) => void;
}

/** The preview of an import, waiting for the user: `answer(true)` writes it, `answer(false)` leaves the data as they are. */
export interface Confirmation {
  preview: ImportPreview;
  answer: (ok: boolean) => void;
}

export class ImportState {
  busy = $state(false);
  progress = $state<{ fraction: number; label: string } | null>(null);
  failures = $state<Failure[]>([]);
  successes = $state<Success[]>([]);
  kept = $state<StoredImport[]>([]);
  question = $state<Question | null>(null);
  confirmation = $state<Confirmation | null>(null);
  /** Files whose import the user cancelled at the preview. */
  cancelled = $state<string[]>([]);

  readonly #conn: Connector;
  readonly #store: ImportStore;
  readonly #changed: () => Promise<void>;

  readonly #report: RestoreReport;
  #abort: AbortController | null = null;

  constructor(conn: Connector, store: ImportStore, changed: () => Promise<void>, report: RestoreReport = new RestoreReport()) {
    this.#conn = conn;
    this.#store = store;
    this.#changed = changed;
    this.#report = report;
    void this.#loadKept();
  }

  async #loadKept(): Promise<void> {
    try {
      this.kept = await this.#store.list();
    } catch (e) {
      this.kept = [];
      if (e instanceof CorruptIndexError) this.#report.indexError = e.message;
    }
  }

  #ask(prepared: Prepared): Promise<Mapping | null> {
    return new Promise((resolve) => {
      this.question = {
        prepared,
        answer: (m) => {
          this.question = null;
          resolve(m);
        },
      };
    });
  }

  #confirm(preview: ImportPreview): Promise<boolean> {
    return new Promise((resolve) => {
      this.confirmation = {
        preview,
        answer: (ok) => {
          this.confirmation = null;
          resolve(ok);
        },
      };
    });
  }

  #fail(fileName: string, e: unknown): void {
    const failure: Failure =
      e instanceof ImportFailure
        ? { fileName, message: e.message, issues: e.issues }
        : { fileName, message: `${fileName}: ${e instanceof Error ? e.message : String(e)}`, issues: [] };
    this.failures = [...this.failures, failure];
  }

  /** Imports the files one after the other; each is all or nothing. */
  async importFiles(files: readonly ImportInput[]): Promise<void> {
    if (this.busy || files.length === 0) return;
    this.busy = true;
    this.failures = [];
    this.successes = [];
    this.cancelled = [];
    let changed = false;
    const abort = (this.#abort = new AbortController());
    try {
      for (const [i, file] of files.entries()) {
        if (abort.signal.aborted) break;
        const step = (f: number, label: string) => {
          this.progress = { fraction: (i + f) / files.length, label: `${file.name}: ${label}` };
        };
        try {
          const ctx = await loadContext(this.#conn);
          const prepared = await prepareImport(this.#conn, file, ctx, step, abort.signal);
          const ask = missingFields(prepared.mapping).length > 0 || offersReshape(prepared);
          const mapping = ask ? await this.#ask(prepared) : prepared.mapping;
          if (!mapping || abort.signal.aborted) continue;
          step(0.8, t('data.progress.checking'));
          // The rows are checked in a worker, taken over in pages: the bar moves from 0.8 to 0.88 as it takes them.
          const checking = { signal: abort.signal, onProgress: (f: number) => step(0.8 + f * 0.08, t('data.progress.checking')) };
          const { converted, preview } = await previewImport(this.#conn, prepared, mapping, ctx, checking);
          if (!(await this.#confirm(preview)) || abort.signal.aborted) {
            this.cancelled = [...this.cancelled, file.name];
            continue;
          }
          step(0.9, t('data.progress.writing'));
          const done = await importPrepared(this.#conn, this.#store, prepared, mapping, ctx, converted);
          this.successes = [...this.successes, { fileName: file.name, rows: done.stored.rows, notes: done.notes, revisions: done.revisions }];
          changed = true;
        } catch (e) {
          this.#fail(file.name, e);
        }
      }
    } finally {
      this.#abort = null;
      this.progress = null;
      if (changed) {
        await this.#loadKept();
        await this.#changed();
      }
      this.busy = false;
    }
  }

  /** Stops the import now running; a file being written is finished first (a write is all or nothing). */
  cancel(): void {
    this.#abort?.abort();
    this.question?.answer(null);
    this.confirmation?.answer(false);
  }

  async #change(work: () => Promise<void>, what: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.failures = [];
    this.successes = [];
    try {
      await work();
    } catch (e) {
      this.#fail(what, e);
    } finally {
      await this.#loadKept();
      await this.#changed();
      this.busy = false;
    }
  }

  remove(id: string): Promise<void> {
    const name = this.kept.find((k) => k.id === id)?.fileName ?? id;
    return this.#change(() => removeImport(this.#conn, this.#store, id), name);
  }

  reset(): Promise<void> {
    return this.#change(async () => {
      await resetImports(this.#conn, this.#store);
      this.#report.clear();
    }, t('data.resetName'));
  }

  /** A kept import that failed at start-up, applied again. */
  retry(meta: StoredImport): Promise<void> {
    return this.#change(async () => {
      await applyKept(this.#conn, this.#store, meta);
      this.#report.resolved(meta.id);
    }, meta.fileName);
  }

  /** A kept import that failed at start-up, dropped from the browser's storage (it was never applied). */
  forget(meta: StoredImport): Promise<void> {
    return this.#change(async () => {
      await this.#store.remove(meta.id);
      this.#report.resolved(meta.id);
    }, meta.fileName);
  }
}
