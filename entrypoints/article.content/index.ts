// The content script. It runs on Sina's hosts from document_start, checks the
// URL first (no DOM yet) and hands article pages to article-page.ts; on every
// other page it does nothing at all.
import { defineContentScript } from '#imports';
import { isSinaArticleUrl } from '@/utils/sina/detect';
import { runArticlePage } from './article-page';

export default defineContentScript({
  // the same hosts as host_permissions in wxt.config.ts (a manifest test checks both)
  matches: ['*://*.sina.com.cn/*', '*://*.sina.cn/*'],
  runAt: 'document_start',
  main(ctx) {
    if (isSinaArticleUrl(location.href)) void runArticlePage(ctx);
  },
});
