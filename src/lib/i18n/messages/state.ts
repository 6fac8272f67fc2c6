/** Messages of the reactive state (wt25): progress steps and errors the views show from src/lib/state. */
import { fmt, msg } from '../entry';

type E = { error: string };

export const state = {
  'state.checkingRows': msg('Kontrollerar raderna', 'Checking the rows'),
  'state.writingRows': msg('Skriver raderna', 'Writing the rows'),
  'state.reset': msg('Återställning', 'Reset'),
  'state.logLoadFailed': fmt<E>((p) => `Lokala ändringar kunde inte läsas in: ${p.error}`, (p) => `Local changes could not be loaded: ${p.error}`),
  'state.logOtherTab': fmt<E>(
    (p) => `En ändring från en annan flik kunde inte visas här: ${p.error}. Ladda om sidan.`,
    (p) => `A change from another tab could not be shown here: ${p.error}. Reload the page.`,
  ),
  'state.logSaveFailed': fmt<E>((p) => `Ändringen kunde inte sparas i webbläsaren: ${p.error}`, (p) => `The change could not be saved in the browser: ${p.error}`),
  'state.logChangeFailed': fmt<E>((p) => `Ändringen kunde inte göras: ${p.error}`, (p) => `The change could not be made: ${p.error}`),
  'state.onlySelect': msg('Bara SELECT.', 'SELECT only.'),
  'state.noContext': msg('AppState saknas i kontexten', 'AppState is missing from the context'),
};
