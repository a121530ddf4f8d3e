// From the article model to the messages the background and the popup get:
// the analysis the background returns (figures with readable values, which
// concern each stock, the key ones) and the popup's summary. Both must pass
// their zod schemas on every corpus article, or the receiver would drop them.
import { describe, expect, it } from 'vitest';
import { ArticleAnalysisSchema, ArticleSummarySchema, LIMITS, type AnalyzedFigure } from '@/utils/messages';
import { articleMentions, readArticle } from '@/utils/sina/article';
import { analyzeArticle, type AnalysisOptions } from '@/utils/summary/analyze-article';
import { attributeFigures } from '@/utils/summary/attribute';
import { analyzeParagraphs } from '@/utils/figures';
import { buildArticleSummary, figureId, figuresOfStock, keyFiguresOf, sentenceExcerpt } from '@/utils/summary/article-summary';
import { FIGURE_KINDS } from '@/utils/figure-kinds';
import { DEFAULT_HIDDEN } from '@/utils/sina/categories';
import { corpusPages, SEED_ARTICLE } from '../../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../../corpus/shared';
import { corpusHtml, parseLinkedom } from '../sina/load-page';

const ALL: AnalysisOptions = { kinds: [...FIGURE_KINDS], keyFigures: 8, lang: 'zh' };
const CLEANING = { enabled: true, hidden: { ...DEFAULT_HIDDEN } };

const articleOf = (file: string) => {
  const page = corpusPages.find((p) => p.file === file)!;
  return readArticle(parseLinkedom(corpusHtml(page)), page.url)!;
};
const analysisOf = (article: NonNullable<ReturnType<typeof readArticle>>, options = ALL) =>
  analyzeArticle({ paragraphs: article.paragraphs.map((p) => p.text), stocks: article.stocks }, options);

describe('the analysis of an article', () => {
  const stocks = [{ code: 'sh601298', name: '青岛港', links: [{ paragraph: 0, start: 0, end: 3 }] }];
  const paragraphs = ['青岛港前三季度营业收入143亿元，同比增长8.6%。', '上合示范区累计开出约2000列货运专列。'];

  it('gives every figure its readable value and qualifier word', () => {
    const { figures } = analyzeArticle({ paragraphs, stocks }, ALL);
    const money = figures.find((f) => f.surface === '143亿元')!;
    expect(money.display).toMatch(/143/);
    expect(money.qualifierText).toBeNull();
    expect(figures.find((f) => f.surface === '约2000列')!.qualifierText).toBe('约');
  });

  it('lists, by index, the figures that concern each stock: amounts and changes first', () => {
    const analysis = analyzeArticle({ paragraphs, stocks }, ALL);
    expect(figuresOfStock(analysis, 'sh601298').map((f) => f.surface)).toEqual(['143亿元', '同比增长8.6%', '前三季度']);
    expect(figuresOfStock(analysis, 'sz000001')).toEqual([]);
  });

  it('finds the later mentions of a stock by name and by code, as the article model does', () => {
    const texts = ['青岛港前三季度营业收入143亿元。', '该港全年营收增长8.6%。', '601298全年利润增长5%。', '（601298）全年利润增长7%。'];
    const analysis = analyzeArticle({ paragraphs: texts, stocks }, ALL);
    // named again in paragraph 3 by its code in brackets only; paragraphs 1 and 2 do not name it
    expect([...new Set(figuresOfStock(analysis, 'sh601298').map((f) => f.paragraph))].sort()).toEqual([0, 3]);
  });

  it('keeps as many key figures as the setting asks, of the kinds it asks', () => {
    const two = analyzeArticle({ paragraphs, stocks }, { ...ALL, keyFigures: 2 });
    expect(two.key).toHaveLength(2);
    const changes = analyzeArticle({ paragraphs, stocks }, { ...ALL, kinds: ['change'] });
    expect(keyFiguresOf(changes).map((f) => f.kind)).toEqual(['change']);
  });
});

describe('a sentence too long for a message', () => {
  const long = `${'很长的句子'.repeat(1000)}营业收入143亿元${'没有标点'.repeat(1000)}`;
  const start = long.indexOf('143亿元');
  const fig = { start, end: start + '143亿元'.length, sentence: { text: long, start: 0, end: long.length } };

  it('is cut to a window around the figure, with offsets into the window', () => {
    const excerpt = sentenceExcerpt(fig);
    expect(excerpt.text.length).toBeLessThanOrEqual(LIMITS.sentence);
    expect(excerpt.text.slice(excerpt.start, excerpt.end)).toBe('143亿元');
  });

  it('is kept whole when it fits', () => {
    const short = { start: 2, end: 4, sentence: { text: '营收14亿', start: 0, end: 5 } };
    expect(sentenceExcerpt(short)).toEqual({ text: '营收14亿', start: 2, end: 4 });
  });
});

describe.skipIf(!hasShared)(`every corpus article${hasShared ? '' : ` (${SKIP_NO_SHARED})`}`, () => {
  const articles = corpusPages.filter((p) => p.kind === 'positive').map((p) => p.file);

  it.each(articles)('%s: the analysis and the summary pass their message schemas', (file) => {
    const article = articleOf(file);
    for (const lang of ['zh', 'en'] as const) {
      const analysis = analysisOf(article, { ...ALL, lang });
      expect(ArticleAnalysisSchema.safeParse(analysis).success).toBe(true);
      const summary = buildArticleSummary(article, analysis, ALL.kinds, CLEANING, { ads: 3 });
      const parsed = ArticleSummarySchema.safeParse(summary);
      expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true);
      for (const f of summary.figures) expect(f.sentence.slice(f.start, f.end)).toBe(f.surface);
    }
  });

  it.each(articles)('%s: what the page sends (names and links) gives the figures per stock of the full mentions', (file) => {
    const article = articleOf(file);
    const message = article.stocks.map((s) => ({ code: s.code, name: s.name, links: s.links.map(({ paragraph, start, end }) => ({ paragraph, start, end })) }));
    const analysis = analyzeArticle({ paragraphs: article.paragraphs.map((p) => p.text), stocks: message }, ALL);
    const figures = analyzeParagraphs(article.paragraphs.map((p) => p.text));
    for (const [code, expected] of attributeFigures(articleMentions(article).stocks, figures)) {
      expect(figuresOfStock(analysis, code).map(figureId).sort(), code).toEqual(expected.map(figureId).sort());
    }
  });

  it('the seed article counts figures for 青岛港 and names its key figures by id', () => {
    const article = articleOf(SEED_ARTICLE);
    const analysis = analysisOf(article);
    const summary = buildArticleSummary(article, analysis, ALL.kinds, CLEANING, {});
    const qingdao = summary.stocks.find((s) => s.code === 'sh601298')!;
    expect(qingdao.name).toBe('青岛港');
    expect(qingdao.figures).toBeGreaterThan(0);
    const ids = new Set(analysis.figures.map((f: AnalyzedFigure) => figureId(f)));
    for (const f of summary.figures) expect(ids.has(f.id)).toBe(true);
    const moneyOnly = buildArticleSummary(article, analysis, ['money'], CLEANING, {});
    expect(moneyOnly.stocks.find((s) => s.code === 'sh601298')!.figures).toBeLessThanOrEqual(qingdao.figures);
  });
});
