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
import { shell } from './shell';
import { filters } from './filters';
import { charts } from './charts';
import { crime } from './crime';
import { crimeText } from './crime-text';
import { state } from './state';
import { activityTypes } from './activity-types';
import { dataimport } from './dataimport';
import { dataimportRows } from './dataimport-rows';
import { dataimportJson } from './dataimport-json';
import { data } from './data';
import { dataDialogs } from './data-dialogs';
import { activitylog } from './activitylog';
import { bra } from './bra';
import { report } from './report';
import { meeting } from './meeting';
import { statement } from './statement';
import { persist } from './persist';
import { activitylogStore } from './activitylog-store';
import { dataimportTables } from './dataimport-tables';

/** Each area's entries, for the check that no two areas define the same key. */
export const AREAS = { common, decision, decisionGroup, decisionUi, survey, places, shell, filters, charts, crime, crimeText, state, activityTypes, dataimport, dataimportRows, dataimportJson, data, dataDialogs, activitylog, bra, report, meeting, statement, persist, activitylogStore, dataimportTables };

export const MESSAGES = {
  ...common,
  ...decision,
  ...decisionGroup,
  ...decisionUi,
  ...survey,
  ...places,
  ...shell,
  ...filters,
  ...charts,
  ...crime,
  ...crimeText,
  ...state,
  ...activityTypes,
  ...dataimport,
  ...dataimportRows,
  ...dataimportJson,
  ...data,
  ...dataDialogs,
  ...activitylog,
  ...bra,
  ...report,
  ...meeting,
  ...statement,
  ...persist,
  ...activitylogStore,
  ...dataimportTables,
};
export type Messages = typeof MESSAGES;
