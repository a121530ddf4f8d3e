// The popup's link to the browser. PopupApi is what the popup component needs,
// as plain functions (tests pass fakes); this module implements it: which tab
// the popup is about (the active tab, or `?tab=<id>` when end-to-end tests open
// popup.html as a page), and typed, validated messages to its content script.
import { browser } from '#imports';
import { sendToTab } from './message-client';
import { isSinaArticleUrl } from './sina/detect';
import type { Category } from './sina/categories';
import type { ArticleSummary, CleaningReply, ErrorReply, ReplyTo } from './messages';

export type SummaryState =
  | { status: 'loading' }
  | { status: 'ready'; summary: ArticleSummary }
  /** Not a Sina article, or a page where extensions cannot run. */
  | { status: 'not-article' }
  /** A Sina article whose content script did not answer (opened before FinLens was installed). */
  | { status: 'no-answer' };

export type PopupApi = {
  getSummary(): Promise<Exclude<SummaryState, { status: 'loading' }>>;
  /** Resolves to the tab's new cleaning state, or null when the tab did not do it. */
  setCleaning(enabled: boolean, hidden?: Partial<Record<Category, boolean>>): Promise<CleaningReply | null>;
  revealFigure(id: string): Promise<boolean>;
  openStock(code: string): Promise<boolean>;
  copyText(text: string): Promise<void>;
  openOptions(): void;
};

export type TargetTab = { id: number; url?: string };

/** The tab id of a `?tab=<id>` query, or null. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export async function findTargetTab(search: string): Promise<TargetTab | null> {
  try {
    const id = tabIdFromSearch(search);
    if (id !== null) {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id == null ? null : { id: tab.id, url: tab.url };
  } catch {
    return null;
  }
}

/**
 * What to show for a get-summary reply. Without an answer, a Sina article URL
 * means the page needs a reload; anything else (other sites, browser and store
 * pages, where FinLens cannot or does not run) is "not an article".
 */
export function summaryState(
  reply: ReplyTo<'finlens/get-summary'> | ErrorReply,
  tabUrl: string | undefined,
): Exclude<SummaryState, { status: 'loading' }> {
  if (reply.ok) return { status: 'ready', summary: reply };
  if ('reason' in reply) return { status: 'not-article' };
  return tabUrl !== undefined && isSinaArticleUrl(tabUrl) ? { status: 'no-answer' } : { status: 'not-article' };
}

export type ConnectionDeps = {
  send: typeof sendToTab;
  copy(text: string): Promise<void>;
  openOptions(): void;
};

const browserDeps: ConnectionDeps = {
  send: sendToTab,
  copy: (text) => navigator.clipboard.writeText(text),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

export function createPopupApi(tab: TargetTab | null, deps: ConnectionDeps = browserDeps): PopupApi {
  return {
    async getSummary() {
      if (!tab) return { status: 'not-article' };
      return summaryState(await deps.send(tab.id, { type: 'finlens/get-summary' }), tab.url);
    },
    async setCleaning(enabled, hidden) {
      if (!tab) return null;
      const reply = await deps.send(tab.id, { type: 'finlens/set-cleaning', enabled, ...(hidden ? { hidden } : {}) });
      return reply.ok ? reply : null;
    },
    async revealFigure(id) {
      return tab ? (await deps.send(tab.id, { type: 'finlens/reveal-figure', id })).ok : false;
    },
    async openStock(code) {
      return tab ? (await deps.send(tab.id, { type: 'finlens/open-stock', code })).ok : false;
    },
    copyText: (text) => deps.copy(text),
    openOptions: () => deps.openOptions(),
  };
}
