/** Messages of the reactive state (wt25): progress steps and errors the views show from src/lib/state. */
import { msg, register } from '../entry';

export const state = register({
  'state.onlySelect': msg('Bara SELECT.', 'SELECT only.'),
  'state.noContext': msg('AppState saknas i kontexten', 'AppState is missing from the context'),
});
