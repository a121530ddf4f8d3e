// Firefox: the reader's settings carried into the document_start script as code, so that script touches
// no extension API before the page's first paint. In a Firefox content script the first read of `browser`
// costs about 12 ms and the first storage.local.get about 11 ms more (median on the 2-core test machine;
// README, "Page cost"), all of it before the first paint when the script runs at document_start.
// Firefox's contentScripts.register takes code, so the background registers, on the article URLs, one
// line that hands over the settings it has parsed with the schema, then article-start.js; and registers
// them again when the settings change. The manifest lists only the stylesheet at document_start there
// (wxt.config.ts). Chromium's registered scripts take files only: there the manifest's article-start.js
// asks storage, which costs under a millisecond.
import { GIVEN_SETTINGS } from './settings-key';
import { ARTICLE_URL_GLOBS, SINA_MATCHES } from './sina/article-url';

export const START_FILE = '/article-start.js';

export type StartScriptOptions = {
  matches: string[];
  includeGlobs: string[];
  runAt: 'document_start';
  js: ({ code: string } | { file: string })[];
};
type Registered = { unregister(): Promise<void> };
/** Firefox's browser.contentScripts (MV2). */
export type ContentScriptsApi = { register(options: StartScriptOptions): Promise<Registered> };

/** The registration for `settings`: a line that sets the global article-start.ts reads, then that script. */
export function startScriptOptions(settings: unknown): StartScriptOptions {
  return {
    matches: [...SINA_MATCHES],
    includeGlobs: [...ARTICLE_URL_GLOBS],
    runAt: 'document_start',
    // JSON is an expression in JavaScript: the settings, parsed by the schema, go in as data
    js: [{ code: `globalThis.${GIVEN_SETTINGS} = ${JSON.stringify(settings)};` }, { file: START_FILE }],
  };
}

/**
 * Registers the start script with the settings `load` gives, then again with each change `watch` reports;
 * the new registration is in place before the old one goes, so no article loads without one. A failed
 * registration is logged and leaves the last one: the later script applies the settings either way.
 * Returns a function that stops watching.
 */
export function keepStartScriptRegistered(
  api: ContentScriptsApi,
  load: () => Promise<unknown>,
  watch: (onChange: (settings: unknown) => void) => () => void,
): () => void {
  let current: Registered | null = null;
  let queue = Promise.resolve();
  const register = (settings: unknown) => {
    queue = queue
      .then(async () => {
        const next = await api.register(startScriptOptions(settings));
        const previous = current;
        current = next;
        await previous?.unregister();
      })
      .catch((error: unknown) => console.warn('[FinLens] the start script could not be registered:', error));
  };
  // a change reported before the first read answers is newer than what that read gives
  let changed = false;
  const unwatch = watch((settings) => {
    changed = true;
    register(settings);
  });
  void load().then(
    (settings) => changed || register(settings),
    (error: unknown) => console.warn('[FinLens] no settings for the start script:', error),
  );
  return unwatch;
}
