/** Survey results (survey_results) for a promise's outcome indicators, and trygghet per venue. */
import type { Query } from '../db/types';
import { placeholders, query } from './sql';

export interface SurveyRow {
  year: number;
  kommunkod: string;
  /** null: the whole municipality. */
  area: string | null;
  question_id: string;
  question: string;
  subgroup: string | null;
  kind: 'proportion' | 'index';
  respondents: number | null;
  positive: number | null;
  share: number | null;
  index_value: number | null;
  index_low: number | null;
  index_high: number | null;
  deff: number | null;
  better: 'higher' | 'lower';
  source: string;
  example: boolean;
}

const COLUMNS = `s.year, s.kommunkod, s.area, s.question_id, s.question, s.subgroup, s.kind, s.respondents, s.positive, s.share,
            s.index_value, s.index_low, s.index_high, s.deff, s.better, s.source, s.source = 'exempeldata' AS example`;

/**
 * The whole-municipality results of the questions `questionIds` for the municipality and the
 * comparison group's municipalities (`picked`; none for Riket, which has no survey here).
 */
export function surveyOutcomesQuery(f: { kommunkod: string; questionIds: readonly string[]; picked: readonly string[] }): Query {
  const codes = [f.kommunkod, ...f.picked];
  return query(
    `SELECT ${COLUMNS}
     FROM survey_results s
     WHERE s.area IS NULL AND s.question_id IN ${placeholders(f.questionIds.length)} AND s.kommunkod IN ${placeholders(codes.length)}
     ORDER BY s.question_id, s.subgroup NULLS FIRST, s.kommunkod, s.year`,
    [...f.questionIds, ...codes],
  );
}

export interface VenueSurveyRow extends SurveyRow {
  venue_id: string;
  matched_by: string;
  /** The mapping itself is example data. */
  mapping_example: boolean;
}

/**
 * The survey results of the areas the chosen venues lie in (survey_area_venues), all respondents
 * only; `venueIds` empty = every venue of the municipality.
 */
export function venueSurveyQuery(f: { kommunkod: string; venueIds: readonly string[] }): Query {
  const venues = f.venueIds.length > 0 ? `AND m.venue_id IN ${placeholders(f.venueIds.length)}` : '';
  return query(
    `SELECT m.venue_id, m.matched_by, m.source = 'exempeldata' AS mapping_example, ${COLUMNS}
     FROM survey_area_venues m
     JOIN survey_results s ON s.kommunkod = m.kommunkod AND s.area = m.area
     WHERE m.kommunkod = ? AND s.subgroup IS NULL ${venues}
     ORDER BY m.venue_id, s.question_id, s.year`,
    [f.kommunkod, ...f.venueIds],
  );
}

export interface SurveyAreaRow {
  area: string;
  /** `;`-separated venue_ids matched to the area; null when none is matched yet. */
  venue_ids: string | null;
}

/** The municipality's survey areas and the venues matched to each (an empty list: not matched yet). */
export function surveyAreasQuery(kommunkod: string): Query {
  return query(
    `SELECT s.area, string_agg(DISTINCT m.venue_id, ';' ORDER BY m.venue_id) AS venue_ids
     FROM (SELECT DISTINCT kommunkod, area FROM survey_results WHERE kommunkod = ? AND area IS NOT NULL) s
     LEFT JOIN survey_area_venues m ON m.kommunkod = s.kommunkod AND m.area = s.area
     GROUP BY s.area ORDER BY s.area`,
    [kommunkod],
  );
}

/** Records that `venueId` lies in survey area `area` (replacing an earlier choice for that pair). */
export function matchAreaStatements(m: { kommunkod: string; area: string; venueId: string; matchedBy: 'namn' | 'manuell'; source: string }): Query[] {
  return [
    // Again with the same source replaces; a row from another source (the shipped mapping) is kept as it is.
    query(`DELETE FROM survey_area_venues WHERE kommunkod = ? AND area = ? AND venue_id = ? AND source = ?`, [m.kommunkod, m.area, m.venueId, m.source]),
    query(
      `INSERT INTO survey_area_venues SELECT ?, ?, ?, ?, ?
       WHERE NOT EXISTS (SELECT 1 FROM survey_area_venues WHERE kommunkod = ? AND area = ? AND venue_id = ?)`,
      [m.kommunkod, m.area, m.venueId, m.matchedBy, m.source, m.kommunkod, m.area, m.venueId],
    ),
  ];
}

/** Undoes a match made with `matchAreaStatements`: only the row with that source goes. */
export function unmatchAreaStatement(m: { kommunkod: string; area: string; venueId: string; source: string }): Query {
  return query(`DELETE FROM survey_area_venues WHERE kommunkod = ? AND area = ? AND venue_id = ? AND source = ?`, [m.kommunkod, m.area, m.venueId, m.source]);
}
