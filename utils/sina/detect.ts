// Is this page a Sina article, and which template? First pure URL detectors
// (they run at document_start, before there is a DOM), then a DOM confirmation.
// Style of refined-github/github-url-detection: every detector is a pure
// function of a URL, and its example URLs sit right under it (addTests); one
// unit test checks that each detector matches its own URLs and no other's.
// Evidence: ../shared/docs/sina-dom.md §1–2 and ../shared/corpus/pages/MANIFEST.md.

import {
  ARTICLE_URL_GLOBS,
  DESKTOP_ARTICLE_PATH,
  CJ_PATH,
  isCjArticle,
  isDesktopArticle,
  isKandianArticle,
  isLegacyArticle,
  isMobileArticle,
  isSinaArticleUrl,
  KANDIAN_PATH,
  LEGACY_PATH,
  isSinaHost,
  parseHttpUrl as parse,
} from './article-url';

export { ARTICLE_URL_GLOBS, isSinaArticleUrl };

type UrlLike = string | URL | Location;

/** Example URLs of each detector, for the cross-negative test (tests/unit/sina/detect-url.test.ts). */
export const detectorExamples: Record<string, string[]> = {};
// Marked free of side effects for the bundler: the tests read the examples, and
// the content script, which does not, is built without them.
/* @__NO_SIDE_EFFECTS__ */
const addTests = (name: string, urls: string[]) => {
  // For the tests and tools only: a production build drops the examples (their strings are kilobytes of the content script).
  if (!import.meta.env?.PROD) detectorExamples[name] = urls;
};

const check =
  (test: (u: URL) => boolean) =>
  (url: UrlLike = location): boolean => {
    const u = parse(url);
    return u ? test(u) : false;
  };

/** A directory-like path: `/`, `/china/`, `/index.shtml`, `/stock/index.html` … */
const DIRECTORY_PATH = /^(?:\/[a-z0-9_-]+)*\/?(?:index\.(?:s?html|d\.html))?$/i;

// Desktop and mobile articles: the URL shapes are in article-url.ts (the document_start script needs them alone).
export const isSinaArticle = check(isDesktopArticle);
addTests('isSinaArticle', [
  'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml', // sina-finance-desktop-doc-2018-12-28-roll-12306.html
  'https://finance.sina.com.cn/stock/usstock/c/2019-09-09/doc-iicezzrq4681677.shtml', // …-2019-09-09-usstock-bonds.html
  'http://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml?cre=financepagepc&mod=f', // …-2016-05-25-forex.html
  'https://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml', // sina-tech-desktop-doc-2019-09-11-iphone11.html
  'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml#comment', // sina-news-desktop-doc-2024-05-10-tram.html
  'https://news.sina.com.cn/o/2024-05-16/doc-inavmmfi1968342.shtml', // sina-news-desktop-doc-2024-05-16-trial.html
  'https://finance.sina.com.cn/trust/roll/2024-05-22/doc-inawcech8714648.shtml', // linked from the 2024 news pages
]);

export const isSinaMobileArticle = check(isMobileArticle);
addTests('isSinaMobileArticle', [
  'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html?from=wap', // sina-mobile-finance-sina-cn-detail-2005-08-26-announcement.html
  'http://finance.sina.cn/2018-12-28/detail-ihqfskcn2160999.d.html', // mobile-agent of …-roll-12306.html
  'http://finance.sina.cn/forex/hsxw/2016-05-25/detail-ifxsktkp9337164.d.html', // mobile-agent of …-forex.html
  'http://tech.sina.cn/t/2019-09-11/detail-iicezzrq4972166.d.html', // mobile-agent of …-iphone11.html
  'http://news.sina.cn/gn/2019-09-07/detail-iicezzrq4076655.d.html', // linked from sina-news-desktop-doc-2019-09-07-chip.html
]);

