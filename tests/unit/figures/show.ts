// One line per figure, for table-driven expectations: `surface kind value unit qualifier [extras]`.
import type { Figure } from '@/utils/figures';

export function show(f: Figure): string {
  const extras = [
    f.basis && `basis=${f.basis}`,
    f.per && `per=${f.per}`,
    f.terms && `terms=${f.terms.join(':')}`,
    f.implicit_unit && 'implicit',
  ].filter(Boolean);
  return [f.surface, f.kind, JSON.stringify(f.value), f.unit, f.qualifier, ...extras].join(' ');
}
