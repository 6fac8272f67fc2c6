/** Messages of the reactive state (wt25): progress steps and errors the views show from src/lib/state. */
import { msg } from '../entry';

export const state = {
  'state.onlySelect': msg('Bara SELECT.', 'SELECT only.'),
  'state.noContext': msg('AppState saknas i kontexten', 'AppState is missing from the context'),
};
