// The Localization of an extension page (popup, options): the browser's
// language through @wxt-dev/i18n, unless the URL asks for another with
// `?lang=` (see i18n-override.ts). Also sets <html lang> to match.
import { browser, i18n } from '#imports';
import type { Localization } from './i18n-keys';
import { loadLocalization, requestedLocale } from './i18n-override';

export async function pageLocalization(search: string): Promise<Localization> {
  const override = requestedLocale(search);
  let l10n: Localization = { t: i18n.t, locale: browser.i18n.getUILanguage() };
  if (override) {
    const getURL = browser.runtime.getURL as (path: string) => string;
    try {
      l10n = await loadLocalization(override, async (path) => (await fetch(getURL(path))).json());
    } catch {
      // keep the browser's language
    }
  }
  document.documentElement.lang = l10n.locale;
  return l10n;
}
