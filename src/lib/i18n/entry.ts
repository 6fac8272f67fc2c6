/** How a catalogue entry is declared (kept apart from `catalogue.ts` so area files do not import it back). */

/** One message: the same shape in both languages. */
export type Entry<P = never> = [P] extends [never] ? { sv: string; en: string } : { sv: (p: P) => string; en: (p: P) => string };

/** Declares a plain message. */
export const msg = (sv: string, en: string): Entry => ({ sv, en });
/** Declares a message with parameters. */
export const fmt = <P>(sv: (p: P) => string, en: (p: P) => string): Entry<P> => ({ sv, en }) as Entry<P>;

type AnyEntry = { sv: string | ((p: never) => string); en: string | ((p: never) => string) };

/**
 * The messages of the areas loaded so far. An area file registers itself when it is first
 * imported, and every module that shows a message imports the area it is in (checked by
 * tests/unit/i18n-areas.test.ts), so the bundler ships each area with the code that shows it: the
 * first view does not carry the import dialogs' or the report's texts.
 */
export const LOADED: Record<string, AnyEntry> = {};

/** Adds an area's entries to the loaded messages; returns them as declared (for their types). */
export function register<T extends Record<string, AnyEntry>>(area: T): T {
  Object.assign(LOADED, area);
  return area;
}
