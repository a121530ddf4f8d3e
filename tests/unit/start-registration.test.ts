// Firefox's registered start script (utils/start-registration.ts): what it registers, and how it follows
// the settings — the new registration in place before the old one goes, a failure leaving the last one.
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { ARTICLE_URL_GLOBS, SINA_MATCHES } from '@/utils/sina/article-url';
import { GIVEN_SETTINGS } from '@/utils/settings-key';
import { defaultSettings } from '@/utils/settings-schema';
import { keepStartScriptRegistered, START_FILE, startScriptOptions, type ContentScriptsApi, type StartScriptOptions } from '@/utils/start-registration';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeApi(fail: (options: StartScriptOptions) => boolean = () => false) {
  const log: string[] = [];
  let n = 0;
  const api: ContentScriptsApi = {
    register: vi.fn(async (options: StartScriptOptions) => {
      if (fail(options)) throw new Error('refused');
      const id = ++n;
      log.push(`register ${id}`);
      return { unregister: async () => void log.push(`unregister ${id}`) };
    }),
  };
  return { api, log };
}

describe('the start script Firefox registers', () => {
  it('runs on the manifest\'s article URLs at document_start: a line handing over the settings, then article-start.js', () => {
    const options = startScriptOptions(defaultSettings());
    expect(options).toMatchObject({ matches: SINA_MATCHES, includeGlobs: ARTICLE_URL_GLOBS, runAt: 'document_start' });
    expect(options.js[1]).toEqual({ file: START_FILE });
    const world: Record<string, unknown> = {};
    vm.runInNewContext((options.js[0] as { code: string }).code, { globalThis: world });
    expect(world[GIVEN_SETTINGS]).toEqual(defaultSettings());
  });

  it('carries text that looks like code as data', () => {
    const hostile = { note: '"; globalThis.pwned = 1; "', '</script>': '\u2028\u2029' };
    const world: Record<string, unknown> = {};
    vm.runInNewContext((startScriptOptions(hostile).js[0] as { code: string }).code, { globalThis: world });
    expect(world[GIVEN_SETTINGS]).toEqual(hostile);
    expect(world.pwned).toBeUndefined();
  });

  it('registers with the loaded settings, then again on each change, the new one before the old one goes', async () => {
    const { api, log } = fakeApi();
    let changed: (settings: unknown) => void = () => {};
    const stop = vi.fn();
    const unwatch = keepStartScriptRegistered(api, async () => ({ a: 1 }), (on) => ((changed = on), stop));
    await settle();
    changed({ a: 2 });
    changed({ a: 3 });
    await settle();
    await settle();
    expect(log).toEqual(['register 1', 'register 2', 'unregister 1', 'register 3', 'unregister 2']);
    const codes = vi.mocked(api.register).mock.calls.map(([o]) => (o.js[0] as { code: string }).code);
    expect(codes.map((c) => c.slice(c.indexOf('=') + 2))).toEqual(['{"a":1};', '{"a":2};', '{"a":3};']);
    unwatch();
    expect(stop).toHaveBeenCalled();
  });

  it('never lets the first read, answering late, replace a change reported before it', async () => {
    const { api } = fakeApi();
    let changed: (settings: unknown) => void = () => {};
    let answer: (settings: unknown) => void = () => {};
    keepStartScriptRegistered(api, () => new Promise((resolve) => (answer = resolve)), (on) => ((changed = on), () => {}));
    changed({ a: 'new' });
    answer({ a: 'old' });
    for (let i = 0; i < 4; i++) await settle();
    const codes = vi.mocked(api.register).mock.calls.map(([o]) => (o.js[0] as { code: string }).code);
    expect(codes).toEqual([`globalThis.${GIVEN_SETTINGS} = {"a":"new"};`]);
  });

  it('keeps the last registration when a new one is refused, and goes on with the next change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api, log } = fakeApi((o) => (o.js[0] as { code: string }).code.includes('"bad"'));
    let changed: (settings: unknown) => void = () => {};
    keepStartScriptRegistered(api, async () => ({ a: 1 }), (on) => ((changed = on), () => {}));
    await settle();
    changed({ a: 'bad' });
    changed({ a: 2 });
    for (let i = 0; i < 4; i++) await settle();
    expect(log).toEqual(['register 1', 'register 2', 'unregister 1']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
