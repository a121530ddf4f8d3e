// Sina's own inline quote in the article (`span#quote_<code>`, "(price, change, change%)" in <font color>
// tags its script writes, corpus sina-finance-desktop-doc-2019-09-09-usstock-bonds.html) recoloured by
// the reader's convention. Sina's colours follow each market's convention (the 2019 US quotes are green
// for a rise), so the direction is read from the numbers' signs and written on the span
// (data-finlens-direction); the CSS below, in the manifest stylesheet with clean reading's, colours by it,
// gated like clean reading on <html> (data-finlens="on" and data-finlens-colors). CSS only: "show
// original", another convention or dispose() is one attribute flip, and Sina's <font> tags are untouched.
import type { ColorConvention } from '../settings-schema';
import { parsePageQuote } from '../quote/page-quote';
import { STATE_ATTR } from './clean';
import { runInSlices, SLICE_MS, type Steps } from '../time-slices';

/** Quotes marked between two points where the page may get its main thread back. */
const SPANS_PER_STEP = 50;

export const COLORS_ATTR = 'data-finlens-colors';
export const DIRECTION_ATTR = 'data-finlens-direction';

// the panel's rise and fall colours (assets/tokens.css), so the article and the panel agree
const RISE = '#d9272e';
const FALL = '#13883a';
const COLORS: Record<ColorConvention, { up: string; down: string }> = {
  'red-up': { up: RISE, down: FALL },
  'green-up': { up: FALL, down: RISE },
  neutral: { up: 'inherit', down: 'inherit' },
};

/** The stylesheet's lines for the inline quotes (wxt.config.ts appends them to clean reading's). */
export function inlineQuoteCss(): string {
  const lines: string[] = [];
  for (const [convention, color] of Object.entries(COLORS)) {
    const gate = `html[${STATE_ATTR}="on"][${COLORS_ATTR}="${convention}"]`;
    lines.push(`${gate} [${DIRECTION_ATTR}="up"] font{color:${color.up}!important}`);
    lines.push(`${gate} [${DIRECTION_ATTR}="down"] font{color:${color.down}!important}`);
    lines.push(`${gate} [${DIRECTION_ATTR}="flat"] font{color:inherit!important}`);
  }
  return lines.join('\n');
}

export type InlineQuoteColors = {
  setColors(colors: ColorConvention): void;
  /** Removes the attributes FinLens set: Sina's colours come back. */
  dispose(): void;
};

/**
 * Marks each quote span with its direction now and again whenever Sina's script rewrites it (one
 * MutationObserver, observing those spans only), until `signal` aborts or dispose().
 */
export function recolorInlineQuotes(doc: Document, spans: readonly Element[], colors: ColorConvention, signal?: AbortSignal): InlineQuoteColors {
  const root = doc.documentElement;
  const mark = (span: Element) => {
    const direction = parsePageQuote(span.textContent)?.direction;
    if (!direction) span.removeAttribute(DIRECTION_ATTR);
    else if (span.getAttribute(DIRECTION_ATTR) !== direction) span.setAttribute(DIRECTION_ATTR, direction);
  };
  // A record's target may be a text node or a <font> inside the span: its span is found by climbing a few
  // parents, not by asking every span (Sina rewrites all its quotes at once: 2,000 spans made that 4 million
  // checks a refresh).
  const tracked = new Set<Node>(spans);
  const spanOf = (node: Node | null): Element | null => {
    for (let n = node; n; n = n.parentNode) if (tracked.has(n)) return n as Element;
    return null;
  };
  const MO = doc.defaultView?.MutationObserver;
  const observer = MO
    ? new MO((records) => {
        for (const span of new Set(records.map((r) => spanOf(r.target)))) if (span) mark(span);
      })
    : null;
  let disposed = false;
  // issue 15: 2,000 quotes marked at once were a long task; a page of a few is marked before this returns
  function* markEach(): Steps<void> {
    for (let i = 0; i < spans.length && !disposed; i++) {
      mark(spans[i]!);
      observer?.observe(spans[i]!, { childList: true, characterData: true, subtree: true });
      if (i % SPANS_PER_STEP === SPANS_PER_STEP - 1) yield;
    }
  }
  void runInSlices(markEach(), { budgetMs: SLICE_MS, measure: 'finlens:marking inline quotes' });
  root.setAttribute(COLORS_ATTR, colors);
  const dispose = () => {
    disposed = true;
    observer?.disconnect();
    root.removeAttribute(COLORS_ATTR);
    for (const span of spans) span.removeAttribute(DIRECTION_ATTR);
  };
  signal?.addEventListener('abort', dispose, { once: true });
  return { setColors: (next) => root.setAttribute(COLORS_ATTR, next), dispose };
}
