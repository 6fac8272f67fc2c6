/** Matches of survey areas to venues made on Platser: kept in the browser's storage, written again at start, undone. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import type { Connector } from '../../src/lib/db/types';
import {
  AREA_MATCHES_KEY, applyMatch, forgetMatch, keepMatch, keptMatches, parseKept, removeMatch, restoreMatches, type KeptMatch, type MatchStorage,
} from '../../src/lib/persist/area-matches';

/** A Storage stand-in over a Map, as localStorage behaves (strings in, strings out). */
function mapStorage(): MatchStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)) };
}

const NORR: KeptMatch = { kommunkod: '1493', area: 'Område norr (exempel)', venueId: 'resecentrum', matchedBy: 'manuell' };
const KRING: KeptMatch = { kommunkod: '1493', area: 'Området kring Resecentrum', venueId: 'resecentrum', matchedBy: 'namn' };

describe('kept matches in storage', () => {
  it('a kept match is read back under the versioned key, replaced rather than doubled, and forgotten', () => {
    const s = mapStorage();
    expect(keptMatches(s)).toEqual([]);
    keepMatch(s, KRING);
    keepMatch(s, { ...KRING, matchedBy: 'manuell' });
    expect([...s.map.keys()]).toEqual(['medborgarlofte.omradeskopplingar.v1']);
    expect(keptMatches(s)).toEqual([{ ...KRING, matchedBy: 'manuell' }]);
    keepMatch(s, NORR);
    expect(forgetMatch(s, KRING)).toEqual([NORR]);
    expect(keptMatches(s)).toEqual([NORR]);
  });

  it('unreadable or malformed stored text gives no matches instead of an error, and bad entries are left out', () => {
    expect(parseKept('{not json')).toEqual([]);
    expect(parseKept('{"kommunkod":"1493"}')).toEqual([]);
    const good = { kommunkod: '1493', area: 'A', venueId: 'v', matchedBy: 'namn' };
    const raw = JSON.stringify([good, { ...good, kommunkod: '14' }, { ...good, matchedBy: 'gissad' }, { ...good, area: '' }, null, 'x']);
    expect(parseKept(raw)).toEqual([good]);
  });

  it('a storage that throws (blocked in a private window) is treated as empty and writing does not fail', () => {
    const blocked: MatchStorage = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
    };
    expect(keptMatches(blocked)).toEqual([]);
    expect(keepMatch(blocked, KRING)).toEqual([KRING]);
    expect(keptMatches(null)).toEqual([]);
  });
});

describe('kept matches in the database (real DuckDB)', () => {
  let conn: Connector;
  beforeAll(async () => {
    conn = await openNodeDbWithData();
  });
  const rows = async (area: string) =>
    (await conn.query({ sql: `SELECT venue_id, matched_by, source FROM survey_area_venues WHERE kommunkod = '1493' AND area = ? ORDER BY venue_id`, params: [area] })).map((r) => ({ ...r }));

  it('restoreMatches writes every kept match again, as a fresh start after a reload does', async () => {
    const s = mapStorage();
    keepMatch(s, KRING);
    expect(await rows(KRING.area)).toEqual([]);
    expect(await restoreMatches(conn, s)).toEqual([]);
    expect(await rows(KRING.area)).toEqual([{ venue_id: 'resecentrum', matched_by: 'namn', source: 'vald i Platser' }]);
    // Restoring twice leaves one row.
    await restoreMatches(conn, s);
    expect(await rows(KRING.area)).toHaveLength(1);
  });

  it('undoing a match removes only the user’s row, never the shipped mapping', async () => {
    const shipped = await rows(NORR.area);
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.every((r) => r.source !== 'vald i Platser')).toBe(true);
    // A new venue for the area is added beside the shipped ones, and its undo leaves them.
    const extra: KeptMatch = { ...NORR, venueId: 'fritidsgard' };
    await applyMatch(conn, extra);
    expect(await rows(NORR.area)).toHaveLength(shipped.length + 1);
    await removeMatch(conn, extra);
    expect(await rows(NORR.area)).toEqual(shipped);
    // A user match of a pair the shipped mapping has changes nothing, and its undo does not remove the shipped row.
    await applyMatch(conn, NORR);
    expect(await rows(NORR.area)).toEqual(shipped);
    await removeMatch(conn, NORR);
    expect(await rows(NORR.area)).toEqual(shipped);
    await removeMatch(conn, KRING);
    expect(await rows(KRING.area)).toEqual([]);
  });

  it('the key carries a version', () => {
    expect(AREA_MATCHES_KEY).toMatch(/\.v\d+$/);
  });
});
