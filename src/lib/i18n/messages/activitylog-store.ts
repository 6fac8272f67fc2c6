/** Messages of the activity log's store (kept changes, other tabs): loaded at every start, so apart from the Logg view. */
import { fmt, msg, register } from '../entry';

export const activitylogStore = register({
  'activitylog.store.read': fmt<{ error: string }>((p) => `Lokala ändringar kunde inte läsas in: ${p.error}`, (p) => `Local changes could not be read: ${p.error}`),
  'activitylog.store.otherTab': fmt<{ error: string }>(
    (p) => `En ändring från en annan flik kunde inte visas här: ${p.error}. Ladda om sidan.`,
    (p) => `A change from another tab could not be shown here: ${p.error}. Reload the page.`,
  ),
  'activitylog.store.save': fmt<{ error: string }>(
    (p) => `Ändringen kunde inte sparas i webbläsaren: ${p.error}`,
    (p) => `The change could not be kept in the browser: ${p.error}`,
  ),
  'activitylog.store.apply': fmt<{ error: string }>((p) => `Ändringen kunde inte göras: ${p.error}`, (p) => `The change could not be made: ${p.error}`),
  'activitylog.store.open': msg('IndexedDB kunde inte öppnas', 'IndexedDB could not be opened'),
  'activitylog.store.aborted': msg('IndexedDB-transaktionen avbröts', 'The IndexedDB transaction was aborted'),
});
