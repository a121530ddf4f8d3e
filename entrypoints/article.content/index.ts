import { defineContentScript } from '#imports';
import { detectArticle, isSinaArticleUrl } from '@/utils/sina/detect';

export default defineContentScript({
  matches: ['*://*.sina.com.cn/*', '*://*.sina.cn/*'],
  runAt: 'document_start',
  main() {
    if (!isSinaArticleUrl(location.href)) return;
    const confirm = () => {
      const found = detectArticle(document, location.href);
      if (found) document.documentElement.setAttribute('data-finlens', 'on');
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', confirm, { once: true });
    else confirm();
  },
});
