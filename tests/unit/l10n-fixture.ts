// Real translations for component and Markdown tests: the locale files are
// compiled the way the build compiles them (@wxt-dev/i18n/build) and read
// through the real @wxt-dev/i18n `t`, with a getMessage that behaves like the
// browser's ($1…$9 substitutions, "" for a missing key). Each Localization
// carries its own messages, so tests can render both languages side by side.
import { createI18n } from '@wxt-dev/i18n';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import path from 'node:path';
import type { Localization, Translate } from '@/utils/i18n-keys';

export type LocaleName = 'zh_CN' | 'en';
export const BCP47: Record<LocaleName, string> = { zh_CN: 'zh-CN', en: 'en' };

type ChromeMessages = Record<string, { message: string }>;
const compiled = new Map<LocaleName, Promise<ChromeMessages>>();

// __dirname, not import.meta.url: under happy-dom the latter is not a file: URL
export const localeFile = (locale: LocaleName) => path.resolve(__dirname, '../../locales', `${locale}.yml`);

export function chromeMessages(locale: LocaleName): Promise<ChromeMessages> {
  let messages = compiled.get(locale);
  if (!messages) {
    messages = parseMessagesFile(localeFile(locale)).then(generateChromeMessages);
    compiled.set(locale, messages);
  }
  return messages;
}

/** browser.i18n.getMessage over one locale's compiled messages. */
export function getMessageFrom(messages: ChromeMessages) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_m, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? '')));
  };
}

export async function localization(locale: LocaleName): Promise<Localization> {
  const getMessage = getMessageFrom(await chromeMessages(locale));
  const { t: base } = createI18n();
  const t = ((...args: Parameters<typeof base>) => {
    const previous = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = getMessage as typeof previous;
    try {
      return base(...args);
    } finally {
      fakeBrowser.i18n.getMessage = previous;
    }
  }) as unknown as Translate;
  return { t, locale: BCP47[locale] };
}
