// @vitest-environment happy-dom
// The reader's values on <html>: written as custom properties and attributes,
// and removed exactly — the page's own inline style on <html> stays as it was.
import { describe, expect, it } from 'vitest';
import { FONT_ATTR, installReadingStyle, READING_PROPS, THEME_ATTR, writeReadingStyle } from '@/utils/sina/reading-style';
import { DEFAULT_READING, type ReadingSettings } from '@/utils/reading-values';

const freshRoot = (style?: string) => {
  const doc = document.implementation.createHTMLDocument('t');
  if (style !== undefined) doc.documentElement.setAttribute('style', style);
  return doc.documentElement;
};
const custom: ReadingSettings = { size: 22, width: 30, lineHeight: 2.1, font: 'serif', theme: 'sepia' };

describe('reading style on <html>', () => {
  it.each([
    ['the defaults', DEFAULT_READING, { size: '18px', width: '36', lineHeight: '1.8' }, null, null],
    ['other settings', custom, { size: '22px', width: '30', lineHeight: '2.1' }, 'serif', 'sepia'],
    ['the sans font and the dark theme', { ...DEFAULT_READING, font: 'sans', theme: 'dark' }, { size: '18px', width: '36', lineHeight: '1.8' }, 'sans', 'dark'],
  ] as const)('writes %s', (_name, reading, props, font, theme) => {
    // installReadingStyle's update (the later script) and writeReadingStyle (document_start) write the same
    for (const write of [(root: HTMLElement) => installReadingStyle(root).update(reading), (root: HTMLElement) => writeReadingStyle(root, reading)]) {
      const root = freshRoot();
      write(root);
      expect(Object.fromEntries(Object.entries(READING_PROPS).map(([k, p]) => [k, root.style.getPropertyValue(p)]))).toEqual(props);
      expect([root.getAttribute(FONT_ATTR), root.getAttribute(THEME_ATTR)]).toEqual([font, theme]);
    }
  });

  it('an update back to the page font and the system theme removes those attributes', () => {
    const root = freshRoot();
    const style = installReadingStyle(root);
    style.update(custom);
    style.update(DEFAULT_READING);
    expect([root.hasAttribute(FONT_ATTR), root.hasAttribute(THEME_ATTR)]).toEqual([false, false]);
  });

  it.each([
    ['no style attribute', undefined],
    ['its own inline style', 'color: red; --page-var: 1px'],
    ['an empty style attribute', ''],
  ])('dispose() leaves <html> with %s as it was', (_name, own) => {
    const root = freshRoot(own);
    const before = root.outerHTML;
    const style = installReadingStyle(root);
    style.update(custom);
    expect(root.outerHTML).not.toBe(before);
    style.dispose();
    expect(root.style.getPropertyValue(READING_PROPS.size)).toBe('');
    if (own === undefined) expect(root.hasAttribute('style')).toBe(false);
    else expect(root.getAttribute('style')?.replace(/\s|;$/g, '')).toBe(own.replace(/\s|;$/g, ''));
    expect([root.hasAttribute(FONT_ATTR), root.hasAttribute(THEME_ATTR)]).toEqual([false, false]);
  });

  it('after dispose(), a late update (settings arriving for a page that is not an article) writes nothing', () => {
    const root = freshRoot();
    const style = installReadingStyle(root);
    style.dispose();
    style.update(custom);
    expect(root.hasAttribute('style') || root.hasAttribute(THEME_ATTR)).toBe(false);
  });
});
