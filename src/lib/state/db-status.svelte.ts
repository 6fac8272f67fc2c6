/** The start-up state the loading screen shows: progress while loading, a clear message on failure. */
import type { StartProgress } from '../db/start';
import { t } from '../i18n/catalogue';
import '../i18n/messages/shell';

export class DbStatus {
  done = $state(0);
  total = $state(1);
  label = $state(t('db.starting'));
  ready = $state(false);
  error = $state<string | null>(null);

  progress(p: StartProgress): void {
    this.done = p.done;
    this.total = p.total;
    this.label = p.label;
    this.ready = p.phase === 'ready';
  }

  fail(e: unknown): void {
    this.error = e instanceof Error ? e.message : String(e);
  }
}
