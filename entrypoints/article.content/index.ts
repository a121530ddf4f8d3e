// The content script proper, injected by the browser once the DOM is parsed
// (document_end) into Sina URLs shaped like articles only (include_globs);
// every other Sina page gets nothing. Clean reading was already switched on
// before the first paint by the small document_start script
// (entrypoints/article-start.ts, with the stylesheet from the manifest); this
// one reads the settings through the zod schema, takes clean reading over with
// them, then (article-page.ts) confirms the article, reads it, and shows the
// figures and the stock triggers.
import { defineContentScript } from '#imports';
import { loadPageSettings, watchPageSettings } from '@/utils/page-settings';
import { cleaningStateOf, installManifestCleaning } from '@/utils/sina/clean';
import { installReadingStyle } from '@/utils/sina/reading-style';
import { ARTICLE_URL_GLOBS, isSinaArticleUrl } from '@/utils/sina/article-url';
import { runArticlePage } from './article-page';
import { safely } from './safely';

export default defineContentScript({
  // the same hosts as host_permissions in wxt.config.ts (a manifest test checks both)
  matches: ['*://*.sina.com.cn/*', '*://*.sina.cn/*'],
  includeGlobs: ARTICLE_URL_GLOBS,
  runAt: 'document_end',
  // WXT's "script started" notice goes by a DOM event only: a window.postMessage
  // would reach every message listener of Sina's scripts, and Chromium makes it
  // cost milliseconds here (it records where it was posted from, which means
  // re-parsing the whole script for source positions).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!isSinaArticleUrl(location.href)) return;
    // The attributes set at document_start stay until the schema-checked settings are here.
    const settings = await loadPageSettings();
    const cleaning = safely(
      'installing clean reading',
      () => installManifestCleaning(document, cleaningStateOf(settings.cleaning)),
      null,
    );
    // Issue 10: the reader's column and theme on <html> (document_start wrote the stored ones), now
    // and whenever the popup or the options page saves new ones; gone with the rest if this is not an article.
    const reading = installReadingStyle(document.documentElement);
    reading.update(settings.reading);
    ctx.onInvalidated(watchPageSettings((s) => reading.update(s.reading)));
    if (!(await runArticlePage(ctx, cleaning, settings))) reading.dispose();
  },
});
