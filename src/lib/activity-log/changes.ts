/**
 * Local changes to the activity log: for each touched id, the record as it is now, or null when
 * deleted. They are replayed over the shipped (and imported) data at every start.
 */
import type { Connector } from '../db/types';
import { deleteActivityQuery, insertActivityQuery } from './queries';
import type { ActivityRecord } from './record';

export type ActivityChanges = Record<string, ActivityRecord | null>;

export async function applyChanges(conn: Connector, changes: ActivityChanges): Promise<void> {
  const ids = Object.keys(changes);
  if (ids.length === 0) return;
  await conn.exec('BEGIN TRANSACTION');
  try {
    for (const id of ids) {
      await conn.query(deleteActivityQuery(id));
      const record = changes[id];
      if (record) await conn.query(insertActivityQuery(record));
    }
    await conn.exec('COMMIT');
  } catch (e) {
    await conn.exec('ROLLBACK');
    throw e;
  }
}
