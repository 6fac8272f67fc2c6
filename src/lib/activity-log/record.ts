/** An activity record as the log edits it, and the rules a new or edited record must meet. */
import { TABLES } from '../db/schema';
import { t } from '../i18n/catalogue';
import '../i18n/messages/activitylog';

export interface ActivityRecord {
  activity_id: string;
  promise_id: string | null;
  kommunkod: string;
  year: number;
  quarter: number | null;
  month: number | null;
  date: string | null;
  actor: string;
  activity_type: string;
  venue_id: string | null;
  target_group: string | null;
  count: number | null;
  participants: number | null;
  description: string | null;
  source: string;
}

export const ACTIVITY_COLUMNS: readonly (keyof ActivityRecord)[] = (TABLES.find((t) => t.name === 'activities')?.columns ?? []).map(
  (c) => c.name as keyof ActivityRecord,
);

/** The `source` of records entered in the browser. */
export const LOCAL_SOURCE = 'lokalt registrerad';
export const ACTORS = ['polis', 'kommun', 'samverkan'] as const;

/** What the form holds: every field as the text the user typed. */
export interface ActivityForm {
  activity_id: string;
  promise_id: string;
  kommunkod: string;
  actor: string;
  activity_type: string;
  venue_id: string;
  target_group: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  when: string;
  count: string;
  participants: string;
  description: string;
}

export interface ValidationContext {
  minYear: number;
  maxYear: number;
  venues: readonly string[];
  promises: readonly { promise_id: string; kommunkod: string }[];
  kommunkoder: readonly string[];
}

export type FieldErrors = Partial<Record<keyof ActivityForm, string>>;

function optionalCount(text: string, field: string, errors: FieldErrors, key: keyof ActivityForm): number | null {
  const digits = text.trim().replace(/\s/g, '');
  if (digits === '') return null;
  if (!/^\d+$/.test(digits)) {
    errors[key] = t('activitylog.err.count', { field, text });
    return null;
  }
  return Number(digits);
}

function parseWhen(text: string, ctx: ValidationContext, errors: FieldErrors): Pick<ActivityRecord, 'year' | 'quarter' | 'month' | 'date'> | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) {
    errors.when = t('activitylog.err.when');
    return null;
  }
  const year = Number(m[1]);
  if (year < ctx.minYear || year > ctx.maxYear) {
    errors.when = t('activitylog.err.year', { min: ctx.minYear, max: ctx.maxYear });
    return null;
  }
  const month = m[2] === undefined ? null : Number(m[2]);
  if (month !== null && (month < 1 || month > 12)) {
    errors.when = t('activitylog.err.month', { month: m[2] ?? '' });
    return null;
  }
  let date: string | null = null;
  if (m[3] !== undefined && month !== null) {
    const d = new Date(Date.UTC(year, month - 1, Number(m[3])));
    if (d.getUTCMonth() !== month - 1) {
      errors.when = t('activitylog.err.date', { date: text.trim() });
      return null;
    }
    date = text.trim();
  }
  return { year, month, date, quarter: month === null ? null : Math.ceil(month / 3) };
}

/** Checks a form; returns the record to store, or a Swedish message per field. */
export function validateActivity(form: ActivityForm, ctx: ValidationContext): { record: ActivityRecord } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!(ACTORS as readonly string[]).includes(form.actor)) errors.actor = t('activitylog.err.actor');
  const type = form.activity_type.trim().toLowerCase();
  if (type === '') errors.activity_type = t('activitylog.err.type');
  else if (type.length > 80) errors.activity_type = t('activitylog.err.typeLength');
  if (!ctx.kommunkoder.includes(form.kommunkod)) errors.kommunkod = t('activitylog.err.kommunkod', { code: form.kommunkod });
  if (form.venue_id !== '' && !ctx.venues.includes(form.venue_id)) errors.venue_id = t('activitylog.err.venue', { id: form.venue_id });
  const promise = ctx.promises.find((p) => p.promise_id === form.promise_id);
  if (form.promise_id !== '' && !promise) errors.promise_id = t('activitylog.err.promise', { id: form.promise_id });
  else if (promise && promise.kommunkod !== form.kommunkod) errors.promise_id = t('activitylog.err.promiseElsewhere');
  const when = parseWhen(form.when, ctx, errors);
  const count = optionalCount(form.count, t('activitylog.err.countField'), errors, 'count');
  const participants = optionalCount(form.participants, t('activitylog.err.participantsField'), errors, 'participants');
  if (form.description.length > 500) errors.description = t('activitylog.err.description');
  if (Object.keys(errors).length > 0 || !when) return { errors };
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    record: {
      activity_id: form.activity_id,
      promise_id: text(form.promise_id),
      kommunkod: form.kommunkod,
      ...when,
      actor: form.actor,
      activity_type: type,
      venue_id: text(form.venue_id),
      target_group: text(form.target_group),
      count,
      participants,
      description: text(form.description),
      source: LOCAL_SOURCE,
    },
  };
}

/** The form for an existing record (editing). */
export function formFromRecord(r: ActivityRecord): ActivityForm {
  const when = r.date ?? (r.month !== null ? `${r.year}-${String(r.month).padStart(2, '0')}` : String(r.year));
  const s = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    activity_id: r.activity_id,
    promise_id: s(r.promise_id),
    kommunkod: r.kommunkod,
    actor: r.actor,
    activity_type: r.activity_type,
    venue_id: s(r.venue_id),
    target_group: s(r.target_group),
    when,
    count: s(r.count),
    participants: s(r.participants),
    description: s(r.description),
  };
}

/** A new, unique id for a record entered in the browser. */
export function newActivityId(now: Date, existing: ReadonlySet<string>): string {
  const stamp = now.toISOString().replace(/[-:TZ.]/g, '').slice(0, 14);
  let n = 1;
  while (existing.has(`lokal-${stamp}-${n}`)) n++;
  return `lokal-${stamp}-${n}`;
}