// 新浪看点 (self-media and media accounts): k.sina.com.cn/article_<uid>_<id>.html and
// its mobile twin on k.sina.cn, which every 看点 page announces in its
// mobile-agent meta (sina-k-sina-com-cn-article-2018-09-28-*.html). The uid is
// the account's number; the id is lowercase hex-like, and may start with a
// letter (…_mc4f53305…, …_v6f06f68b…: mp-auto-video.html and its links).
export const isSinaKandianArticle = check(isKandianArticle);
addTests('isSinaKandianArticle', [
  'http://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html', // sina-k-sina-com-cn-article-2018-09-28-mp-fashion.html
  'http://k.sina.com.cn/article_3304403717_mc4f5330500100fzuk.html', // …-mp-auto-video.html
  'http://k.sina.cn/article_6598441619_1894c3a9300100elpc.html?from=fashion', // mobile-agent of …-mp-fashion.html
  'http://k.sina.com.cn/article_1862727307_v6f06f68b0010044lt.html?from=auto', // linked from neg-sina-news-center-homepage-2018.html
  'http://k.sina.com.cn/article_2402618443_8f350c4b00100lqrh.html?cre=tianyi&mod=pcpager_tech', // linked from …-iphone11.html
]);

// 财经头条: t.cj.sina.com.cn/articles/view/<uid>/<id>, the same on cj.sina.com.cn,
// and the mobile twins on t.cj.sina.cn / cj.sina.cn the pages announce in their
// mobile-agent meta (sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html)
// or link (cj.sina.cn in …-iphone11.html). cj.sina.com.cn/article/norm_detail?url=…
// (a redirect, linked from the finance home) is not one.
export const isSinaCjArticle = check(isCjArticle);
addTests('isSinaCjArticle', [
  'http://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0', // sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html
  'http://t.cj.sina.cn/articles/view/6479293414/182322be600100i6z0?cre=tianyi&mod=wnews', // its mobile-agent
  'https://cj.sina.com.cn/articles/view/1444893750/561f543601900mos2?from=finance', // linked from neg-sina-finance-channel-home-2020-03-30.html
  'http://t.cj.sina.com.cn/articles/view/1874955871/6fc18e5f00100h59x?cre=tianyi', // linked from …-iphone11.html
  'http://cj.sina.cn/articles/view/1651428902/p626ece2602700kwcd?cre=tianyi', // linked from …-iphone11.html
]);

// Legacy desktop articles (before ~2015): <channel>.sina.com.cn/<path>/<YYYY-MM-DD>/<digits>.shtml
// (sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html: /y/2009-11-09/13562762964.shtml, the
// time 1356 then the document id 2762964) and …/<YYYYMMDD>/<digits>.shtml (2015 finance
// links of the portal and news homes). The date must be a plausible one.
export const isSinaLegacyArticle = check(isLegacyArticle);
addTests('isSinaLegacyArticle', [
  'http://ent.sina.com.cn/y/2009-11-09/13562762964.shtml', // sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html
  'http://finance.sina.com.cn/chanjing/cyxw/20151120/061723804883.shtml', // linked from neg-sina-homepage-2015.html
  'http://finance.sina.com.cn/china/20151214/053624008324.shtml', // linked from neg-sina-news-center-homepage-2018.html
  'http://book.sina.com.cn/news/c/2015-11-19/0925777555.shtml', // linked from neg-sina-homepage-2015.html
  'http://bj.house.sina.com.cn/news/2015-11-20/06256073234458126102551.shtml', // linked from neg-sina-homepage-2015.html
]);

/** The detectors of article URLs, one per family; every other detector names pages FinLens leaves alone. */
export const ARTICLE_DETECTORS = { isSinaArticle, isSinaMobileArticle, isSinaKandianArticle, isSinaCjArticle, isSinaLegacyArticle };

