// Numbers as a reader writes them, never in scientific notation: digit groups,
// a few decimals for ordinary values, enough significant digits for tiny ones.
// Kept apart from format.ts (and free of the engine) because the page's UI
// writes the exact normalised value with it too (utils/figure-exact.ts).

/** Decimals shown for values of 1 and more (412.6 亿, 41.26 billion). */
const DECIMALS = 4;
/** Significant digits shown for values under 1 (0.00012). */
const TINY_DIGITS = 3;

/** 1234567.5 → "1,234,567.5"; 0.000012 → "0.000012"; 1e25 → "10,000,000,000,000,000,905,969,664"; signs as "−". */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  const plain = a >= 1e21 ? BigInt(Math.round(a)).toString() : a >= 1 || a === 0 ? trim(a.toFixed(DECIMALS)) : tiny(a);
  if (plain === '0') return '0';
  const [int, frac] = plain.split('.') as [string, string | undefined];
  return (n < 0 ? '−' : '') + int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? `.${frac}` : '');
}

function trim(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

// toFixed never uses exponents below 1e21; 20 decimals is its maximum.
function tiny(a: number): string {
  const decimals = Math.min(20, TINY_DIGITS - 1 - Math.floor(Math.log10(a)));
  return trim(a.toFixed(decimals));
}
