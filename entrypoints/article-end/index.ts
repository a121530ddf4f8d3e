// What runs on a Sina article page once the DOM is parsed: the browser injects
// it at document_end into article-shaped URLs only (wxt.config.ts lists it in
// the manifest, with the same include_globs as article-start.ts; an unlisted
// script, so WXT's content-script runtime stays out of the 30 kB budget).
// Clean reading was already switched on before the first paint by
// entrypoints/article-start.ts; this one gets the settings from the
// background (parsed there with the schema), takes clean reading over with
// them, then (article-page.ts) confirms the article, reads it, and shows the
// figures and the stock triggers.
import { defineUnlistedScript } from '#imports';
import { createPageContext } from '@/utils/page-context';
import { loadPageSettings, watchPageSettings } from '@/utils/page-settings';
import { cleaningStateOf, installManifestCleaning } from '@/utils/sina/clean';
import { installReadingStyle } from '@/utils/sina/reading-style';
import { isSinaArticleLocation } from '@/utils/sina/article-url';
import { runArticlePage, type ArticlePage } from './article-page';
import { safely } from './safely';

export default defineUnlistedScript(async () => {
  // (a page's script may have removed its root element by now: nothing to clean or read then)
  if (!isSinaArticleLocation(location) || !document.documentElement) return;
  const ctx = createPageContext('article-end');
  // The attributes set at document_start stay until the schema-checked settings are here.
  const settings = await loadPageSettings();
  if (!ctx.isValid) return;
  const cleaning = safely(
    'installing clean reading',
    () => installManifestCleaning(document, cleaningStateOf(settings.cleaning)),
    null,
  );
  // Issue 10: the reader's column and theme on <html> (document_start wrote the stored ones), now
  // and whenever the popup or the options page saves new ones; gone with the rest if this is not an article.
  const reading = installReadingStyle(document.documentElement);
  reading.update(settings.reading);
  // One watch for the page (each change is one round trip to the background): the layout at once, the
  // rest once the article is confirmed.
  let page: ArticlePage | null = null;
  const unwatch = watchPageSettings((s) => {
    reading.update(s.reading);
    page?.follow(s);
  });
  ctx.onInvalidated(unwatch);
  page = await runArticlePage(ctx, cleaning, settings);
  if (!page) {
    unwatch();
    reading.dispose();
  }
});
