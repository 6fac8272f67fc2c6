/** The app state as Svelte context, for the views that change data (import, activity log). */
import { getContext, setContext } from 'svelte';
import type { AppState } from './app.svelte';
import { t } from '../i18n/catalogue';
import '../i18n/messages/state';

const KEY = Symbol('app');

export function setAppContext(app: AppState): void {
  setContext(KEY, app);
}

export function getAppContext(): AppState {
  const app = getContext<AppState | undefined>(KEY);
  if (!app) throw new Error(t('state.noContext'));
  return app;
}
