// Popup entry: wires the browser (target tab, messages, clipboard, settings,
// i18n, and `?tab=` / `?lang=` for tests) into <PopupApp>. Everything else
// lives in components/ and utils/.
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { L10nProvider } from '@/components/shared/l10n';
import { createPopupApi, findTargetTab } from '@/utils/popup-connection';
import { loadSettings, saveSettings } from '@/utils/settings';
import { pageLocalization } from '@/utils/page-localization';
import '@/assets/tokens.css';
import '@/components/shared/base.css';
import '@/components/popup/popup.css';
import '@/components/reading/reading.css';

async function main() {
  const [l10n, tab, settings] = await Promise.all([
    pageLocalization(location.search),
    findTargetTab(location.search),
    loadSettings(),
  ]);
  document.title = l10n.t('popup.documentTitle');
  render(
    <L10nProvider value={l10n}>
      <PopupApp
        api={createPopupApi(tab)}
        colors={settings.colors}
        reading={{ value: settings.reading, save: (reading) => saveSettings({ reading }).then((saved) => saved.reading) }}
      />
    </L10nProvider>,
    document.getElementById('app')!,
  );
}

void main();
