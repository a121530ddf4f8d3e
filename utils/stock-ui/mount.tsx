// Puts FinLens into the article: one trigger after each stock keyword link, one panel at a time, and the
// rules for opening and closing them. DOM only (no extension API), so all of it runs in happy-dom tests.
import { render } from 'preact';
import type { FigureInContext } from '@/utils/figures';
import { StockPanel } from '@/components/stock/StockPanel';
import { StockTrigger } from '@/components/stock/StockTrigger';
import type { FormatFigure } from '@/components/stock/format-figure';
import type { Translate } from '@/utils/i18n-keys';
import { AnchoredPanel } from './anchored-panel';
import { keepHostsMounted } from './host-keeper';
import { inSlices } from './in-slices';
import { SLICE_MS } from '@/utils/time-slices';
import { applyScheme, pageScheme, type PageScheme } from './page-scheme';
import { parsePageQuote } from '@/utils/quote/page-quote';
import type { Quote } from '@/utils/quote/quote';
import { watchQuoteSpan } from './quote-watch';
import { PANEL_CSS, TRIGGER_CSS } from './styles';
import type { StockLinkInPage, StockUi, StockUiOptions, StockUiSettings } from './types';

export type MountOptions = StockUiOptions & {
  /** Strings (defaults to the extension's i18n). */
  t?: Translate;
  /** How values are written (the engine's formatFigure, or values it formatted in the background). */
  format: FormatFigure;
  /** Hover mode's delays in ms. */
  hoverDelay?: { open: number; close: number };
};

type Trigger = { stock: StockLinkInPage; host: HTMLElement; root: ShadowRoot; button: HTMLButtonElement | null };
type CloseHow = { returnFocus: boolean; preventScroll?: boolean };

export const TRIGGER_TAG = 'finlens-trigger';
export const PANEL_TAG = 'finlens-panel';
/**
 * Triggers mounted per slice (in-slices.ts): one takes ~0.1–0.2 ms in headless Chromium and
 * ~0.3–0.6 ms in Firefox ESR on a loaded 2-core machine, so 20 keep a slice near 10 ms in both.
 */
export const TRIGGERS_PER_SLICE = 20;
const STOCK_SPAN_ID = /^(?:stock|usstock|hkstock|bjstock)_/i;

