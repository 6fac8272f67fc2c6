/**
 * The whole catalogue, one object merged from the areas' files. Keys are `area.name`; an area
 * file holds only its own prefix so two areas never define the same key.
 */
import { common } from './common';
import { bra } from './bra';

export const MESSAGES = {
  ...common,
  ...bra,
};
export type Messages = typeof MESSAGES;
