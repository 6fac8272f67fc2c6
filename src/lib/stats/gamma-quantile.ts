/** Kept for its importers: the implementations live in ./special-gamma (checked against R's qgamma and lgamma). */
export { gammaQuantile, logGamma } from './special-gamma';
