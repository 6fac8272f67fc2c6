/**
 * The whole catalogue, one object merged from the areas' files. Keys are `area.name`; an area
 * file holds only its own prefix so two areas never define the same key.
 */
import { common } from './common';
import { shell } from './shell';
import { filters } from './filters';
import { charts } from './charts';
import { crime } from './crime';
import { crimeText } from './crime-text';
import { state } from './state';

export const MESSAGES = {
  ...common,
  ...shell,
  ...filters,
  ...charts,
  ...crime,
  ...crimeText,
  ...state,
};
export type Messages = typeof MESSAGES;
