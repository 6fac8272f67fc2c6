import { poissonTrendFit, type YearPoint } from './poisson-trend';

/** Quasi-Poisson dispersion: how much more the counts vary from year to year than a Poisson model allows. */
export interface Dispersion {
  /** The factor used to scale variances: max(1, raw), or 1 when there are no residual degrees of freedom. */
  phi: number;
  /** Pearson chi-square / df (NaN when df is 0). */
  raw: number;
  /** Sum of squared Pearson residuals over all series. */
  chi2: number;
  /** Residual degrees of freedom: sum over the fitted series of (years − 2). */
  df: number;
}

/**
 * Quasi-Poisson dispersion pooled over one or more yearly series. Each series
 * gets its own log-linear trend, `count ~ year + offset(log(population))`
 * ({@link poissonTrendFit}); the Pearson residuals (y − mu) / sqrt(mu) of all
 * series are pooled: raw = sum of squares / sum of (n_i − 2).
 *
 * Matches R's `summary(fit)$dispersion` for
 * `fit <- glm(count ~ factor(series) * year + offset(log(population)), family = quasipoisson)`
 * (one series: `count ~ year + offset(log(population))`). A series without a
 * finite trend (all zeros, fewer than three years) adds nothing.
 *
 * The factor `phi` is floored at 1: fewer years cannot make the statistics
 * claim less noise than pure Poisson variation.
 */
export function pearsonDispersion(series: readonly (readonly YearPoint[])[]): Dispersion {
  let chi2 = 0;
  let df = 0;
  for (const points of series) {
    if (points.length < 3) continue;
    const fit = poissonTrendFit(points);
    if (!fit) continue;
    points.forEach((pt, i) => {
      const mu = fit.fitted[i] ?? Number.NaN;
      chi2 += (pt.count - mu) ** 2 / mu;
    });
    df += points.length - 2;
  }
  const raw = df > 0 ? chi2 / df : Number.NaN;
  return { phi: df > 0 ? Math.max(1, raw) : 1, raw, chi2, df };
}
