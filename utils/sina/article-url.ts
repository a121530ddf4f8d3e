// Article URLs, on their own: the document_start script checks the URL with
// these before anything else, so they carry nothing else (the other URL
// detectors, their example tables and the DOM check stay in detect.ts).
// Evidence: ../shared/docs/sina-dom.md §1 and ../shared/corpus/pages/MANIFEST.md.

/** host is `domain` or a subdomain of it (never `domain.evil.com` or `evilsina.com.cn`). */
export const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

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
export const isDesktopArticle = (u: URL) => onDomain(u.hostname, 'sina.com.cn') && DESKTOP_ARTICLE_PATH.test(u.pathname);

// Mobile articles: <channel>.sina.cn/<path>/<YYYY-MM-DD>/detail-i<id>.d.html — the
// mobile-agent twins of desktop pages and the finance.sina.cn corpus page.
const MOBILE_ARTICLE_PATH = /\/detail-i[a-z]{4,10}\d{4,10}\.d\.html$/;
export const isMobileArticle = (u: URL) => onDomain(u.hostname, 'sina.cn') && MOBILE_ARTICLE_PATH.test(u.pathname);

/**
 * The same two URL shapes as globs, for the manifest's include_globs: the
 * browser then injects the content scripts into article URLs only, and every
 * other page of Sina's hosts pays nothing at all (not even parsing a
 * script). Wider than the regexes above (any host, any id), never narrower:
 * isSinaArticleUrl still has the last word. tests/unit/sina/detect-url.test.ts
 * checks both against every example URL.
 */
export const ARTICLE_URL_GLOBS = ['*/doc-i*.shtml*', '*/detail-i*.d.html*'];

/** A desktop or mobile article URL. Never throws, whatever it is given. */
export const isSinaArticleUrl = (url: unknown): boolean => {
  if (typeof url !== 'string' && !(url instanceof URL)) return false;
  const u = parseHttpUrl(url);
  return u !== null && (isDesktopArticle(u) || isMobileArticle(u));
};
