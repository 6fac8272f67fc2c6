/** Plain-Swedish sentences about a change, from rules: "säkerställd" only when the interval excludes 1. */
import { formatChange } from './number';

export interface ChangeLike {
  ratio: number;
  low: number;
  high: number;
  significant: boolean;
}

/** `+18 % (95 % KI +3 till +31 %)` */
export function changeWithInterval(c: ChangeLike): string {
  return `${formatChange(c.ratio)} (95 % KI ${formatChange(c.low)} till ${formatChange(c.high)})`;
}

/** One sentence: direction and size when the interval says so, otherwise no established change. */
export function describeChange(c: ChangeLike, reference: string): string {
  if (!c.significant) {
    return `Ingen säkerställd förändring ${reference}: ${changeWithInterval(c)}, skillnaden ryms inom slumpens variation.`;
  }
  const direction = c.ratio > 1 ? 'Säkerställd ökning' : 'Säkerställd minskning';
  return `${direction} ${reference}: ${changeWithInterval(c)}.`;
}
