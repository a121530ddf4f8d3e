// Exact decimal arithmetic for figure values. Binary floats turn 4.52万 into
// 45199.99999…; here a value is an integer of decimal digits and a scale
// (value = n / 10^s), and only the final result is converted to a number.

export type Dec = { readonly n: bigint; readonly s: number };

export const ZERO: Dec = { n: 0n, s: 0 };
export const ONE: Dec = { n: 1n, s: 0 };

/** From plain ASCII digit strings (no sign): integer part and fraction part. */
export function decFromDigits(intDigits: string, fracDigits = ''): Dec {
  const digits = (intDigits + fracDigits).replace(/^0+(?=\d)/, '');
  return { n: BigInt(digits === '' ? '0' : digits), s: fracDigits.length };
}

export function decFromInt(k: number): Dec {
  return { n: BigInt(k), s: 0 };
}

/** Multiplies by 10^p (p may be negative). */
export function decShift(a: Dec, p: number): Dec {
  if (p >= 0 && a.s >= p) return { n: a.n, s: a.s - p };
  if (p >= 0) return { n: a.n * 10n ** BigInt(p - a.s), s: 0 };
  return { n: a.n, s: a.s - p };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.s === b.s) return [a.n, b.n, a.s];
  if (a.s > b.s) return [a.n, b.n * 10n ** BigInt(a.s - b.s), a.s];
  return [a.n * 10n ** BigInt(b.s - a.s), b.n, b.s];
}

export function decAdd(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { n: x + y, s };
}

export function decIsZero(a: Dec): boolean {
  return a.n === 0n;
}

export function decCompare(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The nearest double to the exact value (via its decimal string, which JS rounds correctly). */
export function decToNumber(a: Dec): number {
  if (a.s <= 0) return Number(a.n * 10n ** BigInt(-a.s));
  const neg = a.n < 0n;
  let digits = (neg ? -a.n : a.n).toString();
  if (digits.length <= a.s) digits = '0'.repeat(a.s - digits.length + 1) + digits;
  const str = `${digits.slice(0, digits.length - a.s)}.${digits.slice(digits.length - a.s)}`;
  return neg ? -Number(str) : Number(str);
}
