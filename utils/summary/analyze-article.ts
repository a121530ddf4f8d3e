// The figures of an article, worked out where the figure engine lives (the
// background, the CLI tools, tests): every figure in context with its readable
// value, which of them concern each stock, and the key ones. The content script
// sends the paragraphs and each stock's links and gets this back, so the engine
// (and the search of the text for the stocks' other mentions) stays off the page.
import { analyzeParagraphs, formatFigure, summarizeFigures, type FigureInContext, type FigureKind } from '@/utils/figures';
import { KIND_ORDER } from '@/utils/figures/summarize';
import type { AnalyzedFigure, ArticleAnalysis } from '@/utils/messages';
import { LIMITS } from '@/utils/message-limits';
import { textMentions, type NamedStock } from '@/utils/sina/stocks';
import { attributeFigures } from './attribute';

export type AnalysisOptions = { kinds: readonly FigureKind[]; keyFigures: number; lang: 'zh' | 'en' };

const clamp = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function shown(f: FigureInContext, lang: 'zh' | 'en'): AnalyzedFigure {
  const { value, qualifier } = formatFigure(f, lang);
  const out: AnalyzedFigure = { ...f, display: clamp(value, LIMITS.display), qualifierText: qualifier };
  if (f.label) out.label = clamp(f.label, LIMITS.label);
  return out;
}

export function analyzeArticle(
  article: { paragraphs: readonly string[]; stocks: readonly NamedStock[] },
  options: AnalysisOptions,
): ArticleAnalysis {
  const all = analyzeParagraphs([...article.paragraphs]).slice(0, LIMITS.analyzedFigures);
  const { mentions } = textMentions(article.stocks, article.paragraphs);
  const stocks = article.stocks.map((s, i) => ({ code: s.code, mentions: mentions[i]! }));
  const index = new Map(all.map((f, i) => [f, i]));
  const byStock: Record<string, number[]> = {};
  // A stock's panel lists amounts and changes before counts and dates; the text's order within a kind.
  const rank = (f: FigureInContext) => KIND_ORDER.indexOf(f.kind);
  for (const [code, figures] of attributeFigures(stocks, all)) {
    byStock[code] = [...figures].sort((a, b) => rank(a) - rank(b)).map((f) => index.get(f)!);
  }
  const key = summarizeFigures(all, { limit: options.keyFigures, kinds: [...options.kinds] }).key.map((f) => index.get(f)!);
  return { ok: true, figures: all.map((f) => shown(f, options.lang)), byStock, key };
}
