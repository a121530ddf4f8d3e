// Pure helpers the panel renders with: which way a figure points, the figures grouped by the sentence that
// says them (each sentence once), and a sentence cut into text and marked figures. Kept out of the component
// so the edge cases (stale offsets, overlaps, ranges) are tested as plain functions.
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

/** One sentence of the article and the figures in it, in reading order. `key` is `p<paragraph>:<offset>`. */
export type SentenceGroup = { key: string; text: string; figures: FigureInContext[] };

const byPosition = (a: FigureInContext, b: FigureInContext) =>
  a.paragraph - b.paragraph || a.sentence.start - b.sentence.start || a.start - b.start;

/**
 * The sentences the figures are in, each once and in the article's order, each with its figures in the
 * order the sentence says them; a figure listed twice (same place, same kind) is kept once.
 */
export function groupBySentence(figures: readonly FigureInContext[]): SentenceGroup[] {
  const groups = new Map<string, SentenceGroup>();
  const seen = new Set<string>();
  for (const fig of [...figures].sort(byPosition)) {
    const id = `${fig.paragraph}:${fig.start}:${fig.kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const key = `p${fig.paragraph}:${fig.sentence.start}`;
    const group = groups.get(key);
    if (group) group.figures.push(fig);
    else groups.set(key, { key, text: fig.sentence.text, figures: [fig] });
  }
  return [...groups.values()];
}

/** A piece of a sentence: plain text, or the text of one of its figures. */
export type Segment = { text: string; figure?: FigureInContext };

/**
 * The sentence as text and marked figures, for rendering as text nodes. A figure's offsets are trusted
 * when they point at its surface; else its surface is searched for after the previous figure; a figure
 * that cannot be found, or that would overlap the previous one, is left unmarked.
 */
export function markFigures(group: SentenceGroup): Segment[] {
  const { text } = group;
  const segments: Segment[] = [];
  let cursor = 0;
  for (const fig of group.figures) {
    const at = locate(text, fig, cursor);
    if (at < 0) continue;
    if (at > cursor) segments.push({ text: text.slice(cursor, at) });
    segments.push({ text: fig.surface, figure: fig });
    cursor = at + fig.surface.length;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}

function locate(text: string, fig: FigureInContext, from: number): number {
  if (!fig.surface) return -1;
  const at = fig.start - fig.sentence.start;
  if (at >= from && text.startsWith(fig.surface, at)) return at;
  return text.indexOf(fig.surface, from);
}
