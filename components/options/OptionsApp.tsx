// The options page: the defaults every article tab starts from. Each change
// is saved at once (no Save button to forget) and confirmed in a status line
// that screen readers announce; open tabs follow through storage.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '@/utils/settings';
import { applySettingsPatch } from '@/utils/settings';
import type { PlainKey } from '@/utils/i18n-keys';
import { useL10n } from '../shared/l10n';
import { CleaningSection, ColorsSection, KeyFiguresSection, KindsSection, PanelSection } from './OptionsSections';
import { ReadingSection } from '../reading/ReadingSection';
import { QuoteServiceSection, type QuotePermission } from './QuoteServiceSection';

export type OptionsProps = {
  initial: Settings;
  /** Saves a change and resolves to the settings as stored. */
  save: (patch: SettingsPatch) => Promise<Settings>;
  /** Restores and stores the defaults. */
  reset: () => Promise<Settings>;
  /** Changes saved elsewhere (another options tab); returns an unsubscribe function. */
  subscribe?: (onChange: (settings: Settings) => void) => () => void;
  /** The quote service's optional host permission; without it the option is not offered. */
  quotePermission?: QuotePermission;
};

export function OptionsApp({ initial, save, reset, subscribe, quotePermission }: OptionsProps) {
  const { t } = useL10n();
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<PlainKey | null>(null);
  const stored = useRef(initial);

  useEffect(
    () =>
      subscribe?.((next) => {
        stored.current = next;
        setSettings(next);
      }),
    [subscribe],
  );

  const run = async (write: () => Promise<Settings>, done: PlainKey) => {
    setStatus(null);
    try {
      const next = await write();
      stored.current = next;
      setSettings(next);
      setStatus(done);
    } catch {
      setSettings(stored.current);
      setStatus('options.saveFailed');
    }
  };

  const onChange = (patch: SettingsPatch) => {
    setSettings((current) => applySettingsPatch(current, patch));
    void run(() => save(patch), 'options.saved');
  };

  return (
    <main class="fl-options">
      <h1 id="options-title">{t('options.title')}</h1>
      <p class="fl-intro">{t('options.intro')}</p>
      <CleaningSection settings={settings} onChange={onChange} />
      <ReadingSection reading={settings.reading} onChange={onChange} />
      <PanelSection settings={settings} onChange={onChange} />
      <ColorsSection settings={settings} onChange={onChange} />
      <KindsSection settings={settings} onChange={onChange} />
      <KeyFiguresSection settings={settings} onChange={onChange} />
      {quotePermission ? <QuoteServiceSection settings={settings} onChange={onChange} permission={quotePermission} /> : null}
      <div class="fl-actions">
        <button type="button" class="fl-button" onClick={() => void run(reset, 'options.resetDone')}>
          {t('options.reset')}
        </button>
      </div>
      <p class="fl-status" role="status">
        {status ? t(status) : ''}
      </p>
    </main>
  );
}
