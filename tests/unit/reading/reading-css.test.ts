// The reading part of the manifest stylesheet: every rule is gated by
// html[data-finlens="on"] (so "show original" is Sina's rendering), the
// defaults are in the CSS (so the first paint has them), and every template's
// column is named.
import { describe, expect, it } from 'vitest';
import { BODIES, COLUMN, readingCss } from '@/utils/sina/reading-css';
import { PALETTES } from '@/utils/reading-themes';
import { DEFAULT_READING, FONT_STACKS } from '@/utils/reading-values';

const css = readingCss();
/** Top-level rules, and the rules inside @media blocks, as selector → declarations. */
function rules(text: string): { selector: string; body: string }[] {
  const out: { selector: string; body: string }[] = [];
  const re = /([^{}]+)\{([^{}]*)\}/g;
  for (const m of text.replace(/@media[^{]+\{/g, '').matchAll(re)) out.push({ selector: m[1]!.trim(), body: m[2]! });
  return out;
}

/** A selector list's selectors (commas inside :is()/:has()/:not() do not split). */
function selectorList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, selector.slice(start)].map((s) => s.trim());
}

describe('reading stylesheet', () => {
  it('gates every selector of every rule on html[data-finlens="on"]', () => {
    const all = rules(css);
    expect(all.length).toBeGreaterThan(20);
    for (const { selector } of all) {
      for (const part of selectorList(selector)) expect(part, selector).toMatch(/^html\[data-finlens="on"\]/);
    }
  });

  it.each([
    ['text size', `var(--finlens-size, ${DEFAULT_READING.size}px)`],
    ['line height', `var(--finlens-line-height, ${DEFAULT_READING.lineHeight})`],
    ['line width in characters of the text size', `calc(var(--finlens-measure, ${DEFAULT_READING.width}) * var(--finlens-size, ${DEFAULT_READING.size}px))`],
    ['the phone margin', 'max(16px, '],
    ['the paragraph gap', 'margin-bottom:0.8em!important'],
  ])('carries the default %s', (_name, text) => {
    expect(css).toContain(text);
  });

  it.each(Object.entries(PALETTES))('paints the %s theme from its palette', (theme, palette) => {
    const line = css.split('\n').find((l) => (theme === 'light' ? l.startsWith('html[data-finlens="on"]{--finlens-') : l.includes(`[data-finlens-theme="${theme}"]{`)));
    expect(line).toBeDefined();
    for (const value of Object.values(palette)) expect(line).toContain(value);
  });

  it('follows the system into dark when no theme is chosen', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{html\[data-finlens="on"\]:not\(\[data-finlens-theme\]\)\{[^}]*#1c1b22/);
  });

  it.each(Object.entries(FONT_STACKS))('sets the %s font stack only when chosen', (font, stack) => {
    expect(css).toContain(`html[data-finlens="on"][data-finlens-font="${font}"]`);
    expect(css).toContain(stack);
  });

  it.each([
    ['finance 2018, news, 看点, 财经头条 title', 'h1.main-title'],
    ['2016, tech and legacy title', 'h1#artibodyTitle'],
    ['date line in the top bar', '.date-source'],
    ['finance, tech and legacy body', '#artibody'],
    ['news body', 'div.article#article'],
    ['mobile card', 'article.art_box'],
  ])('puts the %s in the column', (_name, selector) => {
    expect(COLUMN).toContain(selector);
  });

  it('styles a body for every column that has one', () => {
    expect(BODIES.every((b) => COLUMN.some((c) => b.startsWith(c)))).toBe(true);
  });
});
