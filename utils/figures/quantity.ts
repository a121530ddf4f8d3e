// A number with its unit, as the scanner hands it to classification, and its value.
import { type Dec, decShift, decToNumber } from './decimal';
import type { NumToken } from './numerals';
import type { Qualifier } from './types';
import type { Unit } from './units';

/** A number with what follows it: the part of a figure right of its prefix. */
export type Quantity = {
  start: number;
  end: number;
  lo: Dec;
  hi?: Dec;
  unit: Unit | null;
  per?: string;
  atLeast: boolean;
  suffixQualifier?: Qualifier;
  token: NumToken;
  /** Largest 万/亿 power in the number(s), ranges included. */
  bigPow: number;
};

export function num(d: Dec): number {
  return decToNumber(d);
}

/** The value of `q` with its unit's power of ten and a sign: a number, or [lo, hi] for a range. */
export function values(q: Quantity, pow: number, sign: number): number | [number, number] {
  const lo = num(decShift(q.lo, pow));
  if (!q.hi) return sign < 0 ? -lo : lo;
  const hi = num(decShift(q.hi, pow));
  return sign < 0 ? [-hi, -lo] : [lo, hi];
}
