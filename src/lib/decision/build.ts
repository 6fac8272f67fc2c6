/** From the promise, the filters and the query rows to the evidence cards of the decision view. */
import type { DecisionCrimeRow } from '../queries/decision';
import type { PromiseRow } from '../shape/promise-bands';
import { indicatorEvidence } from './evidence';
import type { IndicatorEvidence, IndicatorPoint } from './types';

export interface CategoryInfo {
  category_id: string;
  name: string;
  youth_relevant: boolean;
  police_initiated: boolean;
}

export interface Periods {
  baseline: [number, number];
  period: [number, number];
  /** Set when the requested baseline could not be used. */
  notice: string | null;
}

/** Baseline: the requested years, else the `span` years just before the promise. */
export function periodsFor(promise: PromiseRow, requested: [number, number] | null, minYear: number, maxYear: number, span = 3): Periods | null {
  const period: [number, number] = [promise.year_from, Math.min(promise.year_to, maxYear)];
  if (period[0] > maxYear) return null;
  const fallback: [number, number] = [Math.max(minYear, promise.year_from - span), promise.year_from - 1];
  if (requested && requested[1] < period[0] && requested[0] >= minYear) return { baseline: requested, period, notice: null };
  const notice = requested ? `Jämförelseperioden ${requested[0]}–${requested[1]} måste ligga före löftet; visar ${fallback[0]}–${fallback[1]}.` : null;
  if (fallback[0] > fallback[1]) return null;
  return { baseline: fallback, period, notice };
}

/** The focus indicators: the youth-relevant categories and any the promise names, in display order. */
export function focusCategories(categories: readonly CategoryInfo[], promise: PromiseRow): CategoryInfo[] {
  const named = new Set((promise.focus_categories ?? '').split(';').map((s) => s.trim()).filter(Boolean));
  return categories.filter((c) => c.youth_relevant || named.has(c.category_id));
}

function points(rows: readonly DecisionCrimeRow[], categoryId: string, area: 'own' | 'group'): IndicatorPoint[] {
  return rows
    .filter((r) => r.category_id === categoryId && r.area === area && r.population > 0)
    .map((r) => ({ year: r.year, count: r.count, population: r.population, preliminary: r.preliminary, example: r.example }))
    .sort((a, b) => a.year - b.year);
}

export function buildEvidence(
  rows: readonly DecisionCrimeRow[],
  focus: readonly CategoryInfo[],
  periods: Periods,
  municipality: string,
  groupLabel: string,
): IndicatorEvidence[] {
  const out: IndicatorEvidence[] = [];
  for (const c of focus) {
    const own = points(rows, c.category_id, 'own');
    const hasYears = (pts: IndicatorPoint[], [from, to]: [number, number]) => pts.some((p) => p.year >= from && p.year <= to);
    if (!hasYears(own, periods.baseline) || !hasYears(own, periods.period)) continue;
    const group = points(rows, c.category_id, 'group');
    const groupOk = hasYears(group, periods.baseline) && hasYears(group, periods.period);
    out.push(
      indicatorEvidence({
        categoryId: c.category_id,
        name: c.name,
        policeInitiated: c.police_initiated,
        municipality,
        own,
        group: groupOk ? { label: groupLabel, points: group } : null,
        baseline: periods.baseline,
        period: periods.period,
      }),
    );
  }
  return out;
}
