/**
 * Special functions for the statistics in this folder, with the call signatures of the
 * @stdlib functions they replaced (so that they load with the first view at a fraction of the size).
 * Every function is checked against R: scripts/special-reference.R → tests/fixtures/special-reference.json
 * → tests/unit/stats/special.test.ts.
 */
export { bd0, erfc, gammainc, gammaincUpper, gammaQuantile, incompleteGamma, logGamma, normalQuantile, stirlerr } from './special-gamma';
export { betainc, betaincUpper, betaQuantile, betaQuantileTail, binomialCdf, binomialPmf, incompleteBeta, logBeta, studentTQuantile } from './special-beta';
