/**
 * Matching a survey's own area names to the dashboard's venues by name. The rule (documented in
 * data/README.md, tested in tests/unit/area-match.test.ts):
 *
 * 1. Both names are normalised: lower case, diacritics kept apart from their letter and dropped
 *    (å → a, ä → a, ö → o), anything in brackets dropped ("Resecentrum (exempel)" → "resecentrum"),
 *    every run of other characters than letters and digits made one space, trimmed.
 * 2. An area matches a venue when the normalised names are equal, or when the area's normalised
 *    name equals the venue's id, or when one normalised name contains the other as whole words
 *    ("Området kring resecentrum" matches Resecentrum) and the shorter has at least 4 letters.
 * 3. Only venues of the same municipality are considered. Several matches are all returned, best
 *    first (equal names before contained names); none means a person has to choose.
 */

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const containsWords = (long: string, short: string) => ` ${long} `.includes(` ${short} `);

export interface VenueName {
  venue_id: string;
  name: string;
  kommunkod: string;
}

/** The venues an area name matches by the rule above, best first. */
export function matchAreaToVenues(area: string, kommunkod: string, venues: readonly VenueName[]): string[] {
  const a = normaliseName(area);
  if (a === '') return [];
  const exact: string[] = [];
  const contained: string[] = [];
  for (const v of venues) {
    if (v.kommunkod !== kommunkod) continue;
    const n = normaliseName(v.name);
    if (n === a || v.venue_id === a.replace(/ /g, '')) exact.push(v.venue_id);
    else if (n !== '') {
      const [long, short] = n.length >= a.length ? [n, a] : [a, n];
      if (short.replace(/ /g, '').length >= 4 && containsWords(long, short)) contained.push(v.venue_id);
    }
  }
  return [...exact, ...contained];
}
