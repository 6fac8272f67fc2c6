/**
 * The survey areas a person matched to a venue on Platser, kept in this browser (localStorage,
 * versioned key) and written again into survey_area_venues at start-up, after the kept imports
 * (an imported area's match must find its results). Only the user's matches are kept here; the
 * shipped mapping is data/survey_area_venues.csv.
 */
import type { Connector } from '../db/types';
import { matchAreaStatements, unmatchAreaStatement } from '../queries/survey';

/** Bump the version when the record's shape changes; an old key is then not read. */
export const AREA_MATCHES_KEY = 'medborgarlofte.omradeskopplingar.v1';
/** What survey_area_venues.source says for a match made on Platser. */
export const USER_MATCH_SOURCE = 'vald i Platser';

export interface KeptMatch {
  kommunkod: string;
  area: string;
  venueId: string;
  matchedBy: 'namn' | 'manuell';
}

/** The part of Storage used here, so tests can pass a map. */
export type MatchStorage = Pick<Storage, 'getItem' | 'setItem'>;

const isMatch = (x: unknown): x is KeptMatch => {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    typeof m.kommunkod === 'string' && /^\d{4}$/.test(m.kommunkod) && typeof m.area === 'string' && m.area !== '' &&
    typeof m.venueId === 'string' && m.venueId !== '' && (m.matchedBy === 'namn' || m.matchedBy === 'manuell')
  );
};

const same = (a: KeptMatch, b: Pick<KeptMatch, 'kommunkod' | 'area' | 'venueId'>) =>
  a.kommunkod === b.kommunkod && a.area === b.area && a.venueId === b.venueId;

/** The kept matches in `raw` (the stored text); anything unreadable or malformed is left out. */
export function parseKept(raw: string | null): KeptMatch[] {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(isMatch).map(({ kommunkod, area, venueId, matchedBy }) => ({ kommunkod, area, venueId, matchedBy }));
}

/** localStorage, or null where the browser blocks it (then a match lasts until the page is reloaded). */
export function browserMatchStorage(): MatchStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function keptMatches(storage: MatchStorage | null): KeptMatch[] {
  try {
    return parseKept(storage?.getItem(AREA_MATCHES_KEY) ?? null);
  } catch {
    return [];
  }
}

function write(storage: MatchStorage | null, list: KeptMatch[]): void {
  try {
    storage?.setItem(AREA_MATCHES_KEY, JSON.stringify(list));
  } catch {
    // Full or blocked storage: the match still holds for this visit.
  }
}

/** Adds (or replaces) a match; returns the kept list. */
export function keepMatch(storage: MatchStorage | null, m: KeptMatch): KeptMatch[] {
  const list = [...keptMatches(storage).filter((k) => !same(k, m)), m];
  write(storage, list);
  return list;
}

/** Removes a match; returns the kept list. */
export function forgetMatch(storage: MatchStorage | null, m: Pick<KeptMatch, 'kommunkod' | 'area' | 'venueId'>): KeptMatch[] {
  const list = keptMatches(storage).filter((k) => !same(k, m));
  write(storage, list);
  return list;
}

/** Writes one user match into survey_area_venues. */
export async function applyMatch(conn: Connector, m: KeptMatch): Promise<void> {
  for (const q of matchAreaStatements({ ...m, source: USER_MATCH_SOURCE })) await conn.query(q);
}

/** Takes one user match out of survey_area_venues (the shipped mapping is never touched). */
export async function removeMatch(conn: Connector, m: Pick<KeptMatch, 'kommunkod' | 'area' | 'venueId'>): Promise<void> {
  await conn.query(unmatchAreaStatement({ ...m, source: USER_MATCH_SOURCE }));
}

/** Start-up: the kept matches are written again; returns those that could not be. */
export async function restoreMatches(conn: Connector, storage: MatchStorage | null = browserMatchStorage()): Promise<KeptMatch[]> {
  const failed: KeptMatch[] = [];
  for (const m of keptMatches(storage)) {
    try {
      await applyMatch(conn, m);
    } catch {
      failed.push(m);
    }
  }
  return failed;
}
