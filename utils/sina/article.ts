// The article of a Sina article page: title, source (媒体), published time,
// the body root, its paragraphs in order, its images and its stock links.
// Pure over a Document + URL; it reads the page and never changes it.
// Evidence: ../shared/docs/sina-dom.md §2 (containers, title, date, source by template).
//
// The content script reads the article on every page load, on the page's main
// thread, but needs little of it then: the body, the paragraphs and the stock
// links (for the cleaning marks, the figure request and the stock triggers).
// The rest (title, source, time, the text's other stock mentions) is read on
// first access and kept: only the popup or the CLI and tests ask for it. What
// only the CLI and tests ask for (articleImages, articleKeywordCheck) are
// functions of their own, so the content script's bundle does not carry them.
import { boilerplateTest, boilerplateUnder, matchesSelectorRule, type RuleMatch } from './boilerplate';
import { detectArticle, type Template } from './detect';
import { leadingTextOf, MAY_HOLD_FOREIGN_TEXT, paragraphOf, rawTextOf, walkedTextOf, type Paragraph } from './paragraph-text';
import { checkKeywordComment, readStockLinks, textMentions, type KeywordCheck, type LinkedStock, type Stock, type TextCode } from './stocks';
import { publishedAtOf } from './published-time';
import { boilerplateAbove, swallowingBlocks } from './swallowed';
import { runAtOnce, runInSlices, type SliceBudget, type Steps } from '../time-slices';

export type { Paragraph } from './paragraph-text';
export type { Stock, LinkedStock, Mention, TextCode, KeywordCheck, Market } from './stocks';

export type ArticleImage = { el: Element; src: string; caption: string };

export type Article = {
  url: string;
  template: Template;
  title: string;
  /** The visible title element (null when the title came from meta tags). */
  titleEl: Element | null;
  /** The media the article comes from (来源), e.g. 新京报; null if unknown. */
  source: string | null;
  sourceEl: Element | null;
  /**
   * Where the page says when it was published, best first, as the page writes it: the metas' times, the
   * date line, the CMS's `published at` comment. Reading a time out of them is string work the page leaves
   * to the popup (articlePublishedAt, sina/published-time.ts).
   */
  published: string[];
  dateEl: Element | null;
  body: Element;
  paragraphs: Paragraph[];
  /** Whether an element of the body is boilerplate (or inside some): not the article's. */
  isBoilerplate: (el: Element) => boolean;
  /**
   * The stocks as their keyword links give them. Their later mentions in the text, and codes written as
   * text, are pure string work the page leaves to the background (article-mentions.ts).
   */
  stocks: LinkedStock[];
  /** What the structural boilerplate rules found in the body while reading it (clean.ts marks these). */
  structural: RuleMatch[];
  /**
   * Boilerplate blocks that hold the article because a closing tag is missing
   * (swallowed.ts): never hidden (clean.ts marks them), their paragraphs read.
   */
  spared: Element[];
};

// The body container of each template (sina-dom.md §2).
// One query per selector: a lone id selector is looked up by id (in standards
// mode), a selector list is matched against every element of the page.
const BODY_SELECTORS: Record<Template, readonly string[]> = {
  mobile: ['article.art_box .art_content'], // …-2005-08-26-announcement.html
  'tech-blk': ['#artibody'], // …-iphone11.html
  'finance-2016': ['#artibody'], // …-forex.html
  'finance-desktop': ['#artibody'], // …-roll-12306.html, mirror posts
  'news-desktop': ['div.article#article', '#article_content #article'], // sina-news-desktop-*.html
};

// Title, date and source elements, most specific first (sina-dom.md §2).
const TITLE_SELECTORS = [
  'h1.main-title', // finance/news desktop (12306, bonds, tram, every mirror post's shell)
  'h1#artibodyTitle', // 2016 finance and tech (forex, iphone11)
  'h1.art_tit_h1', // mobile (…-2005-08-26-announcement)
  '#artibodyTitle', // the same id on another element
];
const DATE_SELECTORS = [
  '.date-source .date', // "2018年12月28日 19:55" in the sticky top bar (12306, tram)
  '#pub_date', // "2019年09月11日01:53" (iphone11)
  '.time-source', // "2016年05月25日10:10 新浪财经", date and source in one span (forex)
  'time.weibo_time', // "2005.08.26" + "05:39" (mobile)
  '.weibo_time',
];
const SOURCE_SELECTORS = [
  '.date-source .source', // a.source 新京报 (12306), span.source (news pages)
  '#media_name', // 新浪科技 (iphone11)
  '.weibo_info .weibo_user', // 上海证券报网络版 (mobile)
  '.time-source', // after the date (forex)
];
// <title> suffixes: _新浪财经_新浪网 (12306), _新浪科技_新浪网 (iphone11), _新浪新闻 (tram), _手机新浪网 (mobile).
const TITLE_SUFFIX = /_(?:新浪[^_]*|手机新浪网)(?:_新浪网)?$/;

