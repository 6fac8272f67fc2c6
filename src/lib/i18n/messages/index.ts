/**
 * The whole catalogue, one object merged from the areas' files. Keys are `area.name`; an area
 * file holds only its own prefix so two areas never define the same key.
 */
import { common } from './common';

export const MESSAGES = {
  ...common,
};
export type Messages = typeof MESSAGES;
