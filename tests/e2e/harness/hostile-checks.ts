// In-page checks for hostile-pages.e2e.test.ts. Written without the built-ins a poisoned page
// breaks (no Array methods, iterators, spread, JSON or Promise): plain loops over the DOM, and
// results made of numbers, strings and booleans, so they run unchanged on every page of the test.

export type PageState = {
  /** data-finlens on <html> (null: absent). */
  finlens: string | null;
  /** Every data-finlens* attribute name on <html>, joined by spaces. */
  htmlAttributes: string;
  paragraphs: number;
  /** Paragraphs of #artibody the browser does not render. */
  hiddenParagraphs: number;
  /** Promos (listed by selector) that are rendered, and how many there are. */
  shownPromos: number;
  promos: number;
  /** Trigger hosts in the page whose shadow root holds a button. */
  triggers: number;
};

/** Runs in the page. */
export function pageState(promoSelectors: string): PageState {
  const shown = (el: Element) =>
    typeof el.checkVisibility === 'function'
      ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)
      : el.getClientRects().length > 0;
  const html = document.documentElement;
  let htmlAttributes = '';
  for (let i = 0; i < html.attributes.length; i++) {
    const name = html.attributes[i]!.name;
    if (name.indexOf('data-finlens') === 0) htmlAttributes += (htmlAttributes ? ' ' : '') + name;
  }
  const ps = document.querySelectorAll('#artibody p');
  let hiddenParagraphs = 0;
  for (let i = 0; i < ps.length; i++) if (!shown(ps[i]!)) hiddenParagraphs++;
  const promos = document.querySelectorAll(promoSelectors);
  let shownPromos = 0;
  for (let i = 0; i < promos.length; i++) if (shown(promos[i]!)) shownPromos++;
  const hosts = document.querySelectorAll('finlens-trigger');
  let triggers = 0;
  for (let i = 0; i < hosts.length; i++) if (hosts[i]!.shadowRoot?.querySelector('button[data-stock-code]')) triggers++;
  return {
    finlens: html.getAttribute('data-finlens'),
    htmlAttributes,
    paragraphs: ps.length,
    hiddenParagraphs,
    shownPromos,
    promos: promos.length,
    triggers,
  };
}

/** Runs in the page: scrolls the trigger of `code` into view and returns its button's centre (null: no such trigger). */
export function triggerCentre(code: string): { x: number; y: number } | null {
  const host = document.querySelector(`finlens-trigger[data-code="${code}"]`);
  const button = host?.shadowRoot?.querySelector('button');
  if (!button) return null;
  button.scrollIntoView({ block: 'center' });
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Runs in the page: the open panel's dialog text (null: no panel open). */
export function openPanelText(): string | null {
  const host = document.querySelector('finlens-panel') as HTMLElement | null;
  const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
  return host && !host.hidden && dialog ? (dialog.textContent ?? '') : null;
}

/**
 * Runs in the page: FinLens's User Timing measures (finlens:<part>, one per slice of main-thread
 * work, entrypoints/article-end/safely.ts) as "name @start duration", and Chromium's long tasks
 * (window.__longTasks, recorded from the first script on) as "start duration", with the share of
 * each long task spent in FinLens's measures.
 */
export function timings(): { measures: string[]; longTasks: string[] } {
  const measures: string[] = [];
  const entries = performance.getEntriesByType('measure');
  const ours: PerformanceEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.name.indexOf('finlens:') !== 0) continue;
    ours[ours.length] = e;
    measures[measures.length] = `${e.name} @${e.startTime.toFixed(0)} ${e.duration.toFixed(1)}`;
  }
  const longTasks: string[] = [];
  const recorded = (window as unknown as { __longTasks?: { start: number; duration: number }[] }).__longTasks ?? [];
  for (let i = 0; i < recorded.length; i++) {
    const t = recorded[i]!;
    let inFinLens = 0;
    for (let j = 0; j < ours.length; j++) {
      const m = ours[j]!;
      inFinLens += Math.max(0, Math.min(t.start + t.duration, m.startTime + m.duration) - Math.max(t.start, m.startTime));
    }
    longTasks[longTasks.length] = `${t.start.toFixed(0)} ${t.duration.toFixed(1)} ${inFinLens.toFixed(1)}`;
  }
  return { measures, longTasks };
}

/** Runs in the page before its own scripts (Chromium only has 'longtask' entries): records every long task. */
export function recordLongTasks(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++) w.__longTasks[w.__longTasks.length] = { start: entries[i]!.startTime, duration: entries[i]!.duration };
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // this browser has no long task entries
  }
}
