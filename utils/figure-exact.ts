// The exact normalised value of a figure, for a title attribute and the copied Markdown: the engine's
// value and unit in full (13,000,000 USD; 20,000–30,000 CNY; +86.2 % yoy; 2023-09-14), where the readable
// value rounds and scales (1,300 万美元). Free of the engine: the page's UI and the popup use it.
import type { Figure } from './figures';
import { groupDigits } from './figures/number-text';

export type ExactFields = Pick<Figure, 'kind' | 'value' | 'unit'> & Partial<Pick<Figure, 'basis' | 'per' | 'terms'>>;

/** "= 13,000,000 USD": full digits, the unit as normalised, then per-unit and basis. */
export function exactValue(fig: ExactFields): string {
  const { value } = fig;
  if (typeof value === 'string') return value;
  const sign = fig.kind === 'change' && typeof value === 'number' && value > 0 ? '+' : '';
  const nums = fig.terms
    ? `${groupDigits(fig.terms[0])}:${groupDigits(fig.terms[1])}`
    : Array.isArray(value)
      ? `${groupDigits(value[0])}–${groupDigits(value[1])}`
      : sign + groupDigits(value);
  const unit = fig.terms || fig.unit === 'ratio' ? '' : ` ${fig.unit}`;
  return `${nums}${unit}${fig.per ? `/${fig.per}` : ''}${fig.basis ? ` ${fig.basis}` : ''}`;
}
