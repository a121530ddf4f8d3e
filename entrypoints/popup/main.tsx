// Popup entry: wires the browser (target tab, messages, clipboard, settings,
// i18n) into <PopupApp>. Everything else lives in components/ and utils/.
import { render } from 'preact';
import { browser, i18n } from '#imports';
import { PopupApp } from '@/components/popup/PopupApp';
import { L10nProvider } from '@/components/shared/l10n';
import { createPopupApi, findTargetTab } from '@/utils/popup-connection';
import { loadSettings } from '@/utils/settings';
import '@/assets/tokens.css';
import '@/components/shared/base.css';
import '@/components/popup/popup.css';

async function main() {
  const locale = browser.i18n.getUILanguage();
  document.documentElement.lang = locale;
  document.title = i18n.t('popup.documentTitle');
  const [tab, settings] = await Promise.all([findTargetTab(location.search), loadSettings()]);
  render(
    <L10nProvider value={{ t: i18n.t, locale }}>
      <PopupApp api={createPopupApi(tab)} colors={settings.colors} />
    </L10nProvider>,
    document.getElementById('app')!,
  );
}

void main();
