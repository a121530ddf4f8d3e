// Settings: defaults, field-wise repair of corrupt values, repair on save,
// the v1 → v2 migration, and changes reaching watchers.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applySettingsPatch,
  defaultSettings,
  loadSettings,
  migrateV1toV2,
  parseSettings,
  saveSettings,
  SETTINGS_VERSION,
  watchSettings,
} from '@/utils/settings';
import { DEFAULT_HIDDEN } from '@/utils/sina/categories';
import { FIGURE_KINDS } from '@/utils/figure-kinds';

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defaults', () => {
  it('are what a new reader gets', async () => {
    const settings = await loadSettings();
    expect(settings).toEqual({
      cleaning: { enabled: true, hidden: DEFAULT_HIDDEN },
      panel: { openOn: 'click' },
      colors: 'red-up',
      kinds: [...FIGURE_KINDS],
      keyFigures: 8,
      // 36 characters of 18 px at 1.8, the page's font, following the system's light or dark (issue 10)
      reading: { size: 18, width: 36, lineHeight: 1.8, font: 'page', theme: 'system' },
      quotes: { service: false },
    });
  });

  it('are fresh copies, so callers cannot mutate them for everyone', () => {
    const a = defaultSettings();
    a.cleaning.hidden.ads = false;
    a.kinds.pop();
    expect(defaultSettings().cleaning.hidden.ads).toBe(true);
    expect(defaultSettings().kinds).toHaveLength(FIGURE_KINDS.length);
  });
});

describe('reading a corrupt or foreign value', () => {
  const defaults = defaultSettings();
  it.each([
    ['a string', 'junk'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['true', true],
  ])('%s falls back to the defaults', async (_name, value) => {
    await fakeBrowser.storage.local.set({ settings: value });
    expect(await loadSettings()).toEqual(defaults);
  });

  it.each([
    ['cleaning.enabled a string', { cleaning: { enabled: 'yes' } }, (s = defaults) => s.cleaning.enabled, true],
    ['hidden a string', { cleaning: { hidden: 'all' } }, (s = defaults) => s.cleaning.hidden, DEFAULT_HIDDEN],
    ['one category a number', { cleaning: { hidden: { ads: 0, comments: false } } }, (s = defaults) => s.cleaning.hidden, { ...DEFAULT_HIDDEN, comments: false }],
    ['panel.openOn unknown', { panel: { openOn: 'double-click' } }, (s = defaults) => s.panel.openOn, 'click'],
    ['colors unknown', { colors: 'blue-up' }, (s = defaults) => s.colors, 'red-up'],
    ['kinds not an array', { kinds: 'money' }, (s = defaults) => s.kinds, [...FIGURE_KINDS]],
    ['kinds all junk', { kinds: ['gold', 3] }, (s = defaults) => s.kinds, [...FIGURE_KINDS]],
    ['kinds with some junk', { kinds: ['date', 'gold', 'money', 'money'] }, (s = defaults) => s.kinds, ['money', 'date']],
    ['kinds empty (a choice)', { kinds: [] }, (s = defaults) => s.kinds, []],
    ['keyFigures a string', { keyFigures: '8' }, (s = defaults) => s.keyFigures, 8],
    ['keyFigures NaN-like', { keyFigures: Number.POSITIVE_INFINITY }, (s = defaults) => s.keyFigures, 8],
    ['keyFigures too large', { keyFigures: 500 }, (s = defaults) => s.keyFigures, 20],
    ['keyFigures too small', { keyFigures: -3 }, (s = defaults) => s.keyFigures, 1],
    ['keyFigures fractional', { keyFigures: 5.6 }, (s = defaults) => s.keyFigures, 6],
  ])('%s: only that field falls back', (_name, value, pick, expected) => {
    const settings = parseSettings({ ...defaults, colors: 'green-up', ...value });
    expect(pick(settings)).toEqual(expected);
    if (!('colors' in value)) expect(settings.colors).toBe('green-up');
  });

  it('drops unknown fields', () => {
    const settings = parseSettings({ ...defaults, evil: '<img src=x onerror=alert(1)>', panel: { openOn: 'hover', x: 1 } });
    expect(settings).not.toHaveProperty('evil');
    expect(settings.panel).toEqual({ openOn: 'hover' });
  });

  it('never throws, whatever is stored', async () => {
    for (const value of [undefined, {}, { cleaning: null }, { cleaning: { hidden: null } }, Symbol.iterator.toString()]) {
      expect(() => parseSettings(value)).not.toThrow();
    }
  });
});

describe('saving', () => {
  it('merges a partial change into the stored settings', async () => {
    await saveSettings({ colors: 'neutral' });
    const next = await saveSettings({ cleaning: { hidden: { comments: false } } });
    expect(next.colors).toBe('neutral');
    expect(next.cleaning.hidden).toEqual({ ...DEFAULT_HIDDEN, comments: false });
    expect(await stored()).toEqual(next);
  });

  it('repairs a corrupt stored value on the next save', async () => {
    await fakeBrowser.storage.local.set({ settings: { colors: 7, kinds: 'x', keyFigures: 'many', junk: true } });
    const next = await saveSettings({ panel: { openOn: 'hover' } });
    expect(await stored()).toEqual({ ...defaultSettings(), panel: { openOn: 'hover' } });
    expect(next).toEqual(await stored());
  });

  it('repairs a stored string on the next save', async () => {
    await fakeBrowser.storage.local.set({ settings: 'junk' });
    await saveSettings({});
    expect(await stored()).toEqual(defaultSettings());
  });

  it('coerces an out-of-range change instead of storing it', async () => {
    expect((await saveSettings({ keyFigures: 99 })).keyFigures).toBe(20);
  });

  it('keeps both of two quick saves', async () => {
    await Promise.all([saveSettings({ colors: 'green-up' }), saveSettings({ keyFigures: 5 })]);
    const settings = await loadSettings();
    expect([settings.colors, settings.keyFigures]).toEqual(['green-up', 5]);
  });

  it('applySettingsPatch leaves the input untouched', () => {
    const current = defaultSettings();
    applySettingsPatch(current, { cleaning: { hidden: { ads: false } } });
    expect(current.cleaning.hidden.ads).toBe(true);
  });
});

describe('watching', () => {
  it('reports every save, parsed', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await saveSettings({ colors: 'green-up' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ colors: 'green-up' })));
    unwatch();
  });

  it('reports a corrupt write as defaults, not as junk', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await fakeBrowser.storage.local.set({ settings: 'junk' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(defaultSettings()));
    unwatch();
  });
});

