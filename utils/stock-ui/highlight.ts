// Shows the reader where the article says a figure: scrolls to its sentence and marks it for a moment,
// without touching the page's text nodes — the CSS Custom Highlight API where the browser has it, a
// pointer-transparent overlay of rectangles (in a shadow root) where it does not.

export const HIGHLIGHT_NAME = 'finlens-reveal';
export const HIGHLIGHT_STYLE_ID = 'finlens-reveal-style';
export const OVERLAY_TAG = 'finlens-overlay';

const MARK_COLOR = 'rgba(255, 200, 0, 0.45)';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: ${MARK_COLOR}; }`;
const OVERLAY_CSS = `:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0;
  z-index: 2147483645; pointer-events: none; }
.fl-mark { position: absolute; border-radius: 2px; background: ${MARK_COLOR}; pointer-events: none; }`;

/**
 * Text that is not the article's: Sina's live quote (its script fills it after load) and code. The same
 * text the article model leaves out (utils/sina/paragraph-text), so its offsets index into this walk.
 */
const SKIP = 'script, style, noscript, template, [id^="quote_"]';

export type RevealOptions = {
  /**
   * The sentence's text as the article model has it. When given, it is searched for in the paragraph's
   * text (nearest to `start`), which makes the reveal robust to a model that dropped the U+3000 indent.
   */
  text?: string;
  /** Added to `start`/`end` when `text` is not given or not found (e.g. the length of a dropped indent). */
  offsetBase?: number;
  /** How long the mark stays, in ms. */
  durationMs?: number;
};

export type Reveal = { range: Range; method: 'highlight' | 'overlay'; clear: () => void };

type TextPoint = { node: Text; offset: number };

const active = new WeakMap<Document, Reveal>();

/**
 * Scrolls to the text from `start` to `end` of `paragraph` (offsets in the paragraph's text) and highlights
 * it for `durationMs`. Returns null when the offsets do not fit the paragraph.
 */
export function revealSentence(doc: Document, paragraph: Element, start: number, end: number, options: RevealOptions = {}): Reveal | null {
  const win = doc.defaultView;
  if (!win) return null;
  const nodes = articleTextNodes(paragraph);
  const span = locateSpan(nodes.map((n) => n.data).join(''), start, end, options);
  const from = span && pointAt(nodes, span[0], 'start');
  const to = span && pointAt(nodes, span[1], 'end');
  if (!from || !to) return null;

  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  active.get(doc)?.clear();
  scrollToRange(doc, win, range, from.node.parentElement ?? paragraph);
  const pieces = textPieces(doc, nodes, from, to);
  const reveal = markWithHighlight(doc, win, pieces) ?? markWithOverlay(doc, pieces);
  let timer = 0;
  const clear = () => {
    win.clearTimeout(timer);
    reveal.clear();
    if (active.get(doc) === result) active.delete(doc);
  };
  const result: Reveal = { range, method: reveal.method, clear };
  timer = win.setTimeout(clear, options.durationMs ?? 2000);
  active.set(doc, result);
  return result;
}

/** The paragraph's text nodes in order, leaving out text that is not the article's (see SKIP). */
export function articleTextNodes(paragraph: Element): Text[] {
  const doc = paragraph.ownerDocument;
  const walker = doc.createTreeWalker(paragraph, 0x5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && isForeign(node as Element) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) texts.push(node as Text);
  }
  return texts;
}

function isForeign(el: Element): boolean {
  return el.localName.startsWith('finlens-') || el.matches(SKIP);
}

/** [start, end] in the walked text: where `text` occurs nearest to start, else the offsets plus the base. */
export function locateSpan(full: string, start: number, end: number, options: RevealOptions): [number, number] | null {
  const text = options.text;
  if (text) {
    let best = -1;
    for (let i = full.indexOf(text); i >= 0; i = full.indexOf(text, i + 1)) {
      if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
    }
    if (best >= 0) return [best, best + text.length];
  }
  const base = options.offsetBase ?? 0;
  const from = start + base;
  const to = end + base;
  return from >= 0 && to > from && to <= full.length ? [from, to] : null;
}

/** The (text node, offset) at a text offset; a start sits at the beginning of a node, an end at the end. */
export function pointAt(nodes: Text[], offset: number, edge: 'start' | 'end'): TextPoint | null {
  let acc = 0;
  for (const node of nodes) {
    const len = node.data.length;
    const inside = edge === 'start' ? offset < acc + len : offset <= acc + len && offset > acc;
    if (inside && offset >= acc) return { node, offset: offset - acc };
    acc += len;
  }
  const last = nodes[nodes.length - 1];
  if (last && offset === acc) return { node: last, offset: last.data.length };
  return null;
}

/**
 * One range per article text node between the two points, so the mark covers the article's text only (not
 * Sina's live quote, not a FinLens trigger that sits inside the sentence).
 */
function textPieces(doc: Document, nodes: Text[], from: TextPoint, to: TextPoint): Range[] {
  const first = nodes.indexOf(from.node);
  const last = nodes.indexOf(to.node);
  const pieces: Range[] = [];
  for (let i = first; i <= last; i++) {
    const node = nodes[i]!;
    const start = i === first ? from.offset : 0;
    const end = i === last ? to.offset : node.data.length;
    if (end <= start) continue;
    const piece = doc.createRange();
    piece.setStart(node, start);
    piece.setEnd(node, end);
    pieces.push(piece);
  }
  return pieces;
}

function scrollToRange(doc: Document, win: Window, range: Range, fallback: Element): void {
  const behavior: ScrollBehavior = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  const rect = range.getBoundingClientRect();
  const scroller = doc.scrollingElement;
  const windowScrolls = scroller !== null && scroller.scrollHeight > scroller.clientHeight;
  if (windowScrolls && (rect.width > 0 || rect.height > 0)) {
    const viewHeight = win.innerHeight;
    const offset = rect.height > viewHeight * 0.8 ? viewHeight * 0.1 : (viewHeight - rect.height) / 2;
    win.scrollTo({ top: Math.max(0, win.scrollY + rect.top - offset), behavior });
  } else {
    fallback.scrollIntoView({ block: 'center', behavior });
  }
}

type Mark = { method: Reveal['method']; clear: () => void };

type HighlightRegistry = { set(name: string, h: unknown): void; get(name: string): unknown; delete(name: string): boolean };
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function markWithHighlight(doc: Document, win: Window, pieces: Range[]): Mark | null {
  const scope = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightConstructor };
  const registry = scope.CSS?.highlights;
  const HighlightClass = scope.Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;
  try {
    ensureHighlightStyle(doc);
    const highlight = new HighlightClass(...pieces);
    registry.set(HIGHLIGHT_NAME, highlight);
    return {
      method: 'highlight',
      clear: () => {
        if (registry.get(HIGHLIGHT_NAME) === highlight) registry.delete(HIGHLIGHT_NAME);
      },
    };
  } catch {
    return null; // e.g. a content-script sandbox that cannot hand the range to the page's registry
  }
}

function ensureHighlightStyle(doc: Document): void {
  if (doc.getElementById(HIGHLIGHT_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = HIGHLIGHT_STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

/** Rectangles over the text's line boxes, in document coordinates, in a pointer-transparent shadow host. */
function markWithOverlay(doc: Document, pieces: Range[]): Mark {
  const host = doc.createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
  (doc.body ?? doc.documentElement).append(host);
  const origin = host.getBoundingClientRect();
  for (const rect of pieces.flatMap((piece) => Array.from(piece.getClientRects()))) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    const mark = doc.createElement('div');
    mark.className = 'fl-mark';
    mark.style.top = `${rect.top - origin.top}px`;
    mark.style.left = `${rect.left - origin.left}px`;
    mark.style.width = `${rect.width}px`;
    mark.style.height = `${rect.height}px`;
    root.append(mark);
  }
  return { method: 'overlay', clear: () => host.remove() };
}
