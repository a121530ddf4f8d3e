// The content script reads the same stored settings as the extension's pages,
// through the background, which repairs them with the schema: defaults,
// repairs, v1 values, and changes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRouter, type MessageSender } from '@/utils/message-receiver';
import { loadPageSettings, watchPageSettings } from '@/utils/page-settings';
import { defaultSettings, loadSettings, saveSettings } from '@/utils/settings';

const SELF = { id: 'finlens-id', origin: 'chrome-extension://finlens-id' };
const contentScript: MessageSender = { id: SELF.id, url: 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml', tab: { id: 7 } as MessageSender['tab'] };

/** The background's router with its real settings handler (fakeBrowser sends with an empty sender: a content script's is put in). */
function playBackground() {
  const router = createBackgroundRouter(
    {
      'finlens/badge': () => ({ ok: true }),
      'finlens/article-text': () => ({ ok: true }),
      'finlens/analyze-article': () => ({ ok: true, figures: [], byStock: {}, key: [] }),
      'finlens/get-settings': async () => ({ ok: true, settings: await loadSettings() }),
      'finlens/quote': () => ({ ok: true, quote: null }),
    },
    () => SELF,
  );
  fakeBrowser.runtime.onMessage.addListener((message, _sender, respond) => router(message, contentScript, respond));
}

describe('settings as the content script reads them', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    playBackground();
  });

  it('keep the stored cleaning and layout (read through fixed tables), the rest the defaults, when the background does not answer', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { cleaning: { enabled: false }, reading: { size: 22 }, colors: 'green-up' } });
    const defaults = defaultSettings();
    expect(await loadPageSettings()).toEqual({ ...defaults, cleaning: { ...defaults.cleaning, enabled: false }, reading: { ...defaults.reading, size: 22 } });
  });

  it('are the defaults when nothing is stored', async () => {
    expect(await loadPageSettings()).toEqual(defaultSettings());
  });

  it.each([
    ['a string', 'junk'],
    ['an array', [1, 2, 3]],
    ['wrong field types', { cleaning: 'yes', colors: 42, keyFigures: 'many' }],
  ])('repair %s to the defaults, like the extension pages do', async (_name, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await loadPageSettings()).toEqual(await loadSettings());
    expect(await loadPageSettings()).toEqual(defaultSettings());
  });

  it('read a version 1 value as its migration would', async () => {
    await fakeBrowser.storage.local.set({ settings: { clean: false, greenUp: true, panelOnHover: true } });
    const read = await loadPageSettings();
    expect(read.cleaning.enabled).toBe(false);
    expect(read.colors).toBe('green-up');
    expect(read.panel.openOn).toBe('hover');
  });

  it('see what the options page saves', async () => {
    const seen = vi.fn();
    const unwatch = watchPageSettings(seen);
    await saveSettings({ colors: 'neutral', keyFigures: 5 });
    // parsed once the schema is loaded: a moment after the change
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ colors: 'neutral', keyFigures: 5 })));
    unwatch();
    await saveSettings({ colors: 'green-up' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
