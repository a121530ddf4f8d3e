// The reader's layout and theme for clean reading, as plain data: the ranges,
// the defaults and the font stacks. No imports at all: the content script's
// document_start part writes these to <html> (utils/sina/reading-style.ts)
// before anything heavier loads, and the schema (reading-settings.ts), the
// stylesheet (utils/sina/reading-css.ts), the popup and the options page read
// the same table.

export const READING_FONTS = ['page', 'sans', 'serif'] as const;
export type ReadingFont = (typeof READING_FONTS)[number];
export const READING_THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export type ReadingTheme = (typeof READING_THEMES)[number];

export type ReadingSettings = {
  /** Body text size, px. */
  size: number;
  /** Line width, in characters of the body font (CJK characters are 1 em wide). */
  width: number;
  /** Line height, a multiple of the text size. */
  lineHeight: number;
  font: ReadingFont;
  theme: ReadingTheme;
};

export type ReadingNumber = 'size' | 'width' | 'lineHeight';

/**
 * Ranges and steps. W3C clreq: a line gap of 50–100 % of the character size and
 * 17–40 characters a line; WCAG 1.4.8: at most 40 CJK characters, line spacing
 * at least 1.5. 48 lets a wide-screen reader go past that on purpose.
 */
export const READING_RANGES: Record<ReadingNumber, { min: number; max: number; step: number }> = {
  size: { min: 14, max: 26, step: 1 },
  width: { min: 28, max: 48, step: 1 },
  lineHeight: { min: 1.5, max: 2.2, step: 0.1 },
};

export const DEFAULT_READING: Readonly<ReadingSettings> = { size: 18, width: 36, lineHeight: 1.8, font: 'page', theme: 'system' };

/** The nearest allowed value (on the step, within the range); null for what is not a finite number. */
export function clampReading(key: ReadingNumber, value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const { min, max, step } = READING_RANGES[key];
  // toFixed: (1.65 - 1.5) / 0.1 is 1.4999999999999991 in binary floating point; 1.5 + 3 × 0.1 is 1.8000000000000003
  const steps = Math.round(Number(((Math.min(max, Math.max(min, value)) - min) / step).toFixed(6)));
  return Number((min + steps * step).toFixed(1));
}

/** CJK font stacks, each with the Latin face the platform pairs with it (macOS, Windows, Adobe/Google, Linux). */
export const FONT_STACKS: Record<Exclude<ReadingFont, 'page'>, string> = {
  sans: '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Source Han Sans SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
  serif: '"Songti SC", STSong, SimSun, "Source Han Serif SC", "Noto Serif CJK SC", serif',
};

/** One step up (+1) or down (−1) from the current value, within the range; null at the end of the range. */
export function stepReading(r: ReadingSettings, key: ReadingNumber, direction: 1 | -1): number | null {
  const next = clampReading(key, r[key] + direction * READING_RANGES[key].step);
  return next === null || next === r[key] ? null : next;
}
