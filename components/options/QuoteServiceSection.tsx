// The option to ask Sina's quote service for a stock's quote where the page shows none. Turning it on asks
// the browser for the optional host permission at that moment (the click is the user gesture the browser
// requires; nothing is asked at install); a refusal leaves the option off and says so plainly.
import { useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '@/utils/settings';
import { Switch } from '../shared/Switch';
import { useL10n } from '../shared/l10n';

/** The browser's optional permission for the quote service's host (entrypoints/options wires it). */
export type QuotePermission = {
  /** Resolves to whether the reader granted it. */
  request: () => Promise<boolean>;
  remove: () => Promise<unknown>;
};

type Props = { settings: Settings; onChange: (patch: SettingsPatch) => void; permission: QuotePermission };

export function QuoteServiceSection({ settings, onChange, permission }: Props) {
  const { t } = useL10n();
  const [refused, setRefused] = useState(false);
  // while the browser asks the reader, the switch stays off (a re-render puts the checkbox back)
  const [asking, setAsking] = useState(false);
  const turn = (on: boolean) => {
    setRefused(false);
    if (!on) {
      onChange({ quotes: { service: false } });
      void permission.remove().catch(() => {});
      return;
    }
    // asked first thing in the click handler: the browser only prompts within the user's gesture
    const asked = permission.request();
    setAsking(true);
    asked
      .then(
        (granted) => (granted ? onChange({ quotes: { service: true } }) : setRefused(true)),
        () => setRefused(true),
      )
      .finally(() => setAsking(false));
  };
  return (
    <section class="fl-section" aria-labelledby="fl-quotes-heading">
      <h2 id="fl-quotes-heading">{t('options.quotes.heading')}</h2>
      <Switch
        id="quote-service"
        data-asking={asking ? 'true' : undefined}
        checked={settings.quotes.service}
        onChange={turn}
        label={t('options.quotes.service')}
        describedBy="fl-quotes-hint"
      />
      <p class="fl-hint" id="fl-quotes-hint">
        {t('options.quotes.hint')}
      </p>
      {refused ? (
        <p class="fl-hint fl-warning" id="fl-quotes-refused" role="alert">
          {t('options.quotes.refused')}
        </p>
      ) : null}
    </section>
  );
}