// What counts as a paragraph: the innermost text blocks of the body.
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'pre', 'blockquote', 'dd', 'dt']);
const PARAGRAPH_SELECTOR = [...PARAGRAPH_TAGS].join(', ');
const isBlock = (el: Element) => PARAGRAPH_TAGS.has(el.tagName.toLowerCase());

/** The body container: when ids are duplicated, the candidate with the most text. */
function bodyOf(doc: Document, template: Template): Element | null {
  const candidates: Element[] = [];
  for (const selector of BODY_SELECTORS[template]) {
    const found = doc.querySelectorAll(selector);
    for (let i = 0; i < found.length; i++) if (!candidates.includes(found[i]!)) candidates.push(found[i]!);
  }
  if (candidates.length <= 1) return candidates[0] ?? null; // the usual case: no text to measure
  // In document order, so that of equal candidates the first wins.
  candidates.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows a */ ? -1 : 1));
  let best: Element | null = null;
  let bestLength = -1;
  for (const el of candidates) {
    const length = (el.textContent ?? '').length;
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best;
}

const first = (doc: Document, selectors: string[]) => {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    if (el && (el.textContent ?? '').trim()) return el;
  }
  return null;
};
const metaOf = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function titleOf(doc: Document): { title: string; el: Element | null } {
  const el = first(doc, TITLE_SELECTORS);
  if (el) return { title: clean(el.textContent ?? ''), el };
  const og = metaOf(doc, 'meta[property="og:title"]');
  if (og) return { title: clean(og), el: null };
  // "…叫停|有轨电车|珠海市|轨道交通_新浪新闻" (tram): the keywords after | go with the suffix.
  const text = clean(doc.querySelector('title')?.textContent ?? '').replace(TITLE_SUFFIX, '');
  return { title: text.replace(/(?:\|[^|]*)+$/, '') || text, el: null };
}

// 看点 pages print the platform where other pages print the media: the account
// that wrote the article is in the .author span next to it (empty in both
// corpus pages) or the mediaid / article:author metas
// (sina-k-sina-com-cn-article-2018-09-28-*.html: 新浪看点, mediaid 刘文谈谈时尚).
const PLATFORM_SOURCES = new Set(['新浪看点']);

function sourceOf(doc: Document, dateEl: Element | null): { source: string | null; el: Element | null } {
  const el = first(doc, SOURCE_SELECTORS);
  if (el) {
    let text = clean(el.textContent ?? '');
    // The 2016 template prints date and source in one span: "2016年05月25日10:10 新浪财经" (forex).
    if (el === dateEl) text = clean(text.replace(/^\s*\d{4}\D{1,2}\d{1,2}\D{1,2}\d{1,2}\D{0,2}\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?/, ''));
    if (PLATFORM_SOURCES.has(text)) {
      const author = first(doc, ['.date-source .author']);
      if (author) return { source: clean(author.textContent ?? ''), el: author };
      text = '';
    }
    if (text) return { source: text, el };
  }
  return { source: metaOf(doc, 'meta[name="mediaid"]') ?? metaOf(doc, 'meta[property="article:author"]'), el: null };
}

const COMMENT_NODE = 8;

/**
 * The CMS's `<!--[…] published at 2009-11-09 14:00:37 from #236 by 1345-->`, from the comments before and
 * at the top of the document (never a walk of the whole page): when the page was last published, so the
 * last clue (legacy GBK page; also on 看点 pages as `<!-- [ published at … ] -->`).
 */
function publishedComment(doc: Document): string | null {
  const top = [...Array.from(doc.childNodes), ...Array.from(doc.documentElement?.childNodes ?? []), ...Array.from(doc.head?.childNodes ?? [])];
  const comment = top.find((node) => node.nodeType === COMMENT_NODE && node.nodeValue?.includes('published at'));
  return comment?.nodeValue?.trim() || null;
}

