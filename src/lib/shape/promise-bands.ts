/** Promise periods as shaded bands on a year axis. */
import { t } from '../i18n/catalogue';
import '../i18n/messages/crime-text';

export interface PromiseRow {
  promise_id: string;
  kommunkod: string;
  year_from: number;
  year_to: number;
  title: string;
  focus: string;
  focus_categories: string | null;
  /** The promise's one primary indicator (category_id); null when none is an outcome (e.g. only narkotikabrott). */
  primary_category?: string | null;
  /** `;`-separated survey question_ids that are the promise's outcomes (survey_results.question_id). */
  outcome_indicators?: string | null;
  text: string;
  source: string;
  /** The activity log holds real (not example) follow-up records for this promise. */
  has_real_followup?: boolean;
}

export interface Band {
  id: string;
  from: number;
  to: number;
  label: string;
}

/** Bands for one municipality's promises, merged where years touch, clipped to the range. */
export function promiseBands(promises: readonly PromiseRow[], kommunkod: string, from: number, to: number): Band[] {
  const own = promises
    .filter((p) => p.kommunkod === kommunkod && p.year_to >= from && p.year_from <= to)
    .sort((a, b) => a.year_from - b.year_from);
  const bands: Band[] = [];
  for (const p of own) {
    const last = bands[bands.length - 1];
    const band = { id: p.promise_id, from: Math.max(p.year_from, from), to: Math.min(p.year_to, to), label: t('band.plain') };
    if (last && band.from <= last.to + 1) last.to = Math.max(last.to, band.to);
    else bands.push(band);
  }
  for (const b of bands) b.label = b.from === b.to ? t('band.one', { year: b.from }) : t('band.many', { from: b.from, to: b.to });
  return bands;
}

/** The years before the first promise that serve as a baseline (at most `span` years). */
export function baselineYears(promises: readonly PromiseRow[], kommunkod: string, minYear: number, span = 3): [number, number] | null {
  const first = promises.filter((p) => p.kommunkod === kommunkod).reduce((m, p) => Math.min(m, p.year_from), Infinity);
  if (!Number.isFinite(first)) return null;
  const to = first - 1;
  const from = Math.max(minYear, to - span + 1);
  return from <= to ? [from, to] : null;
}

/**
 * Rows for labels that start at `starts` (px, in order) and are `widths` wide: each goes on the
 * first row where it clears the label before it by `gap`, so neighbouring periods never overlap.
 */
export function labelRows(starts: readonly number[], widths: readonly number[], gap = 6): number[] {
  const ends: number[] = [];
  return starts.map((start, i) => {
    let row = ends.findIndex((end) => start >= end + gap);
    if (row === -1) row = ends.length;
    ends[row] = start + (widths[i] ?? 0);
    return row;
  });
}
