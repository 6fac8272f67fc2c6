/** Messages shared by the whole UI: the language switch and the page shell. */
import { msg, register } from '../entry';

export const common = register({
  'lang.switch': msg('In English', 'På svenska'),
});
