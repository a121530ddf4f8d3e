// The text of an article paragraph, exactly as the figure engine sees it, and
// the way back from an index in that text to a DOM text node (for highlighting
// a figure without touching the page's text). The text is the paragraph's
// text nodes in order, minus the CMS indent (two U+3000 in every corpus page)
// and trailing space; no other character is changed, so figure offsets index
// into it. Text that is not the author's is left out: the live quote Sina's
// script writes into <span id="quote_…"> ("(115.395, 2.79, 2.47%)", bonds), and
// script/style text. utils/stock-ui/highlight.ts walks the same text nodes.

export type Paragraph = {
  el: Element;
  /** The paragraph's text, trimmed: what figure offsets index into. */
  text: string;
  /** How many characters of the raw text (the indent) come before `text`. */
  offset: number;
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is not the paragraph's own. */
export function isForeignText(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') return true;
  if (tag.startsWith('finlens-')) return true; // FinLens's own trigger hosts
  return (el.getAttribute('id') ?? '').startsWith('quote_');
}

/** The paragraph's text nodes in order, each with its start in the raw (untrimmed) text. */
export function textNodesOf(el: Element): { node: Text; start: number }[] {
  const out: { node: Text; start: number }[] = [];
  let pos = 0;
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        out.push({ node: c as Text, start: pos });
        pos += (c.nodeValue ?? '').length;
      } else if (c.nodeType === ELEMENT_NODE && !isForeignText(c as Element)) {
        walk(c);
      }
    }
  };
  walk(el);
  return out;
}

/**
 * Elements that may hold foreign text: isForeignText's tags and quote spans,
 * FinLens's own hosts, and any undefined custom element (every finlens-… tag:
 * a content script cannot define custom elements).
 */
export const MAY_HOLD_FOREIGN_TEXT =
  'script, style, template, noscript, [id^="quote_"], finlens-trigger, finlens-panel, finlens-overlay, :not(:defined)';

/** The raw text of an element: its own text nodes, in order, without foreign text (the same nodes as textNodesOf). */
export function rawTextOf(el: Element): string {
  // With nothing foreign inside, that is its textContent, read in one call: in
  // a content script every node touched from script costs (the isolated world
  // keeps its own wrapper for each), and most paragraphs are plain text.
  let plain = false;
  try {
    plain = el.querySelector(MAY_HOLD_FOREIGN_TEXT) === null;
  } catch {
    // a DOM without :defined (linkedom): walk
  }
  return plain ? (el.textContent ?? '') : walkedTextOf(el);
}

/** The raw text of an element, walked node by node (rawTextOf when something foreign may be inside). */
export function walkedTextOf(el: Element): string {
  let text = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) text += c.nodeValue ?? '';
      else if (c.nodeType === ELEMENT_NODE && !isForeignText(c as Element)) walk(c);
    }
  };
  walk(el);
  return text;
}

/**
 * The raw text of a block up to its first inner block (`isBlock`), walked node
 * by node: a prefix of its raw text, so offsets into it index the block's text
 * as they do for any paragraph. A block that holds blocks keeps its own text
 * this way: with </p> missing, linkedom and happy-dom nest each following
 * <p> inside the one before, and only the innermost would be read.
 */
export function leadingTextOf(el: Element, isBlock: (el: Element) => boolean): string {
  let text = '';
  let done = false;
  const walk = (n: Node) => {
    for (let c = n.firstChild; c && !done; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) text += c.nodeValue ?? '';
      else if (c.nodeType !== ELEMENT_NODE || isForeignText(c as Element)) continue;
      else if (isBlock(c as Element)) done = true;
      else walk(c);
    }
  };
  walk(el);
  return text;
}

/**
 * The space trimmed off a paragraph: what /\s/ matches (which includes U+3000,
 * U+00A0 and U+FEFF), and the zero-width space U+200B. A character test, not a
 * regular expression: it runs on every paragraph at page load.
 */
export function isParagraphSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A paragraph of `el`: its trimmed text and the length of the trimmed indent (`raw`: its raw text, when known). */
export function paragraphOf(el: Element, raw: string = rawTextOf(el)): Paragraph {
  let start = 0;
  while (start < raw.length && isParagraphSpace(raw.charCodeAt(start))) start++;
  let end = raw.length;
  while (end > start && isParagraphSpace(raw.charCodeAt(end - 1))) end--;
  return { el, text: raw.slice(start, end), offset: start };
}

/** Where index `i` of `paragraph.text` lives in the DOM: a text node and an offset in it. */
export function locateInParagraph(paragraph: Paragraph, i: number): { node: Text; offset: number } | null {
  if (i < 0 || i > paragraph.text.length) return null;
  const raw = paragraph.offset + i;
  const nodes = textNodesOf(paragraph.el);
  for (let k = nodes.length - 1; k >= 0; k--) {
    const t = nodes[k]!;
    if (t.start <= raw) {
      const len = (t.node.nodeValue ?? '').length;
      return raw - t.start <= len ? { node: t.node, offset: raw - t.start } : null;
    }
  }
  return null;
}

/** Index in `paragraph.text` where the text of `inner` (a descendant) starts, or -1. */
export function indexInParagraph(paragraph: Paragraph, inner: Node): number {
  for (const t of textNodesOf(paragraph.el)) {
    if (inner === t.node || inner.contains(t.node)) {
      const i = t.start - paragraph.offset;
      return i >= 0 && i <= paragraph.text.length ? i : -1;
    }
  }
  return -1;
}