function publishedOf(doc: Document, dateEl: Element | null): string[] {
  // The metas are empty on 财经头条 pages (sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html): the date line decides there.
  const clues = [metaOf(doc, 'meta[property="article:published_time"]'), metaOf(doc, 'meta[name="weibo: article:create_at"]'), dateEl?.textContent?.trim() || null, publishedComment(doc)];
  return clues.filter((c): c is string => c !== null);
}

/**
 * The blocks under `body` inside one of `roots` (or one of them), found from
 * the few roots down rather than by looking up from every block.
 */
function blocksWithin(roots: Iterable<Element>, body: Element): Set<Element> {
  const out = new Set<Element>();
  for (const root of roots) {
    if (root === body) continue; // the body itself is never excluded (boilerplateTest stops below it)
    if (root.matches(PARAGRAPH_SELECTOR)) out.add(root);
    const inner = root.querySelectorAll(PARAGRAPH_SELECTOR);
    for (let i = 0; i < inner.length; i++) out.add(inner[i]!);
  }
  return out;
}

/** The innermost blocks that hold an element with foreign text (paragraph-text.ts); null when this DOM cannot tell. */
function blocksWithForeignText(body: Element): Set<Element> | null {
  let found: NodeListOf<Element>;
  try {
    found = body.querySelectorAll(MAY_HOLD_FOREIGN_TEXT);
  } catch {
    return null; // no :defined (linkedom): each block is checked on its own
  }
  const out = new Set<Element>();
  for (let i = 0; i < found.length; i++) {
    // an innermost block holding it is its nearest block above it
    const block = found[i]!.parentElement?.closest(PARAGRAPH_SELECTOR);
    if (block) out.add(block);
  }
  return out;
}

/** Blocks read between two points where the sliced reader may pause (a few hundred µs of DOM calls). */
const BLOCKS_PER_STEP = 32;

/**
 * The paragraphs of the body: innermost text blocks outside boilerplate and
 * images, with text. Few calls per block: in a content script each call into
 * the page's DOM costs, and a long article has a hundred blocks or more.
 */
function* paragraphsOf(body: Element, boilerplate: readonly Element[], imageWrappers: readonly Element[]): Steps<Paragraph[]> {
  const out: Paragraph[] = [];
  const excluded = blocksWithin(boilerplate, body);
  for (const block of blocksWithin(imageWrappers, body)) excluded.add(block);
  yield;
  const foreign = blocksWithForeignText(body);
  yield;
  const blocks = body.querySelectorAll(PARAGRAPH_SELECTOR);
  for (let i = 0; i < blocks.length; i++) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const el = blocks[i]!;
    if (excluded.has(el)) continue;
    // Not innermost: its inner blocks are the paragraphs, and its text before the
    // first of them is one too (leadingTextOf). The list is in document order, so
    // a block with inner blocks is followed right away by the first of them.
    const next = blocks[i + 1];
    const holdsBlocks = next !== undefined && el.contains(next);
    const raw = holdsBlocks
      ? leadingTextOf(el, isBlock)
      : foreign
        ? foreign.has(el)
          ? walkedTextOf(el)
          : (el.textContent ?? '')
        : rawTextOf(el);
    const para = paragraphOf(el, raw);
    if (para.text) out.push(para);
  }
  return out;
}

