// Only a Sina page may become a link in the panel: the href comes from the article's markup, which FinLens
// does not trust (a `javascript:` or look-alike host stays text).

const SINA_HOSTS = ['sina.com.cn', 'sina.cn', 'sina.com'];

/** The URL when it is http(s) on a Sina host (or a subdomain of one), else null. */
export function sinaQuoteUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  return SINA_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) ? url.href : null;
}
