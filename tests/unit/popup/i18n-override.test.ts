// `?lang=`: the popup and options page can show either language whatever the
// browser's, with exactly the strings @wxt-dev/i18n would give.
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { loadLocalization, requestedLocale, translatorFor } from '@/utils/i18n-override';
import { chromeMessages, localeFile, localization, type LocaleName } from '../l10n-fixture';

describe('requestedLocale', () => {
  it.each([
    ['?lang=zh_CN', 'zh_CN'],
    ['?tab=3&lang=en', 'en'],
    ['?lang=fr', null],
    ['?lang=__proto__', null],
    ['?lang=toString', null],
    ['', null],
  ])('%j → %s', (search, locale) => expect(requestedLocale(search)).toBe(locale));
});

describe.each<LocaleName>(['zh_CN', 'en'])('translatorFor (%s)', (locale) => {
  it('gives every key exactly what @wxt-dev/i18n gives', async () => {
    const real = (await localization(locale)).t as (...args: unknown[]) => string;
    const mine = translatorFor(await chromeMessages(locale)) as (...args: unknown[]) => string;
    const parsed = (await parseMessagesFile(localeFile(locale))).filter((m) => !m.key[0]!.startsWith('@@'));
    for (const message of parsed) {
      const key = message.key.join('.');
      const subs = Array.from({ length: message.substitutions }, (_, i) => `<s${i + 1}>`);
      const calls: unknown[][] =
        message.type === 'plural' ? [[key, 0], [key, 1], [key, 7], [key, 2, subs]] : subs.length ? [[key, subs]] : [[key]];
      for (const args of calls) expect(mine(...args), `${key} ${JSON.stringify(args.slice(1))}`).toBe(real(...args));
    }
  });

  it('answers "" for a missing key, like the browser', async () => {
    const t = translatorFor(await chromeMessages(locale)) as (key: string) => string;
    expect(t('popup.noSuchKey')).toBe('');
  });
});

describe('loadLocalization', () => {
  it('reads the packaged messages of the locale', async () => {
    const paths: string[] = [];
    const l10n = await loadLocalization('en', async (path) => {
      paths.push(path);
      return chromeMessages('en');
    });
    expect(paths).toEqual(['/_locales/en/messages.json']);
    expect(l10n.locale).toBe('en');
    expect(l10n.t('popup.copy.button')).toBe('Copy summary (Markdown)');
    expect(l10n.t('popup.stocks.count', 1)).toBe('1 figure');
  });
});
