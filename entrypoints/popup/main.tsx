// Popup entry: wires the browser (target tab, messages, clipboard, settings,
// the folded sections, i18n, and `?tab=` / `?lang=` for tests) into <PopupApp>. Everything else
// lives in components/ and utils/.
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { L10nProvider } from '@/components/shared/l10n';
import { createPopupApi, findTargetTab } from '@/utils/popup-connection';
import { loadSettings, saveSettings } from '@/utils/settings';
import { loadFolds, saveFolds } from '@/utils/popup-folds';
import { pageLocalization } from '@/utils/page-localization';
import '@/assets/tokens.css';
import '@/components/shared/base.css';
import '@/components/popup/popup.css';
import '@/components/reading/reading.css';

async function main() {
  const [l10n, tab, settings, folds] = await Promise.all([
    pageLocalization(location.search),
    findTargetTab(location.search),
    loadSettings(),
    loadFolds(),
  ]);
  document.title = l10n.t('popup.documentTitle');
  render(
    <L10nProvider value={l10n}>
      <PopupApp
        api={createPopupApi(tab)}
        colors={settings.colors}
        folds={folds}
        onFoldsChange={(next) => void saveFolds(next)}
        reading={{ value: settings.reading, save: (reading) => saveSettings({ reading }).then((saved) => saved.reading) }}
      />
    </L10nProvider>,
    document.getElementById('app')!,
  );
}

void main();
