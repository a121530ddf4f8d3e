// What the popup asks the content script for: the article's summary, built
// from the article model and the analysis the background returned. Pure, and
// free of the figure engine (the content script's bundle stays small).
import type { AnalyzedFigure, ArticleAnalysis, ArticleSummary, CleaningState, HiddenCounts, SummaryFigure } from '@/utils/messages';
import { LIMITS } from '@/utils/message-limits';
import { readingMinutes } from '@/utils/reading-time';
import type { Article } from '@/utils/sina/article';

/** A figure's id in messages: its paragraph and its offset there (unique: figures never overlap). */
export const figureId = (f: { paragraph: number; start: number }) => `p${f.paragraph}:${f.start}`;

const clamp = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * The figure's sentence, or a window of it around the figure when the sentence
 * is longer than a message may carry (a page of text without punctuation).
 * Offsets are returned relative to the text returned.
 */
export function sentenceExcerpt(f: Pick<AnalyzedFigure, 'start' | 'end' | 'sentence'>, max = LIMITS.sentence) {
  const { text } = f.sentence;
  const start = f.start - f.sentence.start;
  const end = f.end - f.sentence.start;
  if (text.length <= max) return { text, start, end };
  const from = Math.min(Math.max(0, start - ((max - (end - start)) >> 1)), text.length - max);
  const window = text.slice(Math.max(0, from), Math.max(0, from) + max);
  const base = Math.max(0, from);
  return { text: window, start: start - base, end: Math.min(end - base, window.length) };
}

export function toSummaryFigure(f: AnalyzedFigure): SummaryFigure {
  const sentence = sentenceExcerpt(f);
  const out: SummaryFigure = {
    id: figureId(f),
    kind: f.kind,
    surface: clamp(f.surface, LIMITS.surface),
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    sentence: sentence.text,
    paragraph: f.paragraph,
    start: sentence.start,
    end: sentence.end,
    // the popup shows one readable string: the qualifier word goes with it (约 1,300 万美元)
    display: f.qualifierText ? clamp(`${f.qualifierText} ${f.display}`, LIMITS.display) : f.display,
  };
  if (f.basis) out.basis = f.basis;
  if (f.per) out.per = f.per;
  if (f.label) out.label = f.label;
  return out;
}

/** Characters of article text (for the reading time). */
export const articleChars = (article: Pick<Article, 'paragraphs'>) =>
  article.paragraphs.reduce((n, p) => n + p.text.length, 0);

/** The figures of `analysis` that concern `code`. */
export const figuresOfStock = (analysis: ArticleAnalysis, code: string): AnalyzedFigure[] =>
  (analysis.byStock[code] ?? []).flatMap((i) => analysis.figures[i] ?? []);

export const keyFiguresOf = (analysis: ArticleAnalysis): AnalyzedFigure[] => analysis.key.flatMap((i) => analysis.figures[i] ?? []);

export function buildArticleSummary(
  article: Article,
  analysis: ArticleAnalysis,
  kinds: readonly string[],
  cleaning: CleaningState,
  hiddenCounts: HiddenCounts,
): ArticleSummary {
  const shownKinds = new Set(kinds);
  const chars = articleChars(article);
  return {
    ok: true,
    url: clamp(article.url, LIMITS.url),
    title: clamp(article.title, LIMITS.title),
    source: article.source === null ? null : clamp(article.source, LIMITS.source),
    published: article.published.slice(0, LIMITS.publishedClues).map((c) => clamp(c, LIMITS.date)),
    chars,
    readingMinutes: readingMinutes(chars),
    figures: keyFiguresOf(analysis).slice(0, LIMITS.figures).map(toSummaryFigure),
    stocks: article.stocks.slice(0, LIMITS.stocks).map((s) => ({
      code: s.code,
      market: s.market,
      name: clamp(s.name, LIMITS.stockName),
      href: s.href,
      figures: figuresOfStock(analysis, s.code).filter((f) => shownKinds.has(f.kind)).length,
    })),
    cleaning,
    hiddenCounts,
  };
}
