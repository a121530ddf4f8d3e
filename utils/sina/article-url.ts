// Article URLs of every family, on their own: the document_start script checks the URL with
// these before anything else, so they carry nothing else (the other URL
// detectors, their example tables and the DOM check stay in detect.ts).
// Evidence: ../shared/docs/sina-dom.md §1 and ../shared/corpus/pages/MANIFEST.md.

/** host is `domain` or a subdomain of it (never `domain.evil.com` or `evilsina.com.cn`). */
export const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Sina's hosts: FinLens runs on them and their subdomains only. */
export const SINA_HOSTS = ['sina.com.cn', 'sina.cn'] as const;
/** The same, as match patterns (the manifest's, and Firefox's registered start script's). */
// (pure: the document_start script, which never uses it, does not carry it)
export const SINA_MATCHES = /* @__PURE__ */ SINA_HOSTS.map((host) => `*://*.${host}/*`);
export const isSinaHost = (hostname: string) => SINA_HOSTS.some((host) => onDomain(hostname.toLowerCase(), host));

/** The parts of a URL the shapes look at: a URL, or the page's own `location`. */
type UrlParts = Pick<URL, 'protocol' | 'hostname' | 'pathname'>;

/** A parsed http(s) URL, or null for junk: detectors never throw. */
export function parseHttpUrl(url: unknown): URL | null {
  try {
    const u = new URL(String(url));
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

// Desktop articles: <channel>.sina.com.cn/<section path>/<YYYY-MM-DD>/doc-i<id>.shtml
// (sina-dom.md §1; og:url of every desktop page in the corpus). The id is 7
// lowercase letters + 7 digits in every page seen; accept a little more.
export const DESKTOP_ARTICLE_PATH = /\/doc-i[a-z]{4,10}\d{4,10}\.shtml$/;
export const isDesktopArticle = (u: UrlParts) => onDomain(u.hostname, 'sina.com.cn') && DESKTOP_ARTICLE_PATH.test(u.pathname);

// Mobile articles: <channel>.sina.cn/<path>/<YYYY-MM-DD>/detail-i<id>.d.html — the
// mobile-agent twins of desktop pages and the finance.sina.cn corpus page.
const MOBILE_ARTICLE_PATH = /\/detail-i[a-z]{4,10}\d{4,10}\.d\.html$/;
export const isMobileArticle = (u: UrlParts) => onDomain(u.hostname, 'sina.cn') && MOBILE_ARTICLE_PATH.test(u.pathname);

// 新浪看点 (self-media and media accounts): k.sina.com.cn/article_<uid>_<id>.html and
// its mobile twin on k.sina.cn, which every 看点 page announces in its
// mobile-agent meta (sina-k-sina-com-cn-article-2018-09-28-*.html). The uid is
// the account's number; the id is lowercase hex-like, and may start with a
// letter (…_mc4f53305…, …_v6f06f68b…: mp-auto-video.html and its links).
export const KANDIAN_PATH = /^\/article_(\d{5,12})_([0-9a-z]{8,24})\.html$/;
export const isKandianArticle = (u: UrlParts) => (u.hostname === 'k.sina.com.cn' || u.hostname === 'k.sina.cn') && KANDIAN_PATH.test(u.pathname);

// 财经头条: t.cj.sina.com.cn/articles/view/<uid>/<id>, the same on cj.sina.com.cn,
// and the mobile twins on t.cj.sina.cn / cj.sina.cn the pages announce in their
// mobile-agent meta (sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html)
// or link (cj.sina.cn in …-iphone11.html). cj.sina.com.cn/article/norm_detail?url=…
// (a redirect, linked from the finance home) is not one.
const CJ_HOSTS = new Set(['t.cj.sina.com.cn', 'cj.sina.com.cn', 't.cj.sina.cn', 'cj.sina.cn']);
export const CJ_PATH = /^\/articles\/view\/(\d{5,12})\/([0-9a-z]{8,24})\/?$/;
export const isCjArticle = (u: UrlParts) => CJ_HOSTS.has(u.hostname) && CJ_PATH.test(u.pathname);

// Legacy desktop articles (before ~2015): <channel>.sina.com.cn/<path>/<YYYY-MM-DD>/<digits>.shtml
// (sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html: /y/2009-11-09/13562762964.shtml, the
// time 1356 then the document id 2762964) and …/<YYYYMMDD>/<digits>.shtml (2015 finance
// links of the portal and news homes). The date must be a plausible one.
export const LEGACY_PATH = /^(?:\/[a-z0-9_-]+)+\/(?:(?:19|20)\d\d-[01]\d-[0-3]\d|(?:19|20)\d\d[01]\d[0-3]\d)\/(\d{6,24})\.shtml$/i;
export const isLegacyArticle = (u: UrlParts) => onDomain(u.hostname, 'sina.com.cn') && LEGACY_PATH.test(u.pathname);

/**
 * The article URL shapes as globs, for the manifest's include_globs: the
 * browser then injects the content scripts into article URLs only, and every
 * other page of Sina's hosts pays nothing at all (not even parsing a
 * script). Wider than the regexes above (any host, any id), never narrower:
 * isSinaArticleUrl still has the last word. tests/unit/sina/detect-url.test.ts
 * checks both against every example URL.
 */
export const ARTICLE_URL_GLOBS = [
  '*/doc-i*.shtml*',
  '*/detail-i*.d.html*',
  '*://k.sina.c*/article_*.html*', // 看点, desktop and mobile
  '*/articles/view/*', // 财经头条
  // legacy: a folder named by its date, 2009-11-09 or 20151120. No `?` in these globs:
  // Chromium does not take it as "one character" there (the legacy page got no script).
  '*/19*/*.shtml*',
  '*/20*/*.shtml*',
];

const ARTICLE_SHAPES = [isDesktopArticle, isMobileArticle, isKandianArticle, isCjArticle, isLegacyArticle];

/**
 * The same test on the page's own `location`, for the page's scripts: `location` already has the parts, and
 * building a URL sets the URL interface up for the isolated world before the first paint (a millisecond or
 * so in single traces; not measurable in npm run bench:page's spread, issue 12).
 */
export const isSinaArticleLocation = (u: UrlParts): boolean =>
  (u.protocol === 'http:' || u.protocol === 'https:') && ARTICLE_SHAPES.some((isShape) => isShape(u));

/** An article URL of any family FinLens reads. Never throws, whatever it is given. */
export const isSinaArticleUrl = (url: unknown): boolean => {
  if (typeof url !== 'string' && !(url instanceof URL)) return false;
  const u = parseHttpUrl(url);
  return u !== null && isSinaArticleLocation(u);
};
