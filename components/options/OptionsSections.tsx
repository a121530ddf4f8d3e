// The sections of the options page, one per setting. Each renders the current
// value and reports a change as a SettingsPatch; OptionsApp saves it.
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '@/utils/sina/categories';
import { FIGURE_KINDS } from '@/utils/figure-kinds';
import { CATEGORY_KEYS, KIND_KEYS } from '@/utils/i18n-keys';
import {
  KEY_FIGURES_MAX,
  KEY_FIGURES_MIN,
  type ColorConvention,
  type PanelOpenOn,
  type Settings,
  type SettingsPatch,
} from '@/utils/settings';
import { Switch } from '../shared/Switch';
import { useL10n } from '../shared/l10n';
import { Choice } from './Choice';

type SectionProps = { settings: Settings; onChange: (patch: SettingsPatch) => void };

export function CleaningSection({ settings, onChange }: SectionProps) {
  const { t } = useL10n();
  const { enabled, hidden } = settings.cleaning;
  return (
    <section class="fl-section" aria-labelledby="fl-cleaning-heading">
      <h2 id="fl-cleaning-heading">{t('options.cleaning.heading')}</h2>
      <Switch
        id="clean-default"
        checked={enabled}
        onChange={(next) => onChange({ cleaning: { enabled: next } })}
        label={t('options.cleaning.enabled')}
      />
      <fieldset class="fl-grid">
        <legend>{t('options.cleaning.categories')}</legend>
        {CATEGORIES.map((category) => (
          <Switch
            key={category}
            data-category={category}
            checked={hidden[category]}
            onChange={(next) => onChange({ cleaning: { hidden: { [category]: next } } })}
            label={t(CATEGORY_KEYS[category])}
          />
        ))}
      </fieldset>
    </section>
  );
}

export function PanelSection({ settings, onChange }: SectionProps) {
  const { t } = useL10n();
  return (
    <section class="fl-section" aria-labelledby="fl-panel-heading">
      <h2 id="fl-panel-heading">{t('options.panel.heading')}</h2>
      <Choice<PanelOpenOn>
        name="openOn"
        legend={t('options.panel.legend')}
        value={settings.panel.openOn}
        options={[
          { value: 'click', label: t('options.panel.click') },
          { value: 'hover', label: t('options.panel.hover') },
        ]}
        onChange={(openOn) => onChange({ panel: { openOn } })}
      />
    </section>
  );
}

export function ColorsSection({ settings, onChange }: SectionProps) {
  const { t } = useL10n();
  const sample = (colors: ColorConvention) => (
    <span class="fl-sample" data-colors={colors} aria-hidden="true">
      <span class="fl-up">{t('options.colors.sampleUp')}</span> <span class="fl-down">{t('options.colors.sampleDown')}</span>
    </span>
  );
  return (
    <section class="fl-section" aria-labelledby="fl-colors-heading">
      <h2 id="fl-colors-heading">{t('options.colors.heading')}</h2>
      <Choice<ColorConvention>
        name="colors"
        legend={t('options.colors.legend')}
        value={settings.colors}
        options={[
          { value: 'red-up', label: t('options.colors.redUp'), extra: sample('red-up') },
          { value: 'green-up', label: t('options.colors.greenUp'), extra: sample('green-up') },
          { value: 'neutral', label: t('options.colors.neutral'), extra: sample('neutral') },
        ]}
        onChange={(colors) => onChange({ colors })}
      />
    </section>
  );
}

export function KindsSection({ settings, onChange }: SectionProps) {
  const { t } = useL10n();
  const toggle = (kind: (typeof FIGURE_KINDS)[number], on: boolean) =>
    onChange({ kinds: FIGURE_KINDS.filter((k) => (k === kind ? on : settings.kinds.includes(k))) });
  return (
    <section class="fl-section" aria-labelledby="fl-kinds-heading">
      <h2 id="fl-kinds-heading">{t('options.kinds.heading')}</h2>
      <fieldset class="fl-grid" aria-describedby={settings.kinds.length === 0 ? 'fl-kinds-none' : undefined}>
        <legend>{t('options.kinds.legend')}</legend>
        {FIGURE_KINDS.map((kind) => (
          <label class="fl-check" key={kind}>
            <input
              type="checkbox"
              data-kind={kind}
              checked={settings.kinds.includes(kind)}
              onChange={(event) => toggle(kind, event.currentTarget.checked)}
            />
            <span>{t(KIND_KEYS[kind])}</span>
          </label>
        ))}
      </fieldset>
      {settings.kinds.length === 0 ? (
        <p class="fl-hint fl-warning" id="fl-kinds-none">
          {t('options.kinds.none')}
        </p>
      ) : null}
    </section>
  );
}

export function KeyFiguresSection({ settings, onChange }: SectionProps) {
  const { t } = useL10n();
  // what the reader is typing; saved (and clamped) when the field commits
  const [draft, setDraft] = useState(String(settings.keyFigures));
  useEffect(() => setDraft(String(settings.keyFigures)), [settings.keyFigures]);
  const commit = () => {
    const value = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(value)) setDraft(String(settings.keyFigures));
    else onChange({ keyFigures: value });
  };
  return (
    <section class="fl-section" aria-labelledby="fl-key-figures-heading">
      <h2 id="fl-key-figures-heading">
        <label for="key-figures">{t('options.keyFigures.label')}</label>
      </h2>
      <input
        id="key-figures"
        class="fl-number"
        type="number"
        inputMode="numeric"
        min={KEY_FIGURES_MIN}
        max={KEY_FIGURES_MAX}
        step={1}
        value={draft}
        aria-describedby="fl-key-figures-hint"
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={commit}
      />
      <p class="fl-hint" id="fl-key-figures-hint">
        {t('options.keyFigures.hint')}
      </p>
    </section>
  );
}
