/** The app state as Svelte context, for the views that change data (import, activity log). */
import { getContext, setContext } from 'svelte';
import type { AppState } from './app.svelte';

const KEY = Symbol('app');

export function setAppContext(app: AppState): void {
  setContext(KEY, app);
}

export function getAppContext(): AppState {
  const app = getContext<AppState | undefined>(KEY);
  if (!app) throw new Error('AppState saknas i kontexten');
  return app;
}
