// Puts the reader's column and theme on <html>, where the clean-reading
// stylesheet (reading-css.ts) reads them: the numbers as custom properties in
// the root's inline style, the font and theme as attributes. Everything it
// writes it removes exactly, leaving the root's own style as it was. No imports
// besides plain data and types: it runs in the content script's document_start
// part. The layout's defaults are in the stylesheet itself (as var() fallbacks),
// so the page has them at its first paint, before any setting arrives.
import type { ReadingSettings } from '../reading-values';

/** Custom properties on <html>: the text size in px, the line width in characters, the line height. */
export const READING_PROPS = { size: '--finlens-size', width: '--finlens-measure', lineHeight: '--finlens-line-height' } as const;
/** `sans` | `serif`; absent for the page's own font. */
export const FONT_ATTR = 'data-finlens-font';
/** `light` | `sepia` | `dark`; absent to follow the system. */
export const THEME_ATTR = 'data-finlens-theme';

export type ReadingStyle = {
  update(reading: ReadingSettings): void;
  /** Removes every property and attribute it set: <html> is as it was, and later updates do nothing. */
  dispose(): void;
};

const cssValue = (key: keyof typeof READING_PROPS, r: ReadingSettings) =>
  key === 'size' ? `${r.size}px` : String(key === 'width' ? r.width : r.lineHeight);

const setAttr = (root: Element, name: string, value: string | null) => (value === null ? root.removeAttribute(name) : root.setAttribute(name, value));

/**
 * Writes the reader's layout and theme on <html>, and nothing else: the document_start script's part,
 * which never takes them back (the later script's installReadingStyle does, if the page is not an article).
 */
export function writeReadingStyle(root: HTMLElement, r: ReadingSettings): void {
  for (const key of Object.keys(READING_PROPS) as (keyof typeof READING_PROPS)[]) {
    root.style.setProperty(READING_PROPS[key], cssValue(key, r));
  }
  setAttr(root, FONT_ATTR, r.font === 'page' ? null : r.font);
  setAttr(root, THEME_ATTR, r.theme === 'system' ? null : r.theme);
}

export function installReadingStyle(root: HTMLElement): ReadingStyle {
  // The page may have its own inline style on <html>: only FinLens's properties come and go. (The
  // document_start script may have written them already: a style of nothing else is not the page's.)
  const style = root.getAttribute('style');
  const hadStyle = style !== null && (style.trim() === '' || style.replace(/--finlens-[\w-]+\s*:[^;]*;?/g, '').trim() !== '');
  let written = false;
  let disposed = false;
  return {
    update(r) {
      if (disposed) return;
      written = true;
      writeReadingStyle(root, r);
    },
    dispose() {
      disposed = true;
      if (!written) return;
      for (const prop of Object.values(READING_PROPS)) root.style.removeProperty(prop);
      if (!hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
      else if (hadStyle && !root.hasAttribute('style')) root.setAttribute('style', ''); // an emptied style may drop the attribute
      root.removeAttribute(FONT_ATTR);
      root.removeAttribute(THEME_ATTR);
      written = false;
    },
  };
}
