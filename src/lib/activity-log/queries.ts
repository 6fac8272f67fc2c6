/** SQL for the activity log: read every record, write one, delete one. Values always as parameters. */
import type { Query } from '../db/types';
import { query } from '../queries/sql';
import { ACTIVITY_COLUMNS, type ActivityRecord } from './record';

export function allActivitiesQuery(): Query {
  return query(`SELECT ${ACTIVITY_COLUMNS.join(', ')} FROM activities ORDER BY year, activity_id`);
}

export function deleteActivityQuery(activityId: string): Query {
  return query('DELETE FROM activities WHERE activity_id = ?', [activityId]);
}

export function insertActivityQuery(r: ActivityRecord): Query {
  const casts: Partial<Record<keyof ActivityRecord, string>> = { date: '?::DATE', year: '?::INTEGER', quarter: '?::INTEGER', month: '?::INTEGER', count: '?::INTEGER', participants: '?::INTEGER' };
  return query(
    `INSERT INTO activities (${ACTIVITY_COLUMNS.join(', ')}) VALUES (${ACTIVITY_COLUMNS.map((c) => casts[c] ?? '?').join(', ')})`,
    ACTIVITY_COLUMNS.map((c) => r[c]),
  );
}

export function activityByIdQuery(activityId: string): Query {
  return query(`SELECT ${ACTIVITY_COLUMNS.join(', ')} FROM activities WHERE activity_id = ?`, [activityId]);
}

/** Distinct activity types and target groups in use, offered as suggestions in the form. */
export function activityVocabularyQuery(): Query {
  return query(
    `SELECT 'type' AS kind, activity_type AS value FROM activities GROUP BY activity_type
     UNION ALL SELECT 'target', target_group FROM activities WHERE target_group IS NOT NULL GROUP BY target_group
     ORDER BY kind, value`,
  );
}
