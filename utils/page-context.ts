// The later content script's lifetime, in the few lines it needs: WXT's
// ContentScriptContext (with its location watcher, timers and logger) cost
// 0.7 kB gzipped of the content scripts' 30 kB budget (issue 12). It ends when
// the extension is reloaded, updated or removed (the browser then takes
// `runtime.id` away from the old copy), or when a newer copy of the script
// starts in the same document and says so with a DOM event. A page script can
// send that event too: all it gets is what it could have by stripping the
// attributes (attribute-guard.ts), FinLens stopping on its page.
import { browser } from '@wxt-dev/browser';

export type PageContext = {
  readonly signal: AbortSignal;
  /** False once the extension went away or a newer copy took over: stop touching the page. */
  readonly isValid: boolean;
  /** Calls `cb` once when the context ends; returns a function that cancels it. */
  onInvalidated(cb: () => void): () => void;
};

export function createPageContext(name: string): PageContext {
  const controller = new AbortController();
  const { signal } = controller;
  const id = Math.random().toString(36).slice(2);
  const started = `finlens:${browser.runtime.id}:${name}-started`;
  const onNewer = (event: Event) => {
    if ((event as CustomEvent).detail !== id) controller.abort();
  };
  document.dispatchEvent(new CustomEvent(started, { detail: id }));
  document.addEventListener(started, onNewer, { signal });
  return {
    signal,
    get isValid() {
      if (browser.runtime?.id == null) controller.abort();
      return !signal.aborted;
    },
    onInvalidated(cb) {
      signal.addEventListener('abort', cb, { once: true });
      return () => signal.removeEventListener('abort', cb);
    },
  };
}
