// The figures a reader wants first: amounts and changes that carry the story,
// early in the article and named (营收, 净利润), each value once, grouped by kind.
import { isKnownMeasure } from './labels';
import type { FigureInContext, FigureKind, FigureSummary } from './types';

/** How much each kind tends to carry a financial story. */
const KIND_WEIGHT: Record<FigureKind, number> = {
  money: 10, change: 9, price: 7, percent: 6, multiple: 6, count: 4, ratio: 4, period: 1, date: 1,
};
/** Reading order of the groups. */
export const KIND_ORDER: FigureKind[] = ['money', 'change', 'price', 'percent', 'multiple', 'ratio', 'count', 'period', 'date'];

function score(f: FigureInContext): number {
  let s = KIND_WEIGHT[f.kind];
  if (f.label) s += isKnownMeasure(f.label) ? 4 : 2;
  s += Math.max(0, 3 - f.paragraph);
  if (f.basis) s += 1;
  if (f.qualifier === 'range') s -= 0.5;
  return s;
}

function key(f: FigureInContext): string {
  return `${f.kind}|${f.unit}|${JSON.stringify(f.value)}|${f.per ?? ''}`;
}

export function summarizeFigures(
  figures: FigureInContext[],
  options: { limit?: number; kinds?: FigureKind[] } = {},
): FigureSummary {
  const limit = options.limit ?? 8;
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const best = new Map<string, { f: FigureInContext; s: number; order: number }>();
  figures.forEach((f, order) => {
    if (kinds && !kinds.has(f.kind)) return;
    const s = score(f);
    const k = key(f);
    const prev = best.get(k);
    // A repeated value is one fact: keep its best-placed mention.
    if (!prev || s > prev.s) best.set(k, { f, s, order: prev ? Math.min(prev.order, order) : order });
  });
  const ranked = [...best.values()].sort((a, b) => b.s - a.s || a.order - b.order);
  const top = ranked.slice(0, Math.max(0, limit)).map((r) => r.f);
  const byKind = KIND_ORDER.filter((k) => top.some((f) => f.kind === k)).map((kind) => ({
    kind,
    figures: top.filter((f) => f.kind === kind),
  }));
  return { key: top, byKind };
}
