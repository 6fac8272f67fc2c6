/**
 * The whole catalogue, one object merged from the areas' files. Keys are `area.name`; an area
 * file holds only its own prefix so two areas never define the same key.
 */
import { common } from './common';
import { meeting } from './meeting';
import { report } from './report';
import { statement } from './statement';

export const MESSAGES = {
  ...common,
  ...report,
  ...meeting,
  ...statement,
};
export type Messages = typeof MESSAGES;
