// The content script. It runs on Sina's hosts from document_start and checks
// the URL first (no DOM yet). Only an article URL loads the rest
// (article-page.ts, with the schemas, the model and the UI): every other Sina
// page pays for one regular expression and nothing else.
import { defineContentScript } from '#imports';
import { isSinaArticleUrl } from '@/utils/sina/detect';

export default defineContentScript({
  // the same hosts as host_permissions in wxt.config.ts (a manifest test checks both)
  matches: ['*://*.sina.com.cn/*', '*://*.sina.cn/*'],
  runAt: 'document_start',
  async main(ctx) {
    if (!isSinaArticleUrl(location.href)) return;
    const { runArticlePage } = await import('./article-page');
    await runArticlePage(ctx);
  },
});