describe('migration from version 1', () => {
  it.each([
    ['clean off', { clean: false }, { cleaning: { enabled: false, hidden: DEFAULT_HIDDEN } }],
    ['a hide list', { clean: true, hide: ['ads', 'comments', 'bogus'] }, {
      cleaning: {
        enabled: true,
        hidden: Object.fromEntries(Object.keys(DEFAULT_HIDDEN).map((c) => [c, c === 'ads' || c === 'comments'])),
      },
    }],
    ['hover and green', { panelOnHover: true, greenUp: true }, { panel: { openOn: 'hover' }, colors: 'green-up' }],
    ['wrong types', { clean: 'no', hide: 'ads', panelOnHover: 1 }, {}],
  ])('%s', (_name, v1, expected) => {
    expect(migrateV1toV2(v1)).toEqual({ ...defaultSettings(), ...expected });
  });

  it('leaves junk and current-shaped values for the schema to judge', () => {
    expect(migrateV1toV2('junk')).toBe('junk');
    const current = { ...defaultSettings(), colors: 'neutral' };
    expect(migrateV1toV2(current)).toBe(current);
  });

  it('runs when the extension starts on a v1 value, and stamps the version', async () => {
    await fakeBrowser.storage.local.set({ settings: { clean: false, hide: ['ads'], greenUp: true } });
    vi.resetModules();
    const fresh = await import('@/utils/settings');
    const settings = await fresh.loadSettings();
    expect(settings.cleaning.enabled).toBe(false);
    expect(settings.cleaning.hidden.ads).toBe(true);
    expect(settings.cleaning.hidden.comments).toBe(false);
    expect(settings.colors).toBe('green-up');
    expect(await stored()).toEqual(settings);
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('does not crash on a value from a newer version', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), colors: 'neutral' }, settings$: { v: 99 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.resetModules();
    const fresh = await import('@/utils/settings');
    expect((await fresh.loadSettings()).colors).toBe('neutral');
    error.mockRestore();
  });
});