// The portal home pages (neg-sina-homepage-2015.html; sina.cn linked from the mobile pages).
export const isSinaPortalHome = check(
  (u) => /^(?:www\.)?sina\.(?:com\.)?cn$/.test(u.hostname) && /^\/(?:index\.s?html)?$/.test(u.pathname),
);
addTests('isSinaPortalHome', [
  'https://www.sina.com.cn/', // neg-sina-homepage-2015.html
  'http://www.sina.com.cn/index.shtml',
  'https://sina.com.cn',
  'http://sina.cn/', // linked from sina-mobile-finance-sina-cn-detail-2005-08-26-announcement.html
]);

// Channel homes and their section homes: a directory path on a channel host
// (news.sina.com.cn, neg-sina-news-center-homepage-2018.html; news.sina.cn,
// neg-sina-mobile-news-home-2018.html; finance.sina.com.cn/stock/ in the forex
// page's nav). Roll lists, topics, quote and data hosts have their own detectors.
const NOT_CHANNEL_HOSTS = /^(?:www\.|roll\.|search\.|tags\.|comment\d*\.|zhibo\.|lives?\.|video\.|money\.finance\.|vip\.stock\.|stock\.finance\.)/;
export const isSinaChannelHome = check(
  (u) =>
    isSinaHost(u.hostname) &&
    !/^(?:www\.)?sina\.(?:com\.)?cn$/.test(u.hostname) &&
    !NOT_CHANNEL_HOSTS.test(u.hostname) &&
    DIRECTORY_PATH.test(u.pathname) &&
    !/^\/(?:roll|zt_\w*)(?:[/.]|$)/.test(u.pathname) &&
    !CJ_PATH.test(u.pathname), // /articles/view/<uid>/<id> looks like a directory too
);
addTests('isSinaChannelHome', [
  'https://news.sina.com.cn/', // neg-sina-news-center-homepage-2018.html
  'https://news.sina.cn/', // neg-sina-mobile-news-home-2018.html
  'http://finance.sina.com.cn/', // nav of every desktop page
  'http://finance.sina.com.cn/stock/', // nav of sina-finance-desktop-doc-2016-05-25-forex.html
  'http://news.sina.com.cn/china/', // breadcrumb of sina-news-desktop-doc-2019-09-07-chip.html
  'http://news.sina.cn/gn', // linked from neg-sina-mobile-news-home-2018.html
  'https://tech.sina.com.cn/index.shtml',
  'http://k.sina.com.cn', // 看点 home, nav of sina-k-sina-com-cn-article-2018-09-28-*.html
]);

// Roll (rolling news) lists: roll.<channel>.sina.com.cn/…/index.shtml and the
// /roll/ index of a channel — but /roll/<date>/doc-i….shtml is an article.
export const isSinaRollList = check(
  (u) =>
    isSinaHost(u.hostname) &&
    !DESKTOP_ARTICLE_PATH.test(u.pathname) &&
    (u.hostname.startsWith('roll.') || /^\/roll(?:\/(?:index\.d\.html|index\.s?html)?|\.d\.html)?$/.test(u.pathname)),
);
addTests('isSinaRollList', [
  'http://roll.news.sina.com.cn/news/gnxw/gatxw/index.shtml', // neg-sina-news-center-homepage-2018.html
  'http://roll.finance.sina.com.cn/finance/wh/index.shtml', // right column of …-roll-12306.html
  'http://roll.news.sina.com.cn/s/channel.php?ch=01', // neg-sina-news-center-homepage-2018.html
  'https://finance.sina.com.cn/roll/index.d.html?cid=56588&page=1',
  'https://news.sina.com.cn/roll/#pageid=153&lid=2509',
  'http://news.sina.cn/roll.d.html', // linked from neg-sina-mobile-news-home-2018.html
]);

