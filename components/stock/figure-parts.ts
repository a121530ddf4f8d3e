// Pure helpers the panel renders with: which way a figure points, and where it sits in its sentence.
// Kept out of the component so the edge cases (stale offsets, ranges) are tested as plain functions.
import type { FigureInContext } from '@/utils/figures';

export type Direction = 'rise' | 'fall' | 'flat';

/** A change points up or down by its sign (a range only when both ends agree); everything else is flat. */
export function directionOf(fig: FigureInContext): Direction {
  if (fig.kind !== 'change') return 'flat';
  const values = Array.isArray(fig.value) ? fig.value : [fig.value];
  if (values.some((v) => typeof v !== 'number')) return 'flat';
  const nums = values as number[];
  if (nums.every((v) => v > 0)) return 'rise';
  if (nums.every((v) => v < 0)) return 'fall';
  return 'flat';
}

/** The sentence cut around the figure, for `before<mark>figure</mark>after` rendered as text nodes. */
export type SentenceParts = { before: string; figure: string; after: string };

/**
 * Splits the figure's sentence at the figure. Offsets are trusted when they point at the surface; else the
 * surface is searched for (nearest to where the offsets say); a sentence without it comes back unmarked.
 */
export function splitSentence(fig: FigureInContext): SentenceParts {
  const text = fig.sentence.text;
  const at = fig.start - fig.sentence.start;
  const len = fig.end - fig.start;
  if (at >= 0 && len > 0 && at + len <= text.length && text.slice(at, at + len) === fig.surface) {
    return { before: text.slice(0, at), figure: text.slice(at, at + len), after: text.slice(at + len) };
  }
  const found = fig.surface ? nearestIndexOf(text, fig.surface, at) : -1;
  if (found < 0) return { before: text, figure: '', after: '' };
  const stop = found + fig.surface.length;
  return { before: text.slice(0, found), figure: text.slice(found, stop), after: text.slice(stop) };
}

function nearestIndexOf(text: string, needle: string, near: number): number {
  let best = -1;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}
