// The document_start script's way to the storage area (utils/start-storage.ts):
// the real namespace's, never a page element that happens to be named like one.
import { afterEach, describe, expect, it } from 'vitest';
import { startStorage } from '@/utils/start-storage';

const g = globalThis as unknown as Record<string, unknown>;
const saved = { browser: g.browser, chrome: g.chrome };
const area = (name: string) => ({ get: async () => ({ from: name }) });

describe('startStorage', () => {
  afterEach(() => Object.assign(g, saved));

  it.each([
    ['Firefox: browser', { storage: { local: area('browser') } }, undefined, 'browser'],
    ['Chrome: chrome only', undefined, { storage: { local: area('chrome') } }, 'chrome'],
    ['Chrome with browser too: browser', { storage: { local: area('browser') } }, { storage: { local: area('chrome') } }, 'browser'],
    ['a page element named "browser" (no storage.local.get): chrome', { storage: { local: {} } }, { storage: { local: area('chrome') } }, 'chrome'],
    ['a form named "browser" with an input named "storage": chrome', { storage: {} }, { storage: { local: area('chrome') } }, 'chrome'],
  ])('%s', async (_case, browser, chrome, from) => {
    Object.assign(g, { browser, chrome });
    expect(await startStorage()!.get('settings')).toEqual({ from });
  });

  it('no storage at all: null (the defaults stay)', () => {
    Object.assign(g, { browser: undefined, chrome: { runtime: {} } });
    expect(startStorage()).toBeNull();
  });
});
