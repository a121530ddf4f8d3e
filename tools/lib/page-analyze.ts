// The analysis of one page, in the shape of the `analyze` contract of
// ../shared/docs/architecture.md: detection, the article model, its figures,
// the figures per stock, and what the boilerplate rules hide.
import { analyzeParagraphs, type Figure, type FigureInContext } from '@/utils/figures';
import { articleKeywordCheck, articleMentions, articlePublishedAt, readArticle, type Article } from '@/utils/sina/article';
import { countMatches, findBoilerplate } from '@/utils/sina/boilerplate';
import { DEFAULT_HIDDEN } from '@/utils/sina/categories';
import type { Template } from '@/utils/sina/detect';
import type { KeywordCheck } from '@/utils/sina/stocks';
import { attributeFigures } from '@/utils/summary/attribute';

export type PageAnalysis = {
  isArticle: boolean;
  template: Template | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  paragraphs: number;
  stocks: { code: string; market: string; name: string; href: string; figures: number; mentions: number }[];
  figures: (Figure & { paragraph: number })[];
  hidden: { rule: string; category: string; elements: number; hiddenByDefault: boolean }[];
  /** Extension: the news_keyword_pub comment against the links (null when the page has none). */
  keywordCheck: KeywordCheck | null;
};

export const NOT_AN_ARTICLE: PageAnalysis = {
  isArticle: false,
  template: null,
  title: null,
  source: null,
  publishedAt: null,
  paragraphs: 0,
  stocks: [],
  figures: [],
  hidden: [],
  keywordCheck: null,
};

const stripContext = ({ sentence: _s, label: _l, ...figure }: FigureInContext): Figure & { paragraph: number } => figure;

function analyzeArticle(doc: Document, article: Article): PageAnalysis {
  const figures = analyzeParagraphs(article.paragraphs.map((p) => p.text));
  const { stocks } = articleMentions(article);
  const perStock = attributeFigures(stocks, figures);
  return {
    isArticle: true,
    template: article.template,
    title: article.title || null,
    source: article.source,
    publishedAt: articlePublishedAt(article),
    paragraphs: article.paragraphs.length,
    stocks: stocks.map((s) => ({
      code: s.code,
      market: s.market,
      name: s.name,
      href: s.href,
      figures: perStock.get(s.code)?.length ?? 0,
      mentions: s.mentions.length,
    })),
    figures: figures.map(stripContext),
    hidden: countMatches(findBoilerplate(doc, article.body)).map((c) => ({ ...c, hiddenByDefault: DEFAULT_HIDDEN[c.category] })),
    keywordCheck: articleKeywordCheck(article),
  };
}

/** The contract's answer for a parsed page under `url`; a page that is not a Sina article gets NOT_AN_ARTICLE. */
export function analyzePage(doc: Document | null, url: string | null): PageAnalysis {
  if (!doc || !url) return NOT_AN_ARTICLE;
  const article = readArticle(doc, url);
  return article ? analyzeArticle(doc, article) : NOT_AN_ARTICLE;
}
