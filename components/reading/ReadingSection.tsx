// The options page's reading defaults: text size, line width, line height,
// font and theme, with a live preview. Every change is saved at once and open
// article tabs follow.
import type { SettingsPatch } from '@/utils/settings';
import type { PlainKey } from '@/utils/i18n-keys';
import { READING_FONTS, READING_RANGES, READING_THEMES, type ReadingFont, type ReadingNumber, type ReadingSettings } from '@/utils/reading-values';
import { useL10n } from '../shared/l10n';
import { Choice } from '../options/Choice';
import { ReadingPreview } from './ReadingPreview';
import { THEME_KEYS } from './ReadingRow';

const FONT_KEYS = { page: 'reading.fonts.page', sans: 'reading.fonts.sans', serif: 'reading.fonts.serif' } as const satisfies Record<ReadingFont, PlainKey>;

type Props = { reading: ReadingSettings; onChange: (patch: SettingsPatch) => void };

export function ReadingSection({ reading, onChange }: Props) {
  const { t } = useL10n();
  const slider = (key: ReadingNumber, label: PlainKey, shown: string) => {
    const { min, max, step } = READING_RANGES[key];
    return (
      <div class="fl-reading-slider">
        <label for={`reading-${key}`}>{t(label)}</label>
        <input
          type="range"
          id={`reading-${key}`}
          min={min}
          max={max}
          step={step}
          value={reading[key]}
          aria-valuetext={shown}
          onChange={(event) => onChange({ reading: { [key]: Number(event.currentTarget.value) } })}
        />
        <span aria-hidden="true">{shown}</span>
      </div>
    );
  };
  return (
    <section class="fl-section" aria-labelledby="fl-reading-heading">
      <h2 id="fl-reading-heading">{t('reading.heading')}</h2>
      {slider('size', 'reading.sizeLabel', t('reading.size', [String(reading.size)]))}
      {slider('width', 'reading.widthLabel', t('reading.width', [String(reading.width)]))}
      {slider('lineHeight', 'reading.lineHeight', reading.lineHeight.toFixed(1))}
      <Choice<ReadingFont>
        name="reading-font"
        legend={t('reading.font')}
        value={reading.font}
        options={READING_FONTS.map((font) => ({ value: font, label: t(FONT_KEYS[font]) }))}
        onChange={(font) => onChange({ reading: { font } })}
      />
      <Choice
        name="reading-theme"
        legend={t('reading.theme')}
        value={reading.theme}
        options={READING_THEMES.map((theme) => ({ value: theme, label: t(THEME_KEYS[theme]) }))}
        onChange={(theme) => onChange({ reading: { theme } })}
      />
      <ReadingPreview reading={reading} />
    </section>
  );
}
