// The toolbar badge: how many key figures the article in a tab has, on the
// icon in colour (FinLens at work there; it is dimmed elsewhere, see
// toolbar-icon.ts). Set when that tab's content script reports its count;
// cleared, and the icon dimmed again, when the tab goes to a page that is not
// a Sina article (browsers also reset tab-specific badges on
// navigation, but not on every kind of URL change, and not in every browser).
// Chrome MV3 has browser.action, Firefox MV2 browser.browserAction.
import { browser } from '#imports';
import { isSinaArticleUrl } from './sina/detect';
import { DIM_ICONS, ICONS } from './toolbar-icon';

export type BadgeApi = {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
  setIcon(details: { path: Record<number, string>; tabId?: number }): Promise<void> | void;
};

/** browser.action (MV3) or browser.browserAction (MV2). */
export function toolbarAction(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

/** Same as --fl-color-accent (light) in assets/tokens.css: white text on it passes WCAG AA. */
export const BADGE_COLOR = '#1f5fbf';

/** "" (no badge) for none, the count, or "99+". */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

export async function showKeyFigureCount(tabId: number, count: number, action = toolbarAction()): Promise<void> {
  if (!action) return;
  try {
    await action.setIcon({ tabId, path: ICONS });
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setBadgeText({ tabId, text: badgeText(count) });
  } catch {
    // the tab closed meanwhile
  }
}

export async function clearBadge(tabId: number, action = toolbarAction()): Promise<void> {
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: '' });
    await action.setIcon({ tabId, path: DIM_ICONS });
  } catch {
    // the tab closed meanwhile
  }
}

/**
 * Should a tab update clear the badge? Only when the tab starts loading or
 * changes URL, and the new URL is not a Sina article (on an article, its
 * content script sends the new count). An unknown URL (a host FinLens has no
 * permission for) is not an article.
 */
export function clearsBadge(change: { status?: string; url?: string }, tabUrl: string | undefined): boolean {
  if (change.status !== 'loading' && change.url === undefined) return false;
  const url = change.url ?? tabUrl;
  return url === undefined || !isSinaArticleUrl(url);
}
