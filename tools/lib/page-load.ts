// Loads a saved page for the Node tools: decodes its bytes in the charset the
// page declares (page-charset.ts: Sina's older pages are GBK), recognises a mirror-post
// fragment (an #artibody without <html>/<head>, corpus sina-mirror-post-*.html)
// and puts it back into the Sina page shell the tests and the browser tests
// serve it in (tests/corpus/sina-shell.ts), then parses it with linkedom.
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { wrapMirrorPost } from '@/tests/corpus/sina-shell';
import { decodePage } from './page-charset';

export type LoadedPage = {
  doc: Document | null;
  /** The URL the page is analysed under: --url, else og:url / canonical, else (mirror posts) a made-up article URL. */
  url: string | null;
  /** What the file turned out to be. */
  kind: 'html' | 'mirror-post' | 'not-html';
};

/** Binary junk (NULs, many control characters) or text without any tag is not HTML. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (!sample.trim()) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) controls++;
  }
  if (controls > sample.length / 100) return false;
  return /<[a-z!][^>]*>/i.test(text.slice(0, 200_000));
}

// A fragment of a Sina body: no document tags, and Sina's body markers
// (sina-dom.md §2, last line) or the mirror's YAML front matter.
const DOCUMENT_TAG = /<(?:html|head|body)[\s>]/i;
const FRONT_MATTER = /^\uFEFF?\s*---\r?\n[\s\S]*?\r?\n---\r?\n/;
const BODY_MARKERS = /news_keyword_pub|正文下iframe|总声明|class="article-editor"|id="stock_|appendQr_wrap/;

export function isMirrorFragment(text: string): boolean {
  if (DOCUMENT_TAG.test(text.slice(0, 100_000))) return false;
  return FRONT_MATTER.test(text) || BODY_MARKERS.test(text);
}

/**
 * An absolute http(s) URL, or null: og:url may lack its scheme (www.sohu.com/a/…,
 * neg-sohu-article-2024.html) or be percent-encoded whole (http%3A%2F%2Ft.cj.sina.com.cn%2F…,
 * sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html).
 */
export function absoluteUrl(raw: string | null | undefined): string | null {
  let s = (raw ?? '').trim();
  if (/^https?%3A/i.test(s)) {
    try {
      s = decodeURIComponent(s);
    } catch {
      return null;
    }
  }
  if (!s) return null;
  for (const candidate of [s, s.startsWith('//') ? `https:${s}` : `https://${s}`]) {
    try {
      const u = new URL(candidate);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // try the next form
    }
  }
  return null;
}

/** linkedom makes <head> the root of a page that starts without <html> (sina-news-desktop-doc-2024-05-10-tram.html). */
function parse(text: string): Document {
  const html = /<html[\s>]/i.test(text.slice(0, 100_000)) ? text : `<!DOCTYPE html><html>${text}</html>`;
  return parseHTML(html).document as unknown as Document;
}

/**
 * The URL a page states for itself: og:url, else <link rel=canonical>, else the
 * URL of its mobile twin (mobile-agent), which names the same article: 看点
 * pages state no other (sina-k-sina-com-cn-article-2018-09-28-mp-fashion.html).
 * Legacy pages state none at all: give them --url.
 */
function statedUrl(doc: Document): string | null {
  const og = absoluteUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  const canonical = absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const mobile = /\burl=(\S+)/.exec(doc.querySelector('meta[name="mobile-agent"]')?.getAttribute('content') ?? '')?.[1];
  return og ?? canonical ?? absoluteUrl(mobile);
}

export async function loadPage(file: string, bytes: Uint8Array, urlArg: string | null): Promise<LoadedPage> {
  const text = decodePage(bytes);
  if (!looksLikeHtml(text)) return { doc: null, url: absoluteUrl(urlArg), kind: 'not-html' };
  if (isMirrorFragment(text)) {
    // Without --url, the made-up URL the tests serve this mirror post under (tests/corpus/pages.ts).
    const url = absoluteUrl(urlArg) ?? (await import('@/tests/corpus/pages')).mirrorUrl(path.basename(file));
    return { doc: parse(wrapMirrorPost(text, url)), url, kind: 'mirror-post' };
  }
  const doc = parse(text);
  return { doc, url: absoluteUrl(urlArg) ?? statedUrl(doc), kind: 'html' };
}