/** Hidden by the page's own inline style, e.g. the video player's playlist thumbnails (iphone11). */
function hiddenByPage(el: Element, body: Element): boolean {
  for (let n: Element | null = el; n && n !== body; n = n.parentElement) {
    if (/display\s*:\s*none/i.test(n.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/**
 * A spacer or tracking pixel, not a picture: a width or height attribute under
 * 10 px (the 1×5 c.gif between a legacy page's picture and its caption:
 * sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html).
 */
function isSpacer(img: Element): boolean {
  return ['width', 'height'].some((name) => {
    const value = img.getAttribute(name);
    return value !== null && /^\s*\d+\s*$/.test(value) && Number(value) < 10;
  });
}

/** The article's pictures: not boilerplate, not hidden by the page, not spacers (the CLI and tests ask). */
export function articleImages({ body, isBoilerplate }: Pick<Article, 'body' | 'isBoilerplate'>): ArticleImage[] {
  return Array.from(body.querySelectorAll('img'))
    .filter((img) => !isBoilerplate(img) && !hiddenByPage(img, body) && !isSpacer(img))
    .map((el) => ({
      el,
      src: el.getAttribute('src') ?? el.getAttribute('data-src') ?? '',
      caption: clean(el.closest('.img_wrapper')?.querySelector('.img_descr')?.textContent ?? ''),
    }));
}

/** `compute()` on first call, then the same value. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

/** Reads the article of a page already detected as `template` (see readArticle), in steps. */
function* articleSteps(doc: Document, url: string, template: Template): Steps<Article | null> {
  const body = bodyOf(doc, template);
  if (!body) return null;
  // Boilerplate inside the body is not article content (only the body is searched: it is small),
  // unless a missing closing tag put the article inside it (swallowed.ts).
  const found = yield* boilerplateUnder(body);
  yield;
  const wrappers = body.closest('.img_wrapper') ? [] : Array.from(body.querySelectorAll('.img_wrapper'));
  const swallowing = swallowingBlocks([...found.elements, ...wrappers]);
  const boilerplate = swallowing.size ? found.elements.filter((el) => !swallowing.has(el)) : found.elements;
  const imageWrappers = swallowing.size ? wrappers.filter((el) => !swallowing.has(el)) : wrappers;
  const isBoilerplate = boilerplateTest(boilerplate, body);
  yield;
  const paragraphs = yield* paragraphsOf(body, boilerplate, imageWrappers);
  yield;
  const stocks = yield* readStockLinks(body, paragraphs, isBoilerplate, url);
  // Read on first access (see the top of this file).
  const heading = once(() => titleOf(doc));
  const dateEl = once(() => first(doc, DATE_SELECTORS));
  const byline = once(() => sourceOf(doc, dateEl()));
  const published = once(() => publishedOf(doc, dateEl()));
  return {
    url,
    template,
    get title() {
      return heading().title;
    },
    get titleEl() {
      return heading().el;
    },
    get source() {
      return byline().source;
    },
    get sourceEl() {
      return byline().el;
    },
    get published() {
      return published();
    },
    get dateEl() {
      return dateEl();
    },
    body,
    paragraphs,
    isBoilerplate,
    stocks,
    structural: found.structural,
    spared: [...boilerplateAbove(body, matchesSelectorRule), ...found.elements.filter((el) => swallowing.has(el))],
  };
}

/** Reads the article of a page already detected as `template` (see readArticle). Never throws on odd markup. */
export const readArticleAs = (doc: Document, url: string, template: Template): Article | null => runAtOnce(articleSteps(doc, url, template));

function* readingSteps(doc: Document, url: string): Steps<Article | null> {
  const template = detectArticle(doc, url);
  return template ? yield* articleSteps(doc, url, template) : null;
}

/** The article of a Sina article page, or null when the page is not one (detect.ts decides). */
export function readArticle(doc: Document, url: string): Article | null {
  try {
    return runAtOnce(readingSteps(doc, url));
  } catch {
    return null;
  }
}

/**
 * readArticle in slices of main-thread time (time-slices.ts), for the page: the same article, and
 * one slice without a pause when it is read within the budget (a usual article).
 */
export async function readArticleInSlices(doc: Document, url: string, budget: SliceBudget): Promise<Article | null> {
  try {
    return await runInSlices(readingSteps(doc, url), budget);
  } catch {
    return null;
  }
}

/** The stock codes of the body's news_keyword_pub comment against its stock links (the CLI and tests ask). */
export const articleKeywordCheck = ({ body, stocks }: Pick<Article, 'body' | 'stocks'>): KeywordCheck | null => checkKeywordComment(body, stocks);

/**
 * The article's stocks with every mention in the text (links, later names, codes written as text), and the
 * codes written as text that no link names. The content script leaves this to the background
 * (summary/analyze-article.ts, from the paragraphs' text); the CLI and tests ask here.
 */
export function articleMentions({ stocks, paragraphs }: Pick<Article, 'stocks' | 'paragraphs'>): { stocks: Stock[]; textCodes: TextCode[] } {
  const found = textMentions(stocks, paragraphs.map((p) => p.text));
  return { stocks: stocks.map((s, i) => ({ ...s, mentions: found.mentions[i]! })), textCodes: found.textCodes };
}

/** When the article was published, ISO 8601 with +08:00 (2018-12-28T19:56:29+08:00), from its first clue that holds a time; null if none does. */
export const articlePublishedAt = ({ published }: Pick<Article, 'published'>): string | null => publishedAtOf(published);
