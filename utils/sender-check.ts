// Who may talk to whom: the sender checks of every FinLens message, on their
// own (no schema) so that the content script, which carries no zod, checks
// senders with the same code as the extension's pages.
import { browser, type Browser } from '#imports';
import { isSinaHost } from './sina/article-url';

export type MessageSender = Browser.runtime.MessageSender;
/** `extension-page`: the popup, the options page or the background. `content-script`: FinLens on a Sina page. */
export type SenderKind = 'extension-page' | 'content-script';

export { isSinaHost };

const parseUrl = (url: string | undefined): URL | null => {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

export type Self = { id: string; origin: string };

// scheme://host, built by hand: URL.origin is "null" for non-special schemes
// such as moz-extension: in some engines.
const originOf = (url: URL) => `${url.protocol}//${url.host}`;

const currentExtension = (): Self => ({ id: browser.runtime.id, origin: originOf(new URL(browser.runtime.getURL('/'))) });

/**
 * Is this sender one of ours, of the expected kind? Only this extension's own
 * pages (sender.id is ours and the sender's URL is on the extension's origin)
 * and its content scripts on the Sina hosts (a tab, and a http(s) Sina URL).
 */
export function isTrustedSender(sender: MessageSender | undefined, expected: SenderKind, self: Self = currentExtension()): boolean {
  if (!sender || sender.id !== self.id) return false;
  const url = parseUrl(sender.url);
  if (expected === 'content-script') {
    return sender.tab?.id != null && url != null && /^https?:$/.test(url.protocol) && isSinaHost(url.hostname);
  }
  if (url) return originOf(url) === self.origin;
  // Chrome gives no sender.url for its background service worker (w3c/webextensions#851);
  // a content script always comes with a tab and a URL, so a bare sender is the background.
  if (sender.origin) return sender.origin === self.origin;
  return sender.tab == null;
}
