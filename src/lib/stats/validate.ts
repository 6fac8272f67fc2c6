/**
 * Input validation shared by the statistics functions. Every check throws a
 * `RangeError` with a message naming the offending argument, so bad data is
 * caught loudly instead of silently producing NaN intervals.
 */

/** Throws unless `count` is a finite, non-negative integer (an event count). */
export function assertCount(count: number, name = 'count'): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(count)}`);
  }
}

/** Throws unless `population` is a finite number > 0 (inhabitants or person-years). */
export function assertPopulation(population: number, name = 'population'): void {
  if (!Number.isFinite(population) || population <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${String(population)}`);
  }
}

/** Throws unless `level` is a confidence level strictly between 0 and 1. */
export function assertLevel(level: number): void {
  if (!Number.isFinite(level) || level <= 0 || level >= 1) {
    throw new RangeError(`level must be strictly between 0 and 1, got ${String(level)}`);
  }
}

/** Throws unless `per` (the rate denominator, e.g. 100000) is a finite number > 0. */
export function assertPer(per: number): void {
  if (!Number.isFinite(per) || per <= 0) {
    throw new RangeError(`per must be a finite number > 0, got ${String(per)}`);
  }
}

/** Throws unless `year` is a finite number. */
export function assertYear(year: number, name = 'year'): void {
  if (!Number.isFinite(year)) {
    throw new RangeError(`${name} must be a finite number, got ${String(year)}`);
  }
}