// Quote pages: the targets of keyword links (sina-dom.md §4) and the forex/
// futures/option quote links of the finance pages.
const QUOTE_PATHS = [
  /^\/realstock\/company\/(?:sh|sz|bj)\d{6}\/nc\.shtml$/i, // A-share, …-dongcai-13stocks.html
  /^\/usstock\/quotes\/[A-Za-z0-9.-]+\.html$/, // US, …-usstock-bonds.html, …-iphone11.html
  /^\/hkstock\/quotes\/\d{4,5}\.html$/, // HK, sina-dom.md §4 (third-party code)
  /^\/money\/forex\/hq\/[A-Z]+\.shtml$/, // forex chart link of …-forex.html
  /^\/futures\/quotes\/[A-Za-z0-9]+\.shtml$/, // right column of …-roll-12306.html
  /^\/option\/quotes\.html$/, // right column of …-roll-12306.html
];
export const isSinaQuotePage = check(
  (u) =>
    (u.hostname === 'finance.sina.com.cn' || u.hostname === 'stock.finance.sina.com.cn') &&
    QUOTE_PATHS.some((re) => re.test(u.pathname)),
);
addTests('isSinaQuotePage', [
  'https://finance.sina.com.cn/realstock/company/sh601298/nc.shtml',
  'https://finance.sina.com.cn/realstock/company/sz300059/nc.shtml',
  'http://stock.finance.sina.com.cn/usstock/quotes/JPM.html',
  'http://stock.finance.sina.com.cn/hkstock/quotes/02068.html',
  'http://finance.sina.com.cn/money/forex/hq/USDCNH.shtml',
  'http://finance.sina.com.cn/futures/quotes/CFCTGC.shtml',
  'http://stock.finance.sina.com.cn/option/quotes.html',
]);

// Search results (neg-sina-search-news-results.html).
export const isSinaSearch = check((u) => u.hostname === 'search.sina.com.cn' || u.hostname === 'search.sina.cn');
addTests('isSinaSearch', [
  'https://search.sina.com.cn/?c=news&q=%E8%B4%A2%E7%BB%8F', // neg-sina-search-news-results.html
  'https://search.sina.com.cn/subscribe',
  'https://search.sina.cn/?q=a',
]);

// Data pages: company financials (neg-sina-finance-corp-finance-summary-600519.html)
// and the vip.stock data centre linked from the forex page's quote chart.
export const isSinaDataPage = check(
  (u) =>
    (u.hostname === 'money.finance.sina.com.cn' && u.pathname.startsWith('/corp/go.php/')) ||
    u.hostname === 'vip.stock.finance.sina.com.cn',
);
addTests('isSinaDataPage', [
  'https://money.finance.sina.com.cn/corp/go.php/vFD_FinanceSummary/stockid/600519.phtml',
  'http://money.finance.sina.com.cn/corp/go.php/vFD_FinanceSummary/stockid/600519/displaytype/4.phtml',
  'http://vip.stock.finance.sina.com.cn/moneyflow/',
  'http://vip.stock.finance.sina.com.cn/q/go.php/vInvestConsult/kind/qgqp/index.phtml?symbol=000651',
]);

// Keyword tag pages: the 文章关键词 links under the article (…-roll-12306.html).
export const isSinaTagPage = check((u) => u.hostname === 'tags.finance.sina.com.cn' || u.hostname === 'tags.news.sina.com.cn');
addTests('isSinaTagPage', [
  'http://tags.finance.sina.com.cn/%E8%BE%9F%E8%B0%A3', // …-roll-12306.html
  'http://tags.finance.sina.com.cn/金融改革', // …-forex.html
]);

// The stand-alone comment page linked from the comment box (…-roll-12306.html).
export const isSinaCommentPage = check((u) => /^comment\d*\.news\.sina\.com\.cn$/.test(u.hostname));
addTests('isSinaCommentPage', [
  'http://comment5.news.sina.com.cn/comment/skin/default.html?channel=cj&newsid=comos-hqfskcn2160999',
]);

