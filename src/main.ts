import { mount } from 'svelte';
import App from './App.svelte';
import { startDatabase } from './lib/db/start';
import { restoreMatches } from './lib/persist/area-matches';
import { restoreImports } from './lib/persist/restore';
import { DbStatus } from './lib/state/db-status.svelte';
import { restoreReport } from './lib/state/restore-report.svelte';
import { AppState } from './lib/state/app.svelte';
import { previewFor, setFirstPaint } from './lib/state/overview';
import snapshot from 'virtual:overview-snapshot';
import { locale } from './lib/i18n/locale';
import { t } from './lib/i18n/catalogue';
import './app.css';
import './components/charts/charts.css';
import './lib/i18n/messages/shell';

// The page's language first, so the tab title and every announcement are in it from the start.
document.documentElement.lang = locale();
document.title = t('shell.loadingTitle');

// DuckDB starts before the UI mounts, so the engine and the data load while Svelte renders.
const status = new DbStatus();
const db = startDatabase((p) => status.progress(p), async (conn) => {
  restoreReport.set(await restoreImports(conn));
  // After the imports: a match may be of an imported survey area.
  await restoreMatches(conn);
});
db.catch((e: unknown) => status.fail(e));

const target = document.getElementById('app');
if (!target) throw new Error(t('shell.noAppElement'));
target.replaceChildren();
const preview = previewFor(window.location.search, snapshot);
setFirstPaint(preview);
mount(App, { target, props: { app: new AppState(db, window.location, window.history), status, preview } });
