/** From the promise, the filters and the query rows to the evidence cards of the decision view. */
import type { DecisionCrimeRow } from '../queries/decision';
import { baselineYears, type PromiseRow } from '../shape/promise-bands';
import { holmAdjust } from '../stats';
import { t } from '../i18n/catalogue';
import { indicatorEvidence, type IndicatorInput } from './evidence';
import { decisionPointsFromColumns, decisionPointsFromRows, pointsOf } from './points';
import type { Columns } from '../db/columns';
import type { IndicatorEvidence, IndicatorPoint, IndicatorRole } from './types';
import '../i18n/messages/decision';

export interface CategoryInfo {
  category_id: string;
  name: string;
  youth_relevant: boolean;
  police_initiated: boolean;
}

export interface Periods {
  baseline: [number, number];
  period: [number, number];
  /** The years before the first promise, from which the year-to-year variation is estimated. */
  dispersion: [number, number];
  /** Set when the requested baseline could not be used. */
  notice: string | null;
}

/** The first year of the municipality's first promise (the promise itself when it is the only one). */
export function firstPromiseYear(promises: readonly PromiseRow[], promise: PromiseRow): number {
  return promises.filter((p) => p.kommunkod === promise.kommunkod).reduce((m, p) => Math.min(m, p.year_from), promise.year_from);
}

/**
 * One baseline everywhere: the `span` years before the municipality's FIRST promise, unless the
 * user chose other years before this promise. The dispersion always comes from the years before
 * the first promise (the data's first year up to the baseline's end when the user's baseline is earlier).
 */
export function periodsFor(
  promise: PromiseRow,
  requested: [number, number] | null,
  minYear: number,
  maxYear: number,
  promises: readonly PromiseRow[] = [promise],
  span = 3,
): Periods | null {
  const period: [number, number] = [promise.year_from, Math.min(promise.year_to, maxYear)];
  if (period[0] > maxYear) return null;
  const first = firstPromiseYear(promises, promise);
  const fallback = baselineYears([...promises, promise], promise.kommunkod, minYear, span);
  const dispersion: [number, number] = [minYear, first - 1];
  if (requested && requested[1] < period[0] && requested[0] >= minYear) return { baseline: requested, period, dispersion, notice: null };
  if (!fallback) return null;
  const notice = requested ? t('decision.baselineNotice', { from: requested[0], to: requested[1], usedFrom: fallback[0], usedTo: fallback[1] }) : null;
  return { baseline: fallback, period, dispersion, notice };
}

/** The focus indicators: the youth-relevant categories and any the promise names, in display order. */
export function focusCategories(categories: readonly CategoryInfo[], promise: PromiseRow): CategoryInfo[] {
  const named = new Set((promise.focus_categories ?? '').split(';').map((s) => s.trim()).filter(Boolean));
  return categories.filter((c) => c.youth_relevant || named.has(c.category_id));
}

/** Primary: the promise's `primary_category`; police-initiated categories are activity; the rest secondary. */
export function roleOf(c: CategoryInfo, promise: PromiseRow): IndicatorRole {
  if (c.police_initiated) return 'activity';
  return promise.primary_category === c.category_id ? 'primary' : 'secondary';
}

function isColumns(data: Columns | readonly DecisionCrimeRow[]): data is Columns {
  return !Array.isArray(data);
}

/**
 * The cards, primary first, from the decision query's columns (Beslut) or rows. The secondary indicators' p-values are Holm-adjusted together, so
 * that testing several categories does not multiply the chance of a false alarm.
 */
export function buildEvidence(
  data: Columns | readonly DecisionCrimeRow[],
  focus: readonly CategoryInfo[],
  periods: Periods,
  municipality: string,
  groupLabel: string,
  promise: PromiseRow,
): IndicatorEvidence[] {
  const points = isColumns(data) ? decisionPointsFromColumns(data) : decisionPointsFromRows(data);
  const inputs: IndicatorInput[] = [];
  for (const c of focus) {
    const own = pointsOf(points, c.category_id, 'own');
    const hasYears = (pts: IndicatorPoint[], [from, to]: [number, number]) => pts.some((p) => p.year >= from && p.year <= to);
    if (!hasYears(own, periods.baseline) || !hasYears(own, periods.period)) continue;
    const group = pointsOf(points, c.category_id, 'group');
    const groupOk = hasYears(group, periods.baseline) && hasYears(group, periods.period);
    inputs.push({
      categoryId: c.category_id,
      name: c.name,
      role: roleOf(c, promise),
      municipality,
      own,
      group: groupOk ? { label: groupLabel, points: group } : null,
      baseline: periods.baseline,
      period: periods.period,
      dispersionYears: periods.dispersion,
    });
  }
  const first = inputs.map((i) => indicatorEvidence(i));
  const secondary = first.map((e, i) => ({ e, i })).filter(({ e }) => e.role === 'secondary' && e.verdict !== 'too-few');
  const adjusted = holmAdjust(secondary.map(({ e }) => e.assessment.p));
  const out = first.map((e, i) => {
    const k = secondary.findIndex((s) => s.i === i);
    const input = inputs[i];
    return k >= 0 && input ? indicatorEvidence(input, adjusted[k] ?? Number.NaN) : e;
  });
  const order = { primary: 0, secondary: 1, activity: 2 } as const;
  return out.sort((a, b) => order[a.role] - order[b.role]);
}