// Topic (专题) pages: /zt_d/… on any channel (…-roll-12306.html, …-iphone11.html, mobile news home).
export const isSinaTopicPage = check(
  (u) => isSinaHost(u.hostname) && /^\/zt_\w*\//.test(u.pathname),
);
addTests('isSinaTopicPage', [
  'http://finance.sina.com.cn/zt_d/18ecoperson', // …-roll-12306.html
  'http://tech.sina.com.cn/zt_d/apple2019/', // …-iphone11.html
  'http://news.sina.cn/zt_d/hongkong0802', // neg-sina-mobile-news-home-2018.html
]);

// Live broadcast and video pages; video pages have `/doc/` in their path
// (neg-sina-news-center-homepage-2018.html), which must not pass for an article.
export const isSinaLiveOrVideo = check(
  (u) =>
    u.hostname === 'zhibo.sina.com.cn' ||
    u.hostname === 'live.sina.com.cn' ||
    u.hostname === 'video.sina.com.cn' ||
    u.hostname === 'lives.sina.cn',
);
addTests('isSinaLiveOrVideo', [
  'http://zhibo.sina.com.cn/tech/apple2019', // …-iphone11.html
  'http://live.sina.com.cn/zt/f/v/finance/globalnews1', // …-roll-12306.html
  'http://video.sina.com.cn/p/news/c/doc/2018-02-26/215468044401.html', // neg-sina-news-center-homepage-2018.html
  'http://lives.sina.cn/live/live',
]);

// ---------------------------------------------------------------------------
// DOM confirmation.

/**
 * The page templates FinLens knows (sina-dom.md §2):
 * - `finance-2016`    old finance desktop: `h1#artibodyTitle`, `.time-source`, `#artibody.article_16`  (…-2016-05-25-forex.html)
 * - `finance-desktop` finance "new" desktop: `#article_content` > `#artibody.article`  (…-roll-12306.html, …-usstock-bonds.html, every mirror post in its shell;
 *                     also the 2018 新浪看点 and 财经头条 pages: sina-k-sina-com-cn-article-*.html, sina-t-cj-sina-com-cn-articles-view-*.html)
 * - `news-desktop`    news desktop: `#article_content` > `div.article#article`  (sina-news-desktop-doc-*.html)
 * - `tech-blk`        the "blkContainer" layout: `.blkContainerSblk` > `#artibody`  (sina-tech-desktop-doc-2019-09-11-iphone11.html,
 *                     and the legacy GBK page of 2009 it comes from: sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html)
 * - `mobile`          finance.sina.cn: `article.art_box` > `.art_content`  (sina-mobile-finance-sina-cn-detail-*.html)
 */
export type Template = 'finance-2016' | 'finance-desktop' | 'news-desktop' | 'tech-blk' | 'mobile';
export const TEMPLATES: readonly Template[] = ['finance-2016', 'finance-desktop', 'news-desktop', 'tech-blk', 'mobile'];

/** The id in an article URL (`doc-i<id>.shtml`, `detail-i<id>.d.html`), or null. */
export function articleIdOf(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  return /\/(?:doc|detail)-i([a-z]{4,10}\d{4,10})\.(?:shtml|d\.html)$/.exec(u.pathname)?.[1] ?? null;
}

const meta = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';

/** Which template's body container the document has, most specific first; null when none. */
export function templateOf(doc: Document): Template | null {
  // Mobile first: its page has no #artibody (…-2005-08-26-announcement.html).
  // (`article.art_box` alone: any `.art_content` in it is in one too.)
  if (doc.querySelector('article.art_box')) return 'mobile';
  const artibody = doc.querySelector('#artibody'); // (not getElementById: in quirks mode selectors ignore the id's case)
  if (artibody) {
    if (artibody.closest('.blkContainerSblk')) return 'tech-blk';
    if (artibody.closest('#article_content, .article-content')) return 'finance-desktop';
    return doc.querySelector('#artibodyTitle, .page-info .time-source') ? 'finance-2016' : 'finance-desktop';
  }
  // News pages use id "article", not "artibody" (sina-news-desktop-doc-*.html).
  // One selector per query: a lone id selector can be looked up, a list is matched against every element.
  if (doc.querySelector('div.article#article') ?? doc.querySelector('#article_content #article')) return 'news-desktop';
  return null;
}

