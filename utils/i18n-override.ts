// Showing the popup or the options page in a language other than the
// browser's: `?lang=zh_CN` or `?lang=en` in the page URL. Browsers pick an
// extension's language from their own UI language, and CI browsers ship only
// English, so this is how the end-to-end tests take screenshots in both
// languages (and how a maintainer checks a translation). The messages are the
// built `_locales/<lang>/messages.json`, read the way @wxt-dev/i18n's `t`
// reads browser.i18n (same substitutions, same plural forms).
import type { Localization, Translate } from './i18n-keys';
import { translator } from './translator';

export const UI_LOCALES = { zh_CN: 'zh-CN', en: 'en' } as const;
export type UiLocale = keyof typeof UI_LOCALES;

export type ChromeMessages = Record<string, { message: string }>;

/** The locale a `?lang=` query asks for, if it is one FinLens has. */
export function requestedLocale(search: string): UiLocale | null {
  const lang = new URLSearchParams(search).get('lang');
  return lang !== null && Object.hasOwn(UI_LOCALES, lang) ? (lang as UiLocale) : null;
}

/** chrome.i18n.getMessage over one messages.json: $1…$9 substitutions, "$$" for "$". */
function getMessage(messages: ChromeMessages, name: string, substitutions: string[]): string {
  const entry = Object.hasOwn(messages, name) ? messages[name] : undefined;
  if (!entry || typeof entry.message !== 'string') return '';
  return entry.message.replace(/\$(\$|[1-9])/g, (_m, n: string) => (n === '$' ? '$' : (substitutions[Number(n) - 1] ?? '')));
}

/** A `t` with the semantics of @wxt-dev/i18n's, over the given messages. */
export const translatorFor = (messages: ChromeMessages): Translate => translator((name, subs) => getMessage(messages, name, subs));

/** The Localization for `locale`, from the extension's built messages (`load` fetches a packaged file). */
export async function loadLocalization(locale: UiLocale, load: (path: string) => Promise<unknown>): Promise<Localization> {
  const messages = (await load(`/_locales/${locale}/messages.json`)) as ChromeMessages;
  return { t: translatorFor(messages), locale: UI_LOCALES[locale] };
}
