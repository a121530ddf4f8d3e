// Background logic: the badge shows the key-figure count of an article tab, on
// the icon in colour, and is cleared (the icon dimmed) when the tab leaves the
// article; the keyboard command asks the
// right tab to toggle clean reading.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, clearBadge, clearsBadge, showKeyFigureCount, toolbarAction, type BadgeApi } from '@/utils/toolbar-badge';
import { DIM_ICONS, ICONS } from '@/utils/toolbar-icon';
import { runCommand, TOGGLE_CLEANING_COMMAND } from '@/utils/keyboard-commands';
import { createBackgroundRouter } from '@/utils/message-receiver';
import { defaultSettings } from '@/utils/settings-schema';

const ARTICLE = 'https://finance.sina.com.cn/stock/s/2024-04-30/doc-inatyxyz1234567.shtml';

beforeEach(() => {
  fakeBrowser.reset();
  // the fake browser has no setIcon: record the calls
  Object.assign(fakeBrowser.action, { setIcon: vi.fn(async () => {}) });
});

/** An action that records what it was told, call by call. */
function recordingAction() {
  const calls: string[] = [];
  const action: BadgeApi = {
    setBadgeText: ({ text, tabId }) => void calls.push(`text ${tabId} ${JSON.stringify(text)}`),
    setBadgeBackgroundColor: ({ tabId }) => void calls.push(`colour ${tabId}`),
    setIcon: ({ path, tabId }) => void calls.push(`icon ${tabId} ${path === ICONS ? 'colour' : path === DIM_ICONS ? 'dim' : '?'}`),
  };
  return { action, calls };
}

describe('badge', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [Number.NaN, ''],
    [1, '1'],
    [8, '8'],
    [99, '99'],
    [100, '99+'],
  ])('%d key figures → %j', (count, text) => expect(badgeText(count)).toBe(text));

  it('is set per tab, with a colour, on browser.action', async () => {
    await showKeyFigureCount(3, 8);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('8');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 3 })).toEqual([31, 95, 191, 255]);
    await clearBadge(3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('shows the icon in colour on a tab FinLens reads, and dims it again when the tab leaves the article', async () => {
    const { action, calls } = recordingAction();
    await showKeyFigureCount(3, 0, action);
    await clearBadge(3, action);
    expect(calls).toEqual(['icon 3 colour', 'colour 3', 'text 3 ""', 'text 3 ""', 'icon 3 dim']);
  });

  it('falls back to browserAction (Firefox MV2)', () => {
    const browserAction: BadgeApi = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setIcon: vi.fn() };
    const saved = fakeBrowser.action;
    try {
      Object.assign(fakeBrowser, { action: undefined, browserAction });
      expect(toolbarAction()).toBe(browserAction);
    } finally {
      Object.assign(fakeBrowser, { action: saved });
    }
  });

  it('survives a tab that closed meanwhile', async () => {
    const gone = () => Promise.reject(new Error('No tab with id: 3'));
    const closed: BadgeApi = { setBadgeText: gone, setBadgeBackgroundColor: gone, setIcon: gone };
    await expect(showKeyFigureCount(3, 2, closed)).resolves.toBeUndefined();
    await expect(clearBadge(3, closed)).resolves.toBeUndefined();
  });

  it.each<[string, { status?: string; url?: string }, string | undefined, boolean]>([
    ['loading a non-article Sina page', { status: 'loading' }, 'https://finance.sina.com.cn/', true],
    ['loading a page FinLens may not see', { status: 'loading' }, undefined, true],
    ['a new non-article URL', { url: 'https://www.example.com/' }, 'https://www.example.com/', true],
    ['loading an article (it will report)', { status: 'loading' }, ARTICLE, false],
    ['an article URL change', { url: `${ARTICLE}#comments` }, ARTICLE, false],
    ['complete', { status: 'complete' }, 'https://finance.sina.com.cn/', false],
    ['a title change', {}, 'https://finance.sina.com.cn/', false],
  ])('%s → clear: %s', (_name, change, url, clear) => expect(clearsBadge(change, url)).toBe(clear));

  it('follows a badge message from a content script', async () => {
    const self = { id: 'finlens-id', origin: 'chrome-extension://finlens-id' };
    const listener = createBackgroundRouter(
      {
        'finlens/badge': async (message, sender) => {
          await showKeyFigureCount(sender.tab!.id!, message.count);
          return { ok: true };
        },
        'finlens/article-text': () => ({ ok: true }),
        'finlens/analyze-article': () => ({ ok: true, figures: [], byStock: {}, key: [] }),
        'finlens/quote': () => ({ ok: true, quote: null }),
        'finlens/get-settings': () => ({ ok: true, settings: defaultSettings() }),
      },
      () => self,
    );
    const reply = await new Promise((resolve) =>
      listener({ type: 'finlens/badge', count: 5 }, { id: self.id, url: ARTICLE, tab: { id: 9 } as never }, resolve),
    );
    expect(reply).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('5');
  });
});

describe('keyboard command', () => {
  const deps = (activeTabId?: number) => ({
    activeTabId: vi.fn(async () => activeTabId),
    send: vi.fn(async () => ({ ok: false as const, error: 'no-answer' })),
  });

  it('asks the tab the browser names to toggle clean reading', async () => {
    const d = deps(1);
    await runCommand(TOGGLE_CLEANING_COMMAND, { id: 4 }, d);
    expect(d.send).toHaveBeenCalledWith(4, { type: 'finlens/toggle-cleaning' });
    expect(d.activeTabId).not.toHaveBeenCalled();
  });

  it('falls back to the active tab', async () => {
    const d = deps(2);
    await runCommand(TOGGLE_CLEANING_COMMAND, undefined, d);
    expect(d.send).toHaveBeenCalledWith(2, { type: 'finlens/toggle-cleaning' });
  });

  it('does nothing without a tab, or for another command', async () => {
    const d = deps(undefined);
    await runCommand(TOGGLE_CLEANING_COMMAND, undefined, d);
    await runCommand('_execute_action', { id: 3 }, d);
    expect(d.send).not.toHaveBeenCalled();
  });
});
