/** How a catalogue entry is declared (kept apart from `catalogue.ts` so area files do not import it back). */

/** One message: the same shape in both languages. */
export type Entry<P = never> = [P] extends [never] ? { sv: string; en: string } : { sv: (p: P) => string; en: (p: P) => string };

/** Declares a plain message. */
export const msg = (sv: string, en: string): Entry => ({ sv, en });
/** Declares a message with parameters. */
export const fmt = <P>(sv: (p: P) => string, en: (p: P) => string): Entry<P> => ({ sv, en }) as Entry<P>;
