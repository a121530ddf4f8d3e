// Clean reading, losslessly: boilerplate is hidden by CSS, never removed, and
// every rule is gated by attributes on <html> (cleaning-attributes.ts), so
// "show original", each category toggle and undo are one attribute flip;
// data-finlens-spare marks a block a rule matches that holds the article
// (damaged markup: swallowed.ts), never hidden.
// e.g. html[data-finlens="on"]:not([data-finlens-keep~="ads"]) :is(.sinaads,…) { display: none !important }
// Pure over a Document (no extension API): it runs in the content script, in
// happy-dom/linkedom tests and in the analyze CLI.
import { boilerplateRules, structuralRules, type BoilerplateRule, type StructuralRule } from './boilerplate-rules';
import { structuralUnder, type RuleMatch } from './boilerplate';
import type { Category } from './categories';
import { guardAttributes, GUARD_BOUNDS, type AttributeGuardBounds } from './attribute-guard';
import {
  DEFAULT_STATE,
  HIDE_ATTR,
  KEEP_ATTR,
  keepValue,
  STATE_ATTR,
  stateValue,
  type CleaningState,
} from './cleaning-attributes';

export * from './cleaning-attributes';

export const SPARE_ATTR = 'data-finlens-spare';

export const STYLE_ID = 'finlens-clean-style';

/**
 * Bounds of the MutationObserver, so its cost stays small on a busy page. CSS
 * already hides late content that matches a selector (the rules are live); the
 * observer only keeps FinLens's style and attributes in place and applies the
 * structural rules to subtrees added later outside the article body (mutations
 * inside the body are ignored: Sina's quote script rewrites quote_ spans every
 * few seconds), except inside known ad containers.
 */
export type ObserveBounds = {
  /** Mutation records looked at per callback (records are batched by the browser); the rest are skipped. */
  recordsPerBatch: number;
  /** Elements examined per callback. */
  elementsPerBatch: number;
  /** Elements examined in all; then the observer disconnects. */
  elementsTotal: number;
  /** Lifetime after observe(); then the observer disconnects (ads load in the first seconds). */
  lifetimeMs: number;
  /** Times FinLens restores its own style if the page removes it; then it gives up (the attributes: attribute-guard.ts). */
  repairs: number;
};
export const DEFAULT_BOUNDS: ObserveBounds = {
  recordsPerBatch: 200,
  elementsPerBatch: 2_000,
  elementsTotal: 20_000,
  lifetimeMs: 30_000,
  repairs: 10,
};

// In-body containers that scripts fill with ads (tram: #ad_44086.otherContent_01; mobile: [sax-type]).
const BODY_AD_CONTAINERS = '.otherContent_01, ins.sinaads, [sax-type]';

const gate = (category: Category) => `html[${STATE_ATTR}="on"]:not([${KEEP_ATTR}~="${category}"])`;
const HIDE = '{display:none!important}';
const UNLESS_SPARED = `:not([${SPARE_ATTR}])`;

/**
 * The whole stylesheet: one CSS rule per category, its selectors in one :is(). :is() takes a forgiving
 * selector list, so a selector a browser rejects drops out alone and the rest of the rule stays; and the
 * gate is written once per category, not once per selector (the stylesheet is part of the size budget).
 */
export function boilerplateCss(
  rules: readonly BoilerplateRule[] = boilerplateRules,
  structural: readonly StructuralRule[] = structuralRules,
): string {
  const lines: string[] = [];
  const byCategory = new Map<Category, string[]>();
  for (const rule of rules) {
    for (const s of rule.selectors) {
      // A selector with a combinator keeps its own rule: happy-dom, whose CSS the corpus tests evaluate, misreads one inside :is().
      if (/[\s>+~]/.test(s.replace(/\[[^\]]*\]/g, ''))) lines.push(`${gate(rule.category)} ${s}${UNLESS_SPARED}${HIDE}`);
      else byCategory.set(rule.category, [...(byCategory.get(rule.category) ?? []), s]);
    }
  }
  for (const [category, selectors] of byCategory) lines.push(`${gate(category)} :is(${selectors.join()})${UNLESS_SPARED}${HIDE}`);
  for (const category of new Set(structural.map((r) => r.category))) {
    lines.push(`${gate(category)} [${HIDE_ATTR}~="${category}"]${HIDE}`);
  }
  return lines.join('\n');
}

/** Where the content script's manifest entry lists the stylesheet (wxt.config.ts writes it from the rules at build time). */
export const STYLESHEET_FILE = 'content-scripts/clean-reading.css';

export type InstallOptions = {
  /**
   * The browser already applies the stylesheet (the manifest lists it with the
   * content script, so it is parsed before the page's first byte and never
   * sits in the page's DOM). Otherwise a <style> is injected: tests, the CLI.
   */
  stylesheetInManifest?: boolean;
  /** How hard the attributes on <html> are kept if the page undoes them (attribute-guard.ts). */
  guard?: AttributeGuardBounds;
};

export type Cleaning = {
  /** Flip cleaning on/off or change the categories shown anyway. */
  update(state: Partial<CleaningState>): void;
  /**
   * Mark what CSS cannot select inside the article body; returns how many
   * elements were marked. The structural matches the article model found
   * while reading the body are used as they are (not looked for again).
   */
  markStructure(article: { body: Element; structural?: readonly RuleMatch[]; spared?: readonly Element[] }): number;
  /** Watch late content within `bounds` until `signal` aborts or a bound is reached. */
  observe(signal?: AbortSignal, bounds?: Partial<ObserveBounds>): void;
  /** Remove the style, the attributes and the marks: the page is as it was. */
  dispose(): void;
  /** The page kept undoing clean reading, and FinLens stopped: the page is as Sina shows it. */
  readonly contested: boolean;
};

