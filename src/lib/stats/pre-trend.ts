import type { YearRange } from './compare';
import { pearsonDispersion, type Dispersion } from './dispersion';
import type { PoissonTrend, YearPoint } from './poisson-trend';
import { quasiPoissonTrend } from './quasi';

export interface RelativeTrend extends PoissonTrend {
  dispersion: Dispersion;
  from: number;
  to: number;
}

/**
 * Pre-trend: did the municipality already move differently from its comparison group in the
 * years `range` (the years before the promise)? A log-linear quasi-Poisson trend of the own counts
 * with the group's rate as the offset: `annualRatio` is the yearly change of own rate / group rate.
 *
 * Matches R's `glm(count ~ year + offset(log(population * groupCount / groupPopulation)),
 * family = quasipoisson)` (dispersion estimated, floored at 1; normal interval as confint.default).
 * Null with fewer than three common years or no finite fit.
 */
export function relativeTrend(own: readonly YearPoint[], group: readonly YearPoint[], range: YearRange): RelativeTrend | null {
  const byYear = new Map(group.filter((g) => g.count > 0).map((g) => [g.year, g]));
  const points = own
    .filter((p) => p.year >= range[0] && p.year <= range[1] && byYear.has(p.year))
    .map((p) => {
      const g = byYear.get(p.year);
      return { year: p.year, count: p.count, population: g ? (p.population * g.count) / g.population : p.population };
    });
  if (points.length < 3) return null;
  const dispersion = pearsonDispersion([points]);
  const t = quasiPoissonTrend(points, dispersion.phi);
  return t ? { ...t, dispersion, from: Math.min(...points.map((p) => p.year)), to: Math.max(...points.map((p) => p.year)) } : null;
}
