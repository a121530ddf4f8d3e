// The key figures grouped by kind for the popup: groups in the order of their
// best-ranked figure, figures in rank order within a group.
import type { SummaryFigure } from '@/utils/messages';

export type KindGroup = { kind: SummaryFigure['kind']; figures: SummaryFigure[] };

export function groupByKind(figures: readonly SummaryFigure[]): KindGroup[] {
  const groups = new Map<SummaryFigure['kind'], SummaryFigure[]>();
  for (const figure of figures) {
    const group = groups.get(figure.kind);
    if (group) group.push(figure);
    else groups.set(figure.kind, [figure]);
  }
  return [...groups].map(([kind, list]) => ({ kind, figures: list }));
}

export type Direction = 'rise' | 'fall' | 'flat';

/** A change points up or down by its sign (a range only when both ends agree); anything else is flat. */
export function directionOf(figure: Pick<SummaryFigure, 'kind' | 'value'>): Direction {
  if (figure.kind !== 'change' || typeof figure.value === 'string') return 'flat';
  const values = Array.isArray(figure.value) ? figure.value : [figure.value];
  if (values.every((v) => v > 0)) return 'rise';
  if (values.every((v) => v < 0)) return 'fall';
  return 'flat';
}
