// Both locales' real strings for the stock UI tests, compiled from locales/*.yml and read through the real
// @wxt-dev/i18n `t` (as tests/unit/popup/l10n-fixture.ts does; its file URL does not resolve under happy-dom's
// URL, so the path is built with node:path here).
import path from 'node:path';
import { createI18n } from '@wxt-dev/i18n';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Translate } from '@/utils/i18n-keys';
import { PROJECT_ROOT } from '../../corpus/shared';
import { getMessageFrom, type LocaleName } from '../popup/l10n-fixture';

async function translate(locale: LocaleName): Promise<Translate> {
  const messages = generateChromeMessages(await parseMessagesFile(path.join(PROJECT_ROOT, 'locales', `${locale}.yml`)));
  const getMessage = getMessageFrom(messages);
  const { t: base } = createI18n();
  return ((...args: Parameters<typeof base>) => {
    const previous = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = getMessage as typeof previous;
    try {
      return base(...args);
    } finally {
      fakeBrowser.i18n.getMessage = previous;
    }
  }) as unknown as Translate;
}

export const zh = await translate('zh_CN');
export const en = await translate('en');
