// The content script reads the same stored settings as the extension's pages,
// through the storage API directly: defaults, repairs, v1 values, and changes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageSettings, watchPageSettings } from '@/utils/page-settings';
import { defaultSettings, loadSettings, saveSettings } from '@/utils/settings';

describe('settings as the content script reads them', () => {
  beforeEach(() => fakeBrowser.reset());

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
