/**
 * Cross-filtering between linked views, with uwdata/mosaic's crossfilter Selection as the model:
 * the selection is a set of clauses (field → one value), each clause belongs to the client(s)
 * that chose it, and every client is filtered by all clauses except its own. A chart therefore
 * keeps showing all its bars (the chosen one highlighted), while the other charts and the table
 * show only what the chosen bar stands for.
 *
 * The selection lives in the URL (`sel`, declared in data/filters.ts) as
 * `field:value,field:value` in the order of SELECTION_FIELDS; `%`, `,` and `:` inside a value are
 * written as %25, %2C and %3A. This module is pure: no DOM, no SQL text beyond the column names.
 */
import { t } from '../i18n/catalogue';
import '../i18n/messages/filters';

export const SELECTION_FIELDS = ['year', 'type', 'venue', 'actor'] as const;
export type SelectionField = (typeof SELECTION_FIELDS)[number];

/** The chosen value per field (at most one each); a field that is absent is not chosen. */
export type Selection = Readonly<Partial<Record<SelectionField, string>>>;

export interface Clause {
  readonly field: SelectionField;
  readonly value: string;
}

/** The activities column each field restricts (without a table alias). */
export const SELECTION_COLUMNS: Readonly<Record<SelectionField, string>> = { year: 'year', type: 'activity_type', venue: 'venue_id', actor: 'actor' };

export const isSelectionField = (s: string): s is SelectionField => (SELECTION_FIELDS as readonly string[]).includes(s);

/** The clauses of a selection, in the fields' order. */
export function clauses(sel: Selection): Clause[] {
  return SELECTION_FIELDS.flatMap((field) => {
    const value = sel[field];
    return value === undefined ? [] : [{ field, value }];
  });
}

/**
 * The clauses that filter a client: every clause except those of the fields the client itself
 * selects (`own`). A client's query, and its cache key, thus do not change with its own choice.
 */
export function clausesFor(sel: Selection, own: readonly SelectionField[]): Clause[] {
  return clauses(sel).filter((c) => !own.includes(c.field));
}

/** The selection made of some clauses (the inverse of `clauses`; a later clause of a field wins). */
export function selectionOf(list: readonly Clause[]): Selection {
  return Object.fromEntries(list.map((c) => [c.field, c.value]));
}

/** Choosing a value: a new value replaces the field's old one; choosing the chosen value again clears the field. */
export function toggle(sel: Selection, field: SelectionField, value: string): Selection {
  const next: Partial<Record<SelectionField, string>> = { ...sel };
  if (next[field] === value) delete next[field];
  else next[field] = value;
  return next;
}

export const isEmptySelection = (sel: Selection): boolean => clauses(sel).length === 0;

export function sameSelection(a: Selection, b: Selection): boolean {
  return SELECTION_FIELDS.every((f) => a[f] === b[f]);
}

const escape = (v: string) => v.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/:/g, '%3A');
const unescape = (v: string) => v.replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%25/g, '%');

/** The URL text of a selection, or null when nothing is chosen (not written). */
export function writeSelection(sel: Selection): string | null {
  const parts = clauses(sel).map((c) => `${c.field}:${escape(c.value)}`);
  return parts.length === 0 ? null : parts.join(',');
}

/** What a selection's values are checked against (a subset of data/filters.ts's KnownValues). */
export interface SelectionKnown {
  minYear: number;
  maxYear: number;
  venues: readonly string[];
  actors: readonly string[];
}

// Long enough for any activity type a log holds (a choice made in the page must survive a reload).
const MAX_TYPE_LENGTH = 1000;

function valid(field: SelectionField, value: string, known: SelectionKnown): boolean {
  switch (field) {
    case 'year':
      return /^\d{4}$/.test(value) && Number(value) >= known.minYear && Number(value) <= known.maxYear;
    case 'venue':
      return known.venues.includes(value);
    case 'actor':
      return known.actors.includes(value);
    case 'type':
      // The types are not among the metadata the page loads first: any short, printable text is
      // accepted (an unknown type matches no activity and shows empty charts, never an error).
      return value.length > 0 && value.length <= MAX_TYPE_LENGTH && !/\p{Cc}/u.test(value);
  }
}

/**
 * Reads `sel` from the URL. Parts naming an unknown field, an invalid value or a field already
 * named are left out, and named in a notice in the page's language; the rest is kept.
 */
export function parseSelection(raw: string, known: SelectionKnown): { value: Selection; notice?: string } {
  const value: Partial<Record<SelectionField, string>> = {};
  const bad: string[] = [];
  // Only the space before a field name is dropped: a value (an activity type) may end in a space.
  for (const part of raw.split(',').map((s) => s.trimStart()).filter((s) => s.length > 0)) {
    const at = part.indexOf(':');
    const field = at < 0 ? '' : part.slice(0, at);
    const text = at < 0 ? '' : unescape(part.slice(at + 1));
    if (isSelectionField(field) && value[field] === undefined && valid(field, text, known)) value[field] = text;
    else bad.push(part);
  }
  return bad.length > 0 ? { value, notice: t('selection.bad', { values: bad }) } : { value };
}

/** "plats Elvärket, år 2019": the selection in words, each value named by `label` (a venue's name, a type's, an actor's). */
export function describeSelection(sel: Selection, label: (field: SelectionField, value: string) => string): string {
  return clauses(sel)
    .map((c) => t('selection.clause', { field: t(`selection.field.${c.field}`), value: label(c.field, c.value) }))
    .join(', ');
}

/** A place named with the choices that filter what is shown of it ("Mariestad, endast plats Elvärket"). */
export function placeWithSelection(place: string, text: string): string {
  return text ? `${place}, ${t('selection.only', { text })}` : place;
}

/**
 * The end of a downloaded file's name when a selection filters it ("-urval-year-2019-venue-elvarket"),
 * '' without one: a file cut down by a choice says so in its name.
 */
export function selectionStem(sel: Selection): string {
  const parts = clauses(sel).map((c) => `${c.field}-${c.value}`);
  if (parts.length === 0) return '';
  const slug = parts.join('-').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return `-${t('selection.stem')}-${slug.slice(0, 80)}`;
}

