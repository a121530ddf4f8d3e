// Loads a saved page for the Node tools: decodes its bytes (Sina's older pages
// are GBK: neg-sina-mobile-news-home-2018.html), recognises a mirror-post
// fragment (an #artibody without <html>/<head>, corpus sina-mirror-post-*.html)
// and puts it back into the Sina page shell the tests and the browser tests
// serve it in (tests/corpus/sina-shell.ts), then parses it with linkedom.
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { wrapMirrorPost } from '@/tests/corpus/sina-shell';

export type LoadedPage = {
  doc: Document | null;
  /** The URL the page is analysed under: --url, else og:url / canonical, else (mirror posts) a made-up article URL. */
  url: string | null;
  /** What the file turned out to be. */
  kind: 'html' | 'mirror-post' | 'not-html';
};

/** Bytes → text: BOM, then a <meta charset> in the first 2 KB, else UTF-8. Never throws. */
export function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else {
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
    if (m && /^(?:gb2312|gbk|gb18030|x-gbk|big5)$/i.test(m[1]!)) label = m[1]!.toLowerCase();
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

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

/** An absolute http(s) URL, or null: og:url may lack its scheme (www.sohu.com/a/…, neg-sohu-article-2024.html). */
export function absoluteUrl(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim();
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

export async function loadPage(file: string, bytes: Uint8Array, urlArg: string | null): Promise<LoadedPage> {
  const text = decodePage(bytes);
  if (!looksLikeHtml(text)) return { doc: null, url: absoluteUrl(urlArg), kind: 'not-html' };
  if (isMirrorFragment(text)) {
    // Without --url, the made-up URL the tests serve this mirror post under (tests/corpus/pages.ts).
    const url = absoluteUrl(urlArg) ?? (await import('@/tests/corpus/pages')).mirrorUrl(path.basename(file));
    return { doc: parse(wrapMirrorPost(text, url)), url, kind: 'mirror-post' };
  }
  const doc = parse(text);
  const stated =
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return { doc, url: absoluteUrl(urlArg) ?? absoluteUrl(stated), kind: 'html' };
}