function addToken(el: Element, attr: string, token: string) {
  const tokens = new Set((el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean));
  tokens.add(token);
  el.setAttribute(attr, [...tokens].join(' '));
}

/** The <style> that carries the stylesheet where no manifest does (at document_start <head> may not exist yet: it goes to <html>). */
function styleElement(doc: Document): HTMLStyleElement {
  // One install per document: a style left by an earlier one (a re-run content script) goes.
  doc.getElementById(STYLE_ID)?.remove();
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = boilerplateCss();
  return style;
}

/**
 * Starts clean reading on `doc`: sets the attributes that switch the
 * stylesheet on (and injects it, unless the manifest does). Call dispose() if
 * the page turns out not to be an article.
 */
export function installCleaning(doc: Document, initial: Partial<CleaningState> = {}, options: InstallOptions = {}): Cleaning {
  return startCleaning(doc, initial, options.stylesheetInManifest ? null : styleElement(doc), options.guard);
}

/**
 * installCleaning for the content script, where the manifest applies the stylesheet: calling this
 * instead keeps the code that writes the stylesheet (boilerplateCss) out of the content script's bundle.
 */
export function installManifestCleaning(doc: Document, initial: Partial<CleaningState> = {}, guardBounds?: AttributeGuardBounds): Cleaning {
  return startCleaning(doc, initial, null, guardBounds);
}

function startCleaning(doc: Document, initial: Partial<CleaningState>, style: HTMLStyleElement | null, guardBounds = GUARD_BOUNDS): Cleaning {
  let state: CleaningState = { ...DEFAULT_STATE, ...initial };
  const root = doc.documentElement;
  const marked = new Set<Element>(); // what the structural rules marked, for dispose()
  const spared = new Set<Element>();
  let body: Element | null = null;
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;
  const guard = guardAttributes(root, guardBounds);

  const apply = () => {
    if (disposed) return;
    guard.set({ [STATE_ATTR]: stateValue(state), [KEEP_ATTR]: keepValue(state) });
    if (style && !style.isConnected && !guard.gaveUp) root.appendChild(style);
  };
  apply();

  const mark = (el: Element, match: RuleMatch) => {
    addToken(el, HIDE_ATTR, match.category);
    marked.add(el);
  };

  const markMatches = (matches: readonly RuleMatch[]) => {
    let n = 0;
    for (const match of matches) {
      for (const el of match.elements) {
        if (body && (el === body || el.contains(body))) continue; // never hide the body or what holds it
        mark(el, match);
        n++;
      }
    }
    return n;
  };

  const stopObserving = () => {
    observer?.disconnect();
    observer = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  return {
    update(next) {
      state = { ...state, ...next };
      apply();
    },

    markStructure(article) {
      if (disposed) return 0;
      body = article.body;
      for (const el of article.spared ?? []) {
        el.setAttribute(SPARE_ATTR, '');
        spared.add(el);
      }
      return markMatches(article.structural ?? structuralUnder(article.body));
    },

    observe(signal, partial) {
      if (disposed || observer || signal?.aborted) return;
      const bounds = { ...DEFAULT_BOUNDS, ...partial };
      const MO = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
      if (!MO) return;
      let examined = 0;
      let repairs = 0;
      const onBatch = (records: MutationRecord[]) => {
        if (disposed) return;
        // Keep FinLens's own style in place if the page removed it (bounded: no tug of war).
        if (style?.isConnected === false && repairs < bounds.repairs) {
          repairs++;
          apply();
        }
        let batch = 0;
        for (const record of records.slice(0, bounds.recordsPerBatch)) {
          for (const node of Array.from(record.addedNodes)) {
            if (node.nodeType !== 1 || batch >= bounds.elementsPerBatch) continue;
            const el = node as Element;
            if (body && body.contains(el) && !el.closest(BODY_AD_CONTAINERS)) continue;
            batch += 1 + el.getElementsByTagName('*').length;
            markMatches(structuralUnder(el));
          }
        }
        examined += batch;
        if (examined >= bounds.elementsTotal) stopObserving();
      };
      observer = new MO(onBatch);
      observer.observe(root, { childList: true, subtree: true });
      timer = setTimeout(stopObserving, bounds.lifetimeMs);
      signal?.addEventListener('abort', stopObserving, { once: true });
    },

    dispose() {
      if (disposed) return;
      stopObserving();
      guard.stop();
      disposed = true;
      style?.remove();
      root.removeAttribute(STATE_ATTR);
      root.removeAttribute(KEEP_ATTR);
      for (const el of marked) el.removeAttribute(HIDE_ATTR);
      // Marks set by an earlier install on the same document, if any, go too.
      for (const el of Array.from(doc.querySelectorAll(`[${HIDE_ATTR}]`))) el.removeAttribute(HIDE_ATTR);
      marked.clear();
      for (const el of spared) el.removeAttribute(SPARE_ATTR);
      spared.clear();
    },

    get contested() {
      return guard.gaveUp;
    },
  };
}