export function mountStockUi(doc: Document, options: MountOptions): StockUi {
  const view = doc.defaultView;
  if (!view) throw new Error('mountStockUi needs a document with a window');
  const win: Window = view;
  const { t, format } = options;
  const delay = options.hoverDelay ?? { open: 250, close: 300 };
  // Read when the first host is made: it asks for the page's computed style, a style recalculation
  // that a page with no stock links need not pay.
  let scheme: PageScheme | undefined;
  const schemeOf = () => (scheme === undefined ? (scheme = pageScheme(doc)) : scheme);
  const listeners = new AbortController();
  const figureCache = new Map<string, FigureInContext[]>();
  let settings: StockUiSettings = { ...options.settings };
  let current: Trigger | null = null;
  let openedByHover = false;
  let panel: { host: HTMLElement; root: ShadowRoot; anchored: AnchoredPanel } | null = null;
  let hoverTimer = 0;
  /** Stops following the open panel's quote span, and the quote service. */
  let unwatchQuote = () => {};
  /** The quote service's latest quote for the open panel's stock, when its page span has none. */
  let serviceQuote: Quote | null = null;
  /** Set while focus is handed back to a trigger, so hover mode does not reopen on that focus. */
  let suppressFocusOpen = false;
  let destroyed = false;

  const figuresOf = (code: string): FigureInContext[] => {
    let all = figureCache.get(code);
    if (!all) figureCache.set(code, (all = options.figuresFor(code)));
    const kinds = new Set(settings.kinds);
    return all.filter((fig) => kinds.has(fig.kind));
  };
  const visibleKeyFigures = () => options.keyFigures.filter((fig) => settings.kinds.includes(fig.kind));

  // Mounted in slices (in-slices.ts): 2,000 triggers in one go would be a long task for the page.
  const triggers: Trigger[] = [];
  const byHost = new Map<Element, Trigger>();
  function mountTrigger(stock: StockLinkInPage): void {
    const host = doc.createElement(TRIGGER_TAG);
    host.setAttribute('data-code', stock.code);
    applyScheme(host, schemeOf());
    const root = host.attachShadow({ mode: 'open' });
    insertionPoint(stock).after(host);
    const trigger: Trigger = { stock, host, root, button: null };
    host.addEventListener('pointerenter', (e) => hoverIn(trigger, e), { signal: listeners.signal });
    host.addEventListener('pointerleave', (e) => hoverOut(e), { signal: listeners.signal });
    host.addEventListener('focusin', () => focusIn(trigger), { signal: listeners.signal });
    host.addEventListener('focusout', (e) => focusOut(e), { signal: listeners.signal });
    triggers.push(trigger);
    byHost.set(host, trigger);
    renderTrigger(trigger);
  }

  // issue 15: hosts the page removes go back in place, within a bound (host-keeper.ts); the map is
  // read live, so hosts of later slices are kept too
  const stopKeeping = keepHostsMounted(doc, byHost, (host) => {
    const trigger = byHost.get(host);
    if (!trigger || destroyed || !trigger.stock.anchor.isConnected) return false;
    insertionPoint(trigger.stock).after(host);
    return true;
  });

  function renderTrigger(trigger: Trigger): void {
    const { code, name } = trigger.stock;
    render(
      <>
        <style>{TRIGGER_CSS}</style>
        <StockTrigger
          code={code}
          name={name}
          count={figuresOf(code).length}
          expanded={isOpen(trigger)}
          onClick={() => activate(trigger)}
          buttonRef={(el) => {
            trigger.button = el;
          }}
          t={t}
        />
      </>,
      trigger.root,
    );
  }

  function renderPanel(): void {
    if (!current || !panel) return;
    const { stock } = current;
    render(
      <>
        <style>{PANEL_CSS}</style>
        <StockPanel
          stock={stock}
          quote={parsePageQuote(stock.quote?.textContent) ?? serviceQuote}
          figures={figuresOf(stock.code)}
          keyFigures={visibleKeyFigures()}
          colors={settings.colors}
          lang={options.lang}
          onReveal={reveal}
          onClose={() => close({ returnFocus: true })}
          format={format}
          t={t}
        />
      </>,
      panel.root,
    );
  }

  /** Sina's span while the panel is open; the quote service too when the span holds no quote (and the reader wants it). */
  function followQuote(stock: StockLinkInPage): () => void {
    serviceQuote = null;
    const unwatchSpan = watchQuoteSpan(stock.quote, renderPanel);
    if (!options.serviceQuote || parsePageQuote(stock.quote?.textContent)) return unwatchSpan;
    const stopService = options.serviceQuote(stock, (quote) => {
      serviceQuote = quote;
      renderPanel();
    });
    return () => {
      unwatchSpan();
      stopService();
    };
  }

  function ensurePanelHost() {
    if (panel) return panel;
    const host = doc.createElement(PANEL_TAG);
    host.hidden = true;
    applyScheme(host, schemeOf());
    const root = host.attachShadow({ mode: 'open' });
    (doc.body ?? doc.documentElement).append(host);
    host.addEventListener('pointerenter', () => clearTimer(), { signal: listeners.signal });
    host.addEventListener('pointerleave', (e) => hoverOut(e), { signal: listeners.signal });
    host.addEventListener('focusout', (e) => focusOut(e), { signal: listeners.signal });
    panel = { host, root, anchored: new AnchoredPanel(host) };
    return panel;
  }

  function isOpen(trigger: Trigger): boolean {
    return current === trigger;
  }

  /** Click, Enter or Space on a trigger: open (focus into the panel), or close when it is already open. */
  function activate(trigger: Trigger): void {
    clearTimer();
    if (isOpen(trigger) && openedByHover) {
      openedByHover = false;
      focusPanel();
    } else if (isOpen(trigger)) close({ returnFocus: true });
    else open(trigger, true, false);
  }

  function open(trigger: Trigger, moveFocus: boolean, byHover: boolean): void {
    if (destroyed) return;
    clearTimer();
    if (current && current !== trigger) close({ returnFocus: false });
    const previous = current;
    current = trigger;
    openedByHover = byHover;
    const { host, anchored } = ensurePanelHost();
    renderPanel();
    host.hidden = false;
    if (previous !== trigger) {
      renderTrigger(trigger);
      unwatchQuote = followQuote(trigger.stock);
    }
    anchored.follow(trigger.host);
    if (moveFocus) focusPanel();
  }

  function focusPanel(): void {
    const heading = panel?.root.querySelector<HTMLElement>('#fl-panel-title');
    heading?.focus({ preventScroll: true });
  }

  function close(how: CloseHow): void {
    clearTimer();
    const trigger = current;
    if (!trigger || !panel) return;
    current = null;
    openedByHover = false;
    unwatchQuote();
    unwatchQuote = () => {};
    panel.anchored.stop();
    render(null, panel.root);
    panel.host.hidden = true;
    renderTrigger(trigger);
    if (how.returnFocus && trigger.button) {
      suppressFocusOpen = true;
      trigger.button.focus({ preventScroll: how.preventScroll ?? false });
      suppressFocusOpen = false;
    }
  }

  function reveal(fig: FigureInContext): void {
    close({ returnFocus: true, preventScroll: true });
    options.onReveal(fig);
  }

  // Hover mode: open after a short delay on pointer or focus, close a little after the pointer or focus
  // leaves both the trigger and the panel (so the pointer can travel from one to the other).
  function later(action: () => void, ms: number): void {
    if (suppressFocusOpen) return;
    clearTimer();
    hoverTimer = win.setTimeout(() => {
      hoverTimer = 0;
      action();
    }, ms);
  }
  function clearTimer(): void {
    if (hoverTimer) win.clearTimeout(hoverTimer);
    hoverTimer = 0;
  }
  function hoverIn(trigger: Trigger, event: PointerEvent): void {
    if (settings.openOn !== 'hover' || event.pointerType === 'touch') return;
    if (isOpen(trigger)) clearTimer();
    else later(() => open(trigger, false, true), delay.open);
  }
  function hoverOut(event: PointerEvent): void {
    if (settings.openOn !== 'hover' || event.pointerType === 'touch') return;
    if (current && openedByHover) later(() => close({ returnFocus: false }), delay.close);
    else if (!current) clearTimer();
  }
  function focusIn(trigger: Trigger): void {
    if (settings.openOn === 'hover' && !isOpen(trigger)) later(() => open(trigger, false, true), delay.open);
  }
  function focusOut(event: FocusEvent): void {
    if (settings.openOn !== 'hover') return;
    const to = event.relatedTarget;
    if (to instanceof Node && (panel?.host.contains(to) || current?.host.contains(to))) return;
    if (current) later(() => close({ returnFocus: false }), delay.close);
    else clearTimer();
  }

  // Escape closes from anywhere (focus returns to the trigger when it was in the panel or on the trigger);
  // a press outside the trigger and the panel closes without moving focus.
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !current) return;
      const inside = event.composedPath().some((node) => node === panel?.host || node === current?.host);
      close({ returnFocus: inside });
    },
    { signal: listeners.signal },
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!current) return;
      const path = event.composedPath();
      if (path.includes(current.host) || (panel && path.includes(panel.host))) return;
      close({ returnFocus: false });
    },
    { capture: true, signal: listeners.signal },
  );

  const stopMounting = inSlices(options.stocks, mountTrigger, {
    perSlice: TRIGGERS_PER_SLICE,
    budgetMs: SLICE_MS, // …or fewer, once a slice has taken this long
    later: (next) => {
      const timer = win.setTimeout(next, 0);
      return () => win.clearTimeout(timer);
    },
    measure: 'finlens:stock triggers (later slice)',
  });

  return {
    open(code) {
      const trigger = triggers.find((tr) => tr.stock.code === code);
      if (!trigger) return false;
      if (!isOpen(trigger)) open(trigger, true, false);
      return true;
    },
    close: () => close({ returnFocus: true }),
    update(partial) {
      settings = { ...settings, ...partial };
      triggers.forEach(renderTrigger);
      if (current && panel) {
        renderPanel();
        panel.anchored.place();
      }
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopMounting();
      stopKeeping();
      clearTimer();
      listeners.abort();
      unwatchQuote();
      current = null;
      for (const trigger of triggers) {
        render(null, trigger.root);
        trigger.host.remove();
      }
      if (panel) {
        panel.anchored.stop();
        render(null, panel.root);
        panel.host.remove();
        panel = null;
      }
    },
  };
}

/** Right after Sina's `quote_<code>` span, else after the `stock_<code>` span, else after the link itself. */
function insertionPoint(stock: StockLinkInPage): Element {
  if (stock.quote?.isConnected) return stock.quote;
  const span = stock.anchor.parentElement;
  if (span && span.localName === 'span' && STOCK_SPAN_ID.test(span.id)) return span;
  return stock.anchor;
}
