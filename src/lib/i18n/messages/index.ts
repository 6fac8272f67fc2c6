/**
 * The whole catalogue, one object merged from the areas' files. Keys are `area.name`; an area
 * file holds only its own prefix so two areas never define the same key.
 */
import { common } from './common';
import { dataimport } from './dataimport';
import { dataimportRows } from './dataimport-rows';
import { dataimportJson } from './dataimport-json';
import { data } from './data';
import { dataDialogs } from './data-dialogs';
import { activitylog } from './activitylog';

export const MESSAGES = {
  ...common,
  ...dataimport,
  ...dataimportRows,
  ...dataimportJson,
  ...data,
  ...dataDialogs,
  ...activitylog,
};
export type Messages = typeof MESSAGES;
