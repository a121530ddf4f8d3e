// The colours of each reading theme, as data: the stylesheet paints Sina's page
// with them (utils/sina/reading-css.ts) and the options page's preview shows
// them. Body text is at least 7:1 on the background in every theme (WCAG AAA;
// tests/unit/reading-themes.test.ts measures it), links and muted text at least 4.5:1.
import type { ReadingTheme } from './reading-values';

export type Palette = {
  background: string;
  text: string;
  /** The date/source line and captions. */
  muted: string;
  link: string;
  border: string;
  /** Table heads and FinLens's panel surfaces. */
  surface: string;
  /** The sentence highlight behind the text. */
  mark: string;
};

export type PaintedTheme = Exclude<ReadingTheme, 'system'>;

export const PALETTES: Record<PaintedTheme, Palette> = {
  light: { background: '#ffffff', text: '#1f2328', muted: '#57606a', link: '#0b57d0', border: '#d0d7de', surface: '#f6f8fa', mark: '#fff1a8' },
  // paper: close to Firefox Reader View's sepia, with darker text for 7:1
  sepia: { background: '#f4ecd8', text: '#3b2e1e', muted: '#5f4b32', link: '#7a3e00', border: '#d8c9a8', surface: '#ebe0c6', mark: '#f2d27a' },
  dark: { background: '#1c1b22', text: '#e6e4e0', muted: '#aeaaa3', link: '#8ab4f8', border: '#3d3b45', surface: '#2a2930', mark: '#4a3f0f' },
};

/** "Follow the system" paints light or dark as the system asks (prefers-color-scheme). */
export const SYSTEM_THEMES = { light: 'light', dark: 'dark' } as const satisfies Record<string, PaintedTheme>;

/** Images are dimmed a little in the dark theme so they do not glare. */
export const DARK_IMAGE_FILTER = 'brightness(0.85)';
