// Loading pages for the sina tests: corpus pages as the browser tests serve
// them (mirror posts inside the Sina shell), parsed by linkedom (fast, for the
// model and the rules) or happy-dom (slower, but it computes CSS display, to
// check the hiding for real).
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { articleImages, type Article } from '@/utils/sina/article';
import { boilerplateCss } from '@/utils/sina/clean';
import type { CorpusPage } from '../../corpus/pages';
import { PROJECT_ROOT, readPage } from '../../corpus/shared';
import { wrapMirrorPost } from '../../corpus/sina-shell';

/** The page's HTML as served: mirror posts wrapped in the finance desktop shell. */
export function corpusHtml(page: CorpusPage): string {
  const text = readPage(page.file);
  return page.mirror ? wrapMirrorPost(text, page.url) : text;
}

/** A hand-written page of tests/fixtures/pages (see its README.md). */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/pages', name), 'utf8');
}

/** linkedom makes <head> the document root when a page starts without <html> (the 2024 news pages). */
export function parseLinkedom(html: string): Document {
  const text = /<html[\s>]/i.test(html.slice(0, 100_000)) ? html : `<!DOCTYPE html><html>${html}</html>`;
  return parseHTML(text).document as unknown as Document;
}

export type HappyPage = {
  doc: Document;
  window: Window;
  display(el: Element): string;
  visible(el: Element): boolean;
  /** happy-dom caches computed styles and misses attribute flips on <html>: call after one. */
  invalidate(): void;
  close(): Promise<void>;
};

/** A page in happy-dom with scripts, external CSS and iframes off. */
export function parseHappyDom(html: string, url: string): HappyPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const doc = window.document as unknown as Document;
  doc.write(html);
  const display = (el: Element) => window.getComputedStyle(el as never).display;
  return {
    doc,
    window,
    display,
    visible(el) {
      for (let n: Element | null = el; n; n = n.parentElement) if (display(n) === 'none') return false;
      return true;
    },
    invalidate() {
      // Assigning adoptedStyleSheets is the public way to clear happy-dom's computed-style cache.
      window.document.adoptedStyleSheets = [];
    },
    close: () => window.happyDOM.close(),
  };
}

/** A serialisation of a document's markup, to compare a page before and after. */
export function snapshot(doc: Document): string {
  return doc.documentElement?.outerHTML ?? ''; // a file cut short before <html> may leave linkedom none
}

/** The elements that must stay visible: title, date, source, body, paragraphs, images. */
export function protectedElements(article: Article): Element[] {
  return [
    article.titleEl,
    article.dateEl,
    article.sourceEl,
    article.body,
    ...article.paragraphs.map((p) => p.el),
    ...articleImages(article).map((i) => i.el),
  ].filter((el): el is Element => el !== null);
}

const gatedSelectors = () =>
  boilerplateCss()
    .split('\n')
    .map((line) => line.slice(0, line.indexOf('{')));

/** What the stylesheet hides, evaluated by matching its gated selectors (exact CSS semantics for display:none). */
export function hiddenByFinLens(el: Element): boolean {
  return hiddenTest(el.ownerDocument)(el);
}

/** hiddenByFinLens for many elements of one document: each gated selector is queried once. */
export function hiddenTest(doc: Document): (el: Element) => boolean {
  const hidden = new Set<Element>();
  for (const g of gatedSelectors()) for (const el of Array.from(doc.querySelectorAll(g))) hidden.add(el);
  return (el) => {
    for (let n: Element | null = el; n; n = n.parentElement) if (hidden.has(n)) return true;
    return false;
  };
}
