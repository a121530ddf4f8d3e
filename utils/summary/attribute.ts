// Which figures of an article concern which stock (issue 5, point 2). A figure
// concerns a stock when its sentence mentions the stock: by its linked name, by
// a later unlinked mention of the same name, or by its code written in the text
// (紫金矿业（601899）) — the article model (utils/sina/stocks.ts) lists all three
// as mentions. When one sentence names several stocks, the figure goes to the
// stock it belongs to when the sentence structure makes that clear, and to all
// of them otherwise:
//   1. the nearest name before the figure in the same clause (clauses are split
//      by ，；： and their ASCII forms) — with the names enumerated with it
//      (华西证券、西南证券…下滑50%: both);
//   2. else, the only stock named in the figure's clause (持股60%的青岛港);
//   3. else, every stock the sentence names.
// Offsets (figure start/end, sentence start/end, mentions) index into paragraph text.
import type { FigureInContext } from '@/utils/figures';
import type { Mention } from '@/utils/sina/stocks';

/** A stock as attribution needs it: where the text names it (how is not needed). */
export type AttributableStock = { code: string; mentions: readonly (Omit<Mention, 'via'> & { via?: Mention['via'] })[] };

export type AttributionReason = 'only-stock' | 'clause' | 'enumeration' | 'clause-only-stock' | 'all-in-sentence';
export type Attribution = { codes: string[]; reason: AttributionReason | null };

const CLAUSE_BREAK = /[，；：,;:]/;
/** What may separate two enumerated names: 、 和 与 及 以及 跟 同, and spaces. */
const ENUMERATION_GAP = /^\s*(?:、|和|与|及|以及|跟|同)?\s*$/;

type Hit = { code: string; start: number; end: number };

/** The figure's clause: [start, end) in paragraph offsets, bounded by the sentence. */
function clauseOf(figure: FigureInContext): { start: number; end: number } {
  const { text, start: s0 } = figure.sentence;
  let start = s0;
  for (let i = Math.min(figure.start, s0 + text.length) - s0 - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(text[i]!)) {
      start = s0 + i + 1;
      break;
    }
  }
  let end = s0 + text.length;
  for (let i = Math.max(figure.end - s0, 0); i < text.length; i++) {
    if (CLAUSE_BREAK.test(text[i]!)) {
      end = s0 + i;
      break;
    }
  }
  return { start, end };
}

const unique = (codes: string[]) => [...new Set(codes)];

/** Which stocks one figure concerns, and why. */
export function attributeFigure(stocks: readonly AttributableStock[], figure: FigureInContext): Attribution {
  const { start: sStart, end: sEnd } = figure.sentence;
  const hits: Hit[] = [];
  for (const stock of stocks) {
    for (const m of stock.mentions) {
      if (m.paragraph === figure.paragraph && m.start >= sStart && m.end <= sEnd) {
        hits.push({ code: stock.code, start: m.start, end: m.end });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const inSentence = unique(hits.map((h) => h.code)); // in the order the sentence names them
  if (inSentence.length === 0) return { codes: [], reason: null };
  if (inSentence.length === 1) return { codes: inSentence, reason: 'only-stock' };

  const clause = clauseOf(figure);
  const inClause = hits.filter((h) => h.start >= clause.start && h.end <= clause.end);
  const before = inClause.filter((h) => h.end <= figure.start);
  if (before.length > 0) {
    // The nearest name, and the names enumerated right before it (华西证券、西南证券).
    const group = [before[before.length - 1]!];
    for (let i = before.length - 2; i >= 0; i--) {
      const gap = figure.sentence.text.slice(before[i]!.end - sStart, group[0]!.start - sStart);
      if (!ENUMERATION_GAP.test(gap)) break;
      group.unshift(before[i]!);
    }
    const codes = unique(group.map((h) => h.code));
    return { codes, reason: codes.length > 1 ? 'enumeration' : 'clause' };
  }
  const clauseCodes = unique(inClause.map((h) => h.code));
  if (clauseCodes.length === 1) return { codes: clauseCodes, reason: 'clause-only-stock' };
  return { codes: inSentence, reason: 'all-in-sentence' };
}

/** The figures that concern each stock, in figure order; every stock has an entry (maybe empty). */
export function attributeFigures(
  stocks: readonly AttributableStock[],
  figures: readonly FigureInContext[],
): Map<string, FigureInContext[]> {
  const out = new Map<string, FigureInContext[]>(stocks.map((s) => [s.code, []]));
  for (const figure of figures) {
    for (const code of attributeFigure(stocks, figure).codes) out.get(code)?.push(figure);
  }
  return out;
}
