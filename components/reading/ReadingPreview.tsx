// A paragraph set as the article will be: the reader's size, line width, line
// height, font and theme, from the same data the page's stylesheet is written
// from (utils/reading-values.ts, utils/reading-themes.ts).
import { useEffect, useState } from 'preact/hooks';
import { FONT_STACKS, type ReadingSettings } from '@/utils/reading-values';
import { PALETTES, SYSTEM_THEMES, type PaintedTheme } from '@/utils/reading-themes';
import { useL10n } from '../shared/l10n';

/** The theme "follow the system" paints now, following changes of the system's scheme. */
function useSystemTheme(): PaintedTheme {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const listener = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, [query]);
  return dark ? SYSTEM_THEMES.dark : SYSTEM_THEMES.light;
}

export function ReadingPreview({ reading }: { reading: ReadingSettings }) {
  const { t } = useL10n();
  const system = useSystemTheme();
  const palette = PALETTES[reading.theme === 'system' ? system : reading.theme];
  return (
    <figure class="fl-reading-preview" style={{ background: palette.background, borderColor: palette.border }}>
      <figcaption>{t('reading.preview')}</figcaption>
      <p
        id="reading-preview"
        data-theme={reading.theme}
        style={{
          maxWidth: `${reading.width}em`,
          fontSize: `${reading.size}px`,
          lineHeight: String(reading.lineHeight),
          color: palette.text,
          fontFamily: reading.font === 'page' ? 'inherit' : FONT_STACKS[reading.font],
        }}
      >
        {t('reading.sample')}
      </p>
    </figure>
  );
}
