/**
 * Statistics for the medborgarlöfte dashboard: crime rates with exact
 * Poisson intervals, rate ratios, log-linear trends and period comparisons.
 * Every function is validated against R (see scripts/stats-reference.R and
 * tests/fixtures/stats-reference.json).
 */
export { ratePer, rateCI, type RateCI, type RateCIOptions } from './rate';
export { rateRatio, type CountPopulation, type RateRatio, type RateRatioOptions } from './rate-ratio';
export { poissonTrend, type YearPoint, type PoissonTrend, type PoissonTrendOptions } from './poisson-trend';
export {
  comparePeriods,
  type YearRange,
  type PeriodSummary,
  type PeriodComparison,
  type ComparePeriodsOptions,
} from './compare';
export {
  differenceInDifferences,
  type BeforeAfter,
  type DifferenceInDifferences,
  type DifferenceInDifferencesOptions,
} from './difference-in-differences';
export { changeIsSignificant } from './significance';
export { binomTwoSidedP } from './binom-test';
export { pearsonDispersion, type Dispersion } from './dispersion';
export {
  quasiRateRatio,
  quasiDifferenceInDifferences,
  quasiPoissonTrend,
  detectableChange,
  type QuasiRatio,
  type QuasiOptions,
  type DetectableChange,
} from './quasi';
export { holmAdjust } from './holm';
export { quasiRateCI } from './quasi-rate';
export { assessIndicator, verdictFor, type AssessInput, type Assessment, type Verdict as AssessmentVerdict } from './assess';
export { poissonTrendFit, type PoissonTrendFit } from './poisson-trend';
export { relativeTrend, type RelativeTrend } from './pre-trend';
export { proportionCI, type ProportionCI, type ProportionOptions, type ProportionMethod } from './proportion';
export {
  compareProportions,
  detectableShareChange,
  twoProportionPower,
  twoProportionTest,
  type TwoProportionTest,
  type Better,
  type SurveyCount,
  type CompareProportionsOptions,
  type ProportionComparison,
  type DetectableShareChange,
} from './proportion-compare';
