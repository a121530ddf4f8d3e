// The set-up every component test file of the options page and the reading
// controls shares: both locales' real translations, loaded once, and a clean
// fake browser and DOM around each test.
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Localization } from '@/utils/i18n-keys';
import { localization } from './l10n-fixture';

export function componentLocales(): { zh: Localization; en: Localization } {
  const locales = {} as { zh: Localization; en: Localization };
  beforeAll(async () => {
    [locales.zh, locales.en] = await Promise.all([localization('zh_CN'), localization('en')]);
  });
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);
  return locales;
}
