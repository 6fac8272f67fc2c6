/** Messages shared by the whole UI: the language switch and the page shell. */
import { msg } from '../entry';

export const common = {
  'lang.switch': msg('In English', 'På svenska'),
};
