// Options entry: wires stored settings and i18n (and `?lang=` for tests) into <OptionsApp>.
import { browser } from '#imports';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { L10nProvider } from '@/components/shared/l10n';
import { defaultSettings, loadSettings, saveSettings, watchSettings } from '@/utils/settings';
import { pageLocalization } from '@/utils/page-localization';
import { QUOTE_SERVICE_ORIGIN } from '@/utils/settings-quotes';
import '@/assets/tokens.css';
import '@/components/shared/base.css';
import '@/components/options/options.css';
import '@/components/reading/reading.css';

async function main() {
  const [l10n, initial] = await Promise.all([pageLocalization(location.search), loadSettings()]);
  document.title = l10n.t('options.documentTitle');
  render(
    <L10nProvider value={l10n}>
      <OptionsApp
        initial={initial}
        save={saveSettings}
        reset={() => saveSettings(defaultSettings())}
        subscribe={watchSettings}
        quotePermission={{
          request: () => browser.permissions.request({ origins: [QUOTE_SERVICE_ORIGIN] }),
          remove: () => browser.permissions.remove({ origins: [QUOTE_SERVICE_ORIGIN] }),
        }}
      />
    </L10nProvider>,
    document.getElementById('app')!,
  );
}

void main();
