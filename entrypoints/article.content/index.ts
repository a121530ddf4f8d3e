// The content script. The browser injects it at document_start into Sina URLs
// shaped like articles only (include_globs); every other Sina page gets
// nothing. It checks the URL exactly first (no DOM yet). Before the first
// paint it does only what clean reading needs: set the attributes that switch
// the stylesheet on (the manifest lists the stylesheet, so the browser applies
// it already: wxt.config.ts) and ask for the reader's settings. The rest
// (article-page.ts: the model, the message schemas, the UI) is loaded once the
// DOM is parsed, so building it never holds up the page's first paint.
import { defineContentScript } from '#imports';
import { loadPageSettings, watchPageSettings } from '@/utils/page-settings';
import { cleaningStateOf, installCleaning } from '@/utils/sina/clean';
import { installReadingStyle } from '@/utils/sina/reading-style';
import { ARTICLE_URL_GLOBS, isSinaArticleUrl } from '@/utils/sina/detect';
import { safely } from './safely';

const domReady = () =>
  document.readyState !== 'loading'
    ? Promise.resolve()
    : new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));

export default defineContentScript({
  // the same hosts as host_permissions in wxt.config.ts (a manifest test checks both)
  matches: ['*://*.sina.com.cn/*', '*://*.sina.cn/*'],
  includeGlobs: ARTICLE_URL_GLOBS,
  runAt: 'document_start',
  // WXT's "script started" notice goes by a DOM event only: a window.postMessage
  // would reach every message listener of Sina's scripts, and Chromium makes it
  // cost milliseconds here (it records where it was posted from, which means
  // re-parsing the whole script for source positions).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!isSinaArticleUrl(location.href)) return;
    const cleaning = safely('installing clean reading', () => installCleaning(document, {}, { stylesheetInManifest: true }), null);
    const settings = loadPageSettings();
    void settings.then((s) => cleaning?.update(cleaningStateOf(s.cleaning)));
    // Issue 10: the reader's column and theme on <html> (the stylesheet has the defaults already), now and
    // whenever the popup or the options page saves new ones; gone with the rest if this is not an article.
    const reading = installReadingStyle(document.documentElement);
    void settings.then((s) => reading.update(s.reading));
    ctx.onInvalidated(watchPageSettings((s) => reading.update(s.reading)));

    await domReady();
    const start = performance.now();
    const { runArticlePage } = await import('./article-page');
    performance.measure?.('finlens:loading the article machinery', { start, end: performance.now() });
    if (!(await runArticlePage(ctx, cleaning, settings))) reading.dispose(); // issue 10
  },
});
