// One line per figure, for table-driven expectations: `surface kind value unit qualifier [extras]`.
import { expect, it } from 'vitest';
import { extractFigures, type Figure } from '@/utils/figures';

export function show(f: Figure): string {
  const extras = [
    f.basis && `basis=${f.basis}`,
    f.per && `per=${f.per}`,
    f.terms && `terms=${f.terms.join(':')}`,
    f.implicit_unit && 'implicit',
  ].filter(Boolean);
  return [f.surface, f.kind, JSON.stringify(f.value), f.unit, f.qualifier, ...extras].join(' ');
}

/** A table row: what it checks, the text, and each figure as `show` writes it. */
export type Case = [name: string, text: string, expected: string[]];

/** One test per row: extractFigures(text), shown, equals the expected lines. */
export const runCases = (cases: Case[]) =>
  it.each(cases)('%s: %s', (_name, text, expected) => {
    expect(extractFigures(text).map(show)).toEqual(expected);
  });
