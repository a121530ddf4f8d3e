// A stock's live quote as FinLens shows it: price, signed change and signed change %, and the direction
// that colours them. Two sources make one: the text Sina's own script writes into the page's quote span
// (page-quote.ts) and Sina's quote service (hq-response.ts). Pure: strings and numbers only.

export type QuoteDirection = 'up' | 'down' | 'flat';

export type Quote = {
  /** As the source wrote it, e.g. "115.395". */
  price: string;
  /** Signed, e.g. "+2.79", "−0.02", "0.00". */
  change: string;
  /** Signed, with the percent sign, e.g. "+2.47%". */
  percent: string;
  direction: QuoteDirection;
};

/** A number as a source wrote it: its value and its digits (so 2.70 stays 2.70). */
export type Written = { value: number; digits: string };

// the figure engine writes minus as U+2212 too (utils/figures/format.ts)
const MINUS = '\u2212';

/**
 * One quote from its three numbers, or null when they cannot be a quote: a price that is not above zero
 * (Sina writes 0 for a stock with no trade, corpus sina-finance-desktop-doc-2019-09-09-usstock-bonds.html,
 * PMTG), or a change and a change % of opposite signs.
 */
export function makeQuote(price: Written, change: Written, percent: Written): Quote | null {
  if (!(price.value > 0) || !Number.isFinite(change.value) || !Number.isFinite(percent.value)) return null;
  if (Math.sign(change.value) * Math.sign(percent.value) < 0) return null;
  const sign = Math.sign(change.value) || Math.sign(percent.value);
  const direction: QuoteDirection = sign > 0 ? 'up' : sign < 0 ? 'down' : 'flat';
  const mark = direction === 'up' ? '+' : direction === 'down' ? MINUS : '';
  return { price: price.digits, change: mark + change.digits, percent: `${mark}${percent.digits}%`, direction };
}

/** A decimal string's value and its unsigned digits; null when it is not a plain decimal. */
export function readDecimal(text: string): Written | null {
  const m = /^([+\-\u2212]?)(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!m) return null;
  const digits = m[2]!;
  const value = Number(digits) * (m[1] === '' || m[1] === '+' ? 1 : -1);
  return Number.isFinite(value) ? { value, digits } : null;
}

/** A computed number written with `decimals` places (the service gives prices, FinLens works out the change). */
export function written(value: number, decimals: number): Written {
  const rounded = Number(value.toFixed(decimals));
  return { value: rounded, digits: Math.abs(rounded).toFixed(decimals) };
}