/** An article id as Sina writes it: 4–10 lowercase letters, then 4–10 digits (checked without a regex: this runs on every page load). */
function isArticleId(id: string): boolean {
  let i = 0;
  while (i < id.length && id.charCodeAt(i) >= 97 && id.charCodeAt(i) <= 122) i++;
  const letters = i;
  while (i < id.length && id.charCodeAt(i) >= 48 && id.charCodeAt(i) <= 57) i++;
  const digits = i - letters;
  return i === id.length && letters >= 4 && letters <= 10 && digits >= 4 && digits <= 10;
}

/** The article ids the page states: publishid, and the comos-<id> of its comment metas (sina-dom.md §2). */
function statedIds(doc: Document, publishid: string): string[] {
  const ids = [publishid];
  for (const el of Array.from(doc.querySelectorAll('meta[name="comment"], meta[name="sudameta"]'))) {
    const m = /comos[-:]([a-z]{4,10}\d{4,10})\b/.exec(el.getAttribute('content') ?? '');
    if (m) ids.push(m[1]!);
  }
  // The portal home has publishid="30,131,1" (neg-sina-homepage-2015.html): ids are letters + digits.
  return ids.filter(isArticleId);
}

/**
 * The page names the article of its URL in its metas, for the families whose
 * URL carries no doc id:
 * - 看点: the comment metas say `mp:<uid>-<id>` (comment, sudameta comment_id),
 *   the URL's article_<uid>_<id> (sina-k-sina-com-cn-article-2018-09-28-*.html);
 * - legacy: publishid is `<channel>,<type>,<document id>` and the URL's number
 *   ends with that document id (13562762964.shtml, publishid 28,3,2762964:
 *   sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html). The portal and news
 *   homes have publishid 30,131,1 and 1,912,1: a document id of one digit
 *   proves nothing, so it takes four or more.
 */
function namesUrlArticle(doc: Document, url: string, publishid: string): boolean {
  const u = parse(url);
  if (!u) return false;
  const kandian = KANDIAN_PATH.exec(u.pathname);
  if (kandian) {
    const own = `mp:${kandian[1]}-${kandian[2]}`;
    for (const el of Array.from(doc.querySelectorAll('meta[name="comment"], meta[name="sudameta"]'))) {
      const content = (el.getAttribute('content') ?? '').replace(/^comment_channel:mp;comment_id:/, 'mp:').trim();
      if (content === own) return true;
    }
    return false;
  }
  const legacy = LEGACY_PATH.exec(u.pathname);
  const documentId = /^\d{1,4},\d{1,6},(\d{4,20})$/.exec(publishid)?.[1];
  return Boolean(legacy && documentId && legacy[1]!.endsWith(documentId));
}

/**
 * The DOM confirmation step: the URL is a Sina article URL, the page says it
 * is a news article (og:type=news with a publishid meta — true of every full
 * doc-i page in the corpus and of 财经头条 — or an article id in its metas equal
 * to the URL's, or for 看点 and legacy pages their own forms of it:
 * namesUrlArticle), and one of the templates' body containers is there.
 * Single signals are not enough: 163 and sohu also carry og:type=news,
 * toutiao and baijiahao use .article-content (MANIFEST.md negatives).
 * Returns the template id, or null. Never throws.
 */
export function detectArticle(doc: Document, url: string): Template | null {
  try {
    if (!isSinaArticleUrl(url)) return null;
    const publishid = meta(doc, 'meta[name="publishid"]');
    // og:type=news with a publishid decides (every full page): the other metas are read only when it does not.
    if (!(meta(doc, 'meta[property="og:type"]') === 'news' && isArticleId(publishid))) {
      if (!statedIds(doc, publishid).includes(articleIdOf(url) ?? '') && !namesUrlArticle(doc, url, publishid)) return null;
    }
    return templateOf(doc);
  } catch {
    return null;
  }
}
