// Background: wires the toolbar badge, the tab updates that clear it, and the
// keyboard command to the browser. The logic lives in utils/ (tested there).
import { browser, defineBackground } from '#imports';
import { createBackgroundRouter } from '@/utils/message-receiver';
import { clearBadge, clearsBadge, showKeyFigureCount } from '@/utils/toolbar-badge';
import { runCommand } from '@/utils/keyboard-commands';
import { analyzeArticle } from '@/utils/summary/analyze-article';
import { articleParagraphs, createArticleTextParts, textSender } from '@/utils/summary/article-text-parts';
import { createQuoteAnswerer } from '@/utils/quote/answer-quote';
import { createQuoteService } from '@/utils/quote/quote-service';
import { installRefererRule } from '@/utils/quote/referer-rule';
import { loadSettings, watchSettings } from '@/utils/settings';
import { keepStartScriptRegistered, type ContentScriptsApi } from '@/utils/start-registration';
import { QUOTE_SERVICE_ORIGIN } from '@/utils/settings-quotes';

export default defineBackground(() => {
  // issue 13: Sina's quote service, asked only for an open panel, only when the reader turned it on
  const answerQuote = createQuoteAnswerer({
    settings: loadSettings,
    granted: () => browser.permissions.contains({ origins: [QUOTE_SERVICE_ORIGIN] }),
    installRule: () => installRefererRule(browser.declarativeNetRequest),
    ask: createQuoteService({ fetch: (url) => fetch(url, { credentials: 'omit', cache: 'no-store' }), now: Date.now }),
  });

  // issue 12: in Firefox the document_start script gets the settings as code, not from storage
  const contentScripts = (browser as unknown as { contentScripts?: ContentScriptsApi }).contentScripts;
  if (import.meta.env.FIREFOX && contentScripts) keepStartScriptRegistered(contentScripts, loadSettings, watchSettings);

  // issue 15: a long article's text comes in parts, held here until its analysis is asked
  const heldText = createArticleTextParts();

  browser.runtime.onMessage.addListener(
    createBackgroundRouter({
      'finlens/badge': async (message, sender) => {
        // the router has checked that the sender is a content script in a tab
        const tabId = sender.tab?.id;
        if (tabId == null) return { ok: false, error: 'no-tab' };
        await showKeyFigureCount(tabId, message.count);
        return { ok: true };
      },
      'finlens/article-text': ({ article, from, paragraphs }, sender) => heldText.add(textSender(sender), { article, from, paragraphs }),
      // the figure engine runs here, off the page's main thread
      'finlens/analyze-article': (message, sender) => {
        const paragraphs = articleParagraphs(heldText, textSender(sender), message);
        if (!paragraphs) return { ok: false, error: 'article-text: parts missing' };
        const { stocks, kinds, keyFigures, lang } = message;
        return analyzeArticle({ paragraphs, stocks }, { kinds, keyFigures, lang });
      },
      'finlens/quote': ({ code }) => answerQuote(code),
      // read and repaired with the schema here: the content script carries none
      'finlens/get-settings': async () => ({ ok: true, settings: await loadSettings() }),
    }),
  );

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (clearsBadge(change, tab.url)) void clearBadge(tabId);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    void runCommand(command, tab);
  });
});
