// What a served page must look like with FinLens, worked out in Node from the
// same HTML with FinLens's own model (readArticle) and rules: the article's
// text that must stay visible, and the boilerplate that must be hidden. The
// browser tests then check these against the real rendering.
import { boilerplateRules } from '@/utils/sina/boilerplate-rules';
import { DEFAULT_HIDDEN } from '@/utils/sina/categories';
import { readArticle } from '@/utils/sina/article';
import { parseLinkedom } from '../../unit/sina/load-page';

export type PageExpectation = {
  /** The start of every paragraph of the article body, and of the title, date and source lines. */
  visibleText: string[];
  /** Selectors of the categories hidden by default. */
  hiddenSelectors: string[];
  /** Every selector of every rule (to check that "show original" brings all back). */
  allSelectors: string[];
  paragraphs: number;
};

const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 24);

export function expectationFor(html: string, url: string): PageExpectation {
  const article = readArticle(parseLinkedom(html), url);
  if (!article) throw new Error(`FinLens does not read ${url} as an article`);
  const texts = [
    ...article.paragraphs.map((p) => p.text),
    article.titleEl?.textContent ?? '',
    article.dateEl?.textContent ?? '',
    article.sourceEl?.textContent ?? '',
  ];
  return {
    visibleText: [...new Set(texts.map(snippet).filter((s) => s.length >= 2))],
    hiddenSelectors: boilerplateRules.filter((r) => DEFAULT_HIDDEN[r.category]).flatMap((r) => r.selectors),
    allSelectors: boilerplateRules.flatMap((r) => r.selectors),
    paragraphs: article.paragraphs.length,
  };
}

/**
 * Runs in the page: the snippets no visible element shows (for each, the
 * innermost element whose text contains it must be rendered), and the hide
 * selectors that still match a rendered element.
 */
export function checkRendering(exp: { visibleText: string[]; hiddenSelectors: string[] }) {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  // the article's own text: without Sina's live quotes (the model leaves them out too)
  const ownText = (el: Element): string => {
    let out = '';
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) out += node.nodeValue;
      else if (node.nodeType === 1 && !((node as Element).getAttribute('id') ?? '').startsWith('quote_')) out += ownText(node as Element);
    }
    return out;
  };
  const shown = (el: Element) =>
    typeof el.checkVisibility === 'function'
      ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)
      : el.getClientRects().length > 0;
  const all = Array.from(document.body.querySelectorAll('*')).filter((el) => !/^(SCRIPT|STYLE|NOSCRIPT)$/.test(el.tagName));
  const hiddenText = exp.visibleText.filter((text) => {
    const holders = all.filter((el) => norm(ownText(el)).includes(text));
    const innermost = holders.filter((el) => !holders.some((other) => other !== el && el.contains(other)));
    return !innermost.some(shown);
  });
  const shownBoilerplate = exp.hiddenSelectors.filter((selector) => {
    try {
      return Array.from(document.querySelectorAll(selector)).some(shown);
    } catch {
      return false; // a selector this browser does not know hides nothing here
    }
  });
  return { hiddenText, shownBoilerplate };
}

/**
 * Runs in the page: for every element a rule matches, is its computed display
 * the same as without FinLens's attributes? ("show original" must undo
 * everything.) The browser applies the stylesheet from the manifest, where a
 * page cannot switch it off; every rule in it is gated by these attributes
 * (tests/unit/sina/clean.test.ts, and the manifest test checks the built file
 * is that stylesheet), so without them the page is as if FinLens were not
 * there. Returns the selectors whose display differs.
 */
export function checkUntouched(allSelectors: string[]) {
  const displays = () =>
    allSelectors.map((selector) => {
      try {
        return Array.from(document.querySelectorAll(selector)).map((el) => getComputedStyle(el).display);
      } catch {
        return [];
      }
    });
  const withFinLens = displays();
  const html = document.documentElement;
  const saved = ['data-finlens', 'data-finlens-keep'].map((name) => [name, html.getAttribute(name)] as const);
  const marks = Array.from(document.querySelectorAll('[data-finlens-hide]')).map((el) => [el, el.getAttribute('data-finlens-hide')!] as const);
  for (const [name] of saved) html.removeAttribute(name);
  for (const [el] of marks) el.removeAttribute('data-finlens-hide');
  const without = displays();
  for (const [name, value] of saved) if (value !== null) html.setAttribute(name, value);
  for (const [el, value] of marks) el.setAttribute('data-finlens-hide', value);
  return allSelectors.filter((_s, i) => withFinLens[i]!.join() !== without[i]!.join());
}
