// Is this page a Sina article, and which template? First a pure URL check (it
// runs at document_start, before there is a DOM), then a DOM confirmation.
// Evidence: ../shared/docs/sina-dom.md §1–2 and ../shared/corpus/pages/MANIFEST.md.

export type Template = 'finance-desktop' | 'news-desktop' | 'tech-desktop' | 'mobile';

const DESKTOP_ARTICLE = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.sina\.com\.cn\/.*\/doc-i[a-z]{7}\d{7}\.shtml$/i;
const MOBILE_ARTICLE = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.sina\.cn\/.*\/detail-i[a-z]{7}\d{7}\.d\.html$/i;

const stripQuery = (url: string | URL) => {
  const u = new URL(String(url));
  return `${u.protocol}//${u.host}${u.pathname}`;
};

export const isSinaDesktopArticle = (url: string | URL) => DESKTOP_ARTICLE.test(stripQuery(url));
export const isSinaMobileArticle = (url: string | URL) => MOBILE_ARTICLE.test(stripQuery(url));
export const isSinaArticleUrl = (url: string | URL) => {
  try {
    return isSinaDesktopArticle(url) || isSinaMobileArticle(url);
  } catch {
    return false;
  }
};

/** DOM confirmation: og:type=news + publishid meta + a known body container. */
export function detectArticle(doc: Document, url: string): { template: Template } | null {
  if (!isSinaArticleUrl(url)) return null;
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
  if (meta('meta[property="og:type"]') !== 'news' || !meta('meta[name="publishid"]')) return null;
  if (doc.querySelector('article.art_box')) return { template: 'mobile' };
  if (doc.querySelector('div.article#article')) return { template: 'news-desktop' };
  const body = doc.querySelector('#artibody');
  if (!body) return null;
  return { template: body.closest('.blkContainerSblk') ? 'tech-desktop' : 'finance-desktop' };
}
