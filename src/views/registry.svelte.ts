/**
 * The views, loaded on demand: Översikt (the first screen) is in the main bundle, every other
 * view (and what only it needs: the importers and Parquet, the report and print, the SQL console,
 * meeting mode) is its own chunk, fetched the first time the view is opened.
 */
import type { Component } from 'svelte';
import type { Connector } from '../lib/db/types';
import type { FilterState } from '../lib/state/filters.svelte';
import type { Meta } from '../lib/state/meta';
import type { ViewId } from '../lib/state/url';
import OversiktView from './OversiktView.svelte';
import { t } from '../lib/i18n/catalogue';
import '../lib/i18n/messages/shell';

export interface ViewProps {
  conn: Connector;
  meta: Meta;
  filters: FilterState;
}
type ViewComponent = Component<ViewProps>;

const LOADERS: Record<Exclude<ViewId, 'oversikt'>, () => Promise<{ default: ViewComponent }>> = {
  brott: () => import('./BrottView.svelte'),
  karta: () => import('./KartaView.svelte'),
  insatser: () => import('./InsatserView.svelte'),
  platser: () => import('./PlatserView.svelte'),
  beslut: () => import('./BeslutView.svelte'),
  uppfoljning: () => import('./UppfoljningView.svelte'),
  mote: () => import('./MoteView.svelte'),
  data: () => import('./DataView.svelte'),
  logg: () => import('./LoggView.svelte'),
  tillganglighet: () => import('./TillganglighetView.svelte'),
};

export class ViewRegistry {
  /** The views loaded so far. */
  loaded = $state<Partial<Record<ViewId, ViewComponent>>>({ oversikt: OversiktView as ViewComponent });
  error = $state<string | null>(null);
  readonly #pending = new Map<ViewId, Promise<void>>();

  /** Starts loading `id` if it is not loaded yet; the view appears in `loaded` when it has come. */
  load(id: ViewId): void {
    if (this.loaded[id] || this.#pending.has(id) || id === 'oversikt') return;
    const done = LOADERS[id]()
      .then((m) => {
        this.loaded = { ...this.loaded, [id]: m.default };
      })
      .catch((e: unknown) => {
        this.#pending.delete(id);
        this.error = t('shell.viewLoadFailed', { error: e instanceof Error ? e.message : String(e) });
      });
    this.#pending.set(id, done);
  }
}
