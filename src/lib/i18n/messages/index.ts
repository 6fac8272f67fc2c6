/**
 * The whole catalogue, one object merged from the areas' files. Keys are `area.name`; an area
 * file holds only its own prefix so two areas never define the same key.
 */
import { common } from './common';
import { decision } from './decision';
import { decisionGroup } from './decision-group';
import { decisionUi } from './decision-ui';
import { places } from './places';
import { survey } from './survey';

export const MESSAGES = {
  ...common,
  ...decision,
  ...decisionGroup,
  ...decisionUi,
  ...survey,
  ...places,
};
export type Messages = typeof MESSAGES;
