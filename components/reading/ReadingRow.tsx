// The popup's compact reading row: smaller/larger text, narrower/wider lines
// and the theme. Each change is saved as the reader's setting, which the tab
// (and every other open article) follows at once through storage.
import type { ReadingSettings } from '@/utils/reading-values';
import { READING_THEMES, stepReading, type ReadingNumber, type ReadingTheme } from '@/utils/reading-values';
import type { PlainKey } from '@/utils/i18n-keys';
import { useL10n } from '../shared/l10n';

export const THEME_KEYS = {
  system: 'reading.themes.system',
  light: 'reading.themes.light',
  sepia: 'reading.themes.sepia',
  dark: 'reading.themes.dark',
} as const satisfies Record<ReadingTheme, PlainKey>;

type Props = { reading: ReadingSettings; onChange: (patch: Partial<ReadingSettings>) => void };

export function ReadingRow({ reading, onChange }: Props) {
  const { t } = useL10n();
  const step = (key: ReadingNumber, direction: 1 | -1, label: PlainKey, text: string) => {
    const next = stepReading(reading, key, direction);
    return (
      <button
        type="button"
        class="fl-button fl-reading-step"
        data-reading={`${key}${direction > 0 ? '+' : '-'}`}
        aria-label={t(label)}
        title={t(label)}
        disabled={next === null}
        onClick={() => next !== null && onChange({ [key]: next })}
      >
        {text}
      </button>
    );
  };
  return (
    <section class="fl-section fl-reading-row" aria-labelledby="fl-reading-heading">
      <h2 id="fl-reading-heading">{t('reading.heading')}</h2>
      <div class="fl-reading-controls">
        <span class="fl-reading-group" role="group" aria-label={t('reading.sizeLabel')}>
          {step('size', -1, 'reading.smaller', 'A−')}
          <span class="fl-reading-value" data-reading-value="size">{t('reading.size', [String(reading.size)])}</span>
          {step('size', 1, 'reading.larger', 'A+')}
        </span>
        <span class="fl-reading-group" role="group" aria-label={t('reading.widthLabel')}>
          {step('width', -1, 'reading.narrower', '→←')}
          <span class="fl-reading-value" data-reading-value="width">{t('reading.width', [String(reading.width)])}</span>
          {step('width', 1, 'reading.wider', '←→')}
        </span>
        <label class="fl-reading-theme">
          <span>{t('reading.theme')}</span>
          <select id="reading-theme" value={reading.theme} onChange={(event) => onChange({ theme: event.currentTarget.value as ReadingTheme })}>
            {READING_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(THEME_KEYS[theme])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="fl-hint">{t('reading.popupHint')}</p>
    </section>
  );
}
