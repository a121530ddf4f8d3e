// Options entry: wires stored settings and i18n into <OptionsApp>.
import { render } from 'preact';
import { browser, i18n } from '#imports';
import { OptionsApp } from '@/components/options/OptionsApp';
import { L10nProvider } from '@/components/shared/l10n';
import { defaultSettings, loadSettings, saveSettings, watchSettings } from '@/utils/settings';
import '@/assets/tokens.css';
import '@/components/shared/base.css';
import '@/components/options/options.css';

async function main() {
  const locale = browser.i18n.getUILanguage();
  document.documentElement.lang = locale;
  document.title = i18n.t('options.documentTitle');
  render(
    <L10nProvider value={{ t: i18n.t, locale }}>
      <OptionsApp
        initial={await loadSettings()}
        save={saveSettings}
        reset={() => saveSettings(defaultSettings())}
        subscribe={watchSettings}
      />
    </L10nProvider>,
    document.getElementById('app')!,
  );
}

void main();
