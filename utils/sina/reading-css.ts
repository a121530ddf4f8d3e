// The reading layout and theme part of the clean-reading stylesheet (written
// into the manifest stylesheet at build time with the boilerplate rules:
// wxt.config.ts). With clean reading on, the title, the date/source line and
// the body of every template form one column centred in the window, in the
// reader's size, width, line height, font and theme. Every rule is gated by
// html[data-finlens="on"], so "show original" (data-finlens="off") is Sina's
// rendering exactly. The reader's values come from <html> (reading-style.ts);
// each var() carries the default, so the default layout is there at the first
// paint, before storage answers, and arriving defaults move nothing.
import { DARK_IMAGE_FILTER, PALETTES, type Palette, type PaintedTheme } from '../reading-themes';
import { DEFAULT_READING, FONT_STACKS } from '../reading-values';
import { FONT_ATTR, READING_PROPS, THEME_ATTR } from './reading-style';
import { STATE_ATTR } from './clean';
import { HIGHLIGHT_NAME } from '../stock-ui/highlight';

const ON = `html[${STATE_ATTR}="on"]`;

// The elements that make the column, per template (the e2e layout test measures them). Never one inside another:
// each is centred in the full width its neutralised ancestors leave it.
export const COLUMN = [
  'h1.main-title', // finance 2018, news 2019–2024, 看点, 财经头条, mirror shell: …-roll-12306.html, …-tram.html, …-mp-fashion.html, …-caijing-toutiao.html
  'h1#artibodyTitle', // finance 2016, tech, legacy: …-2016-05-25-forex.html, …-iphone11.html, …-legacy-2009-11-09-gbk-alilang.html
  '.date-source', // date and source in the sticky top bar: …-roll-12306.html, …-tram.html, …-caijing-toutiao.html
  '.page-info', // 2016 date/source line: …-2016-05-25-forex.html
  '.artInfo', // tech and legacy date/source line: …-iphone11.html, …-alilang.html
  '#artibody', // the body of finance, tech, 看点, 财经头条 and legacy pages (sina-dom.md §2, §6)
  'div.article#article', // the news body: …-2019-09-07-chip.html, …-tram.html
  'article.art_box', // mobile: title, date and body in one card: sina-mobile-finance-sina-cn-detail-2005-08-26-announcement.html
];
const TITLES = ['h1.main-title', 'h1#artibodyTitle', 'h1.art_tit_h1'];
const META = ['.date-source', '.page-info', '.artInfo'];
export const BODIES = ['#artibody', 'div.article#article', 'article.art_box .art_content'];

const is = (list: readonly string[]) => `:is(${list.join()})`;
const rule = (selector: string, declarations: Record<string, string>) =>
  `${selector}{${Object.entries(declarations)
    .map(([p, v]) => `${p}:${v}!important`)
    .join(';')}}`;

const size = `var(${READING_PROPS.size}, ${DEFAULT_READING.size}px)`;
const lineHeight = `var(${READING_PROPS.lineHeight}, ${DEFAULT_READING.lineHeight})`;
// The line width in characters of the body font (a CJK character is 1 em).
const column = `calc(var(${READING_PROPS.width}, ${DEFAULT_READING.width}) * ${size})`;
// Centred; on a phone, the window less 16 px each side.
const sideMargin = `max(16px, calc((100% - ${column}) / 2))`;

function layoutRules(): string[] {
  const body = is(BODIES);
  return [
    // Every ancestor of the column gives it the whole width: Sina's fixed-width
    // wrappers (.main-content.w1240, .wrap, .blkContainer), floated columns
    // (.article-content-left) and the fixed top bar (#top_bar.top-bar-fixed on
    // …-roll-12306.html) become plain blocks.
    rule(`${ON} :is(body, body :has(${is(COLUMN)}))`, {
      position: 'static',
      float: 'none',
      width: 'auto',
      'min-width': '0',
      'max-width': 'none',
      height: 'auto',
      'max-height': 'none',
      'margin-left': '0',
      'margin-right': '0',
      'padding-left': '0',
      'padding-right': '0',
      transform: 'none',
    }),
    // flex, grid or table wrappers would size the column to its content
    rule(`${ON} body :has(${is(COLUMN)})`, { display: 'block' }),
    // what else those wrappers hold (a 660 px iframe beside the 2016 body, …-forex.html) fits the window
    rule(`${ON} :is(body, body :has(${is(COLUMN)})) > :is(iframe, img, embed, object, video, table)`, { 'max-width': '100%' }),
    rule(`${ON} ${is(COLUMN)}`, {
      'box-sizing': 'content-box',
      position: 'static',
      float: 'none',
      width: 'auto',
      'min-width': '0',
      'max-width': 'none',
      'margin-left': sideMargin,
      'margin-right': sideMargin,
      'padding-left': '0',
      'padding-right': '0',
    }),
    // the browser's 40 px figure indent (the mobile author line is a <figure>: …-announcement.html)
    rule(`${ON} ${is(COLUMN)} figure`, { 'margin-left': '0', 'margin-right': '0' }),
    rule(`${ON} ${is(COLUMN)}`, { 'overflow-wrap': 'break-word' }),
    rule(`${ON} ${is(TITLES)}`, { 'font-size': `calc(${size} * 1.5)`, 'line-height': '1.4', 'margin-top': '24px', 'margin-bottom': '8px' }),
    rule(`${ON} ${is(META)}`, { 'font-size': `calc(${size} * 0.78)`, 'line-height': '1.6', 'margin-bottom': '16px', color: 'var(--finlens-muted)' }),
    rule(`${ON} ${is(META)} *`, { float: 'none', color: 'inherit' }),
    rule(`${ON} ${body}`, { 'font-size': size, 'line-height': lineHeight }),
    // Sina's stylesheet sizes paragraphs itself (p cms-style="font-L"); the column's size wins. Its indent is
    // text (two U+3000 at the start of a paragraph), so it stays.
    rule(`${ON} ${body} :is(p, div, section, blockquote, li, font, strong, b)`, { 'font-size': 'inherit', 'line-height': 'inherit' }),
    rule(`${ON} ${body} p`, { 'margin-top': '0', 'margin-bottom': '0.8em', 'margin-left': '0', 'margin-right': '0', 'padding-left': '0', 'padding-right': '0' }),
    // images and their wrappers fit the column and are never upscaled (no width is set, only a maximum)
    rule(`${ON} ${body} :is(div, figure, center, section, p)`, { 'max-width': '100%' }),
    rule(`${ON} ${body} :is(img, video, svg, canvas)`, { 'max-width': '100%', height: 'auto', 'box-sizing': 'border-box' }),
    rule(`${ON} ${body} :is(iframe, embed, object)`, { 'max-width': '100%' }),
    // a wide table scrolls sideways in its own box, never clipped and never wider than the column
    rule(`${ON} ${body} table`, { display: 'block', width: 'max-content', 'max-width': '100%', 'overflow-x': 'auto' }),
    rule(`${ON} ${body} pre`, { 'max-width': '100%', 'overflow-x': 'auto' }),
  ];
}

function fontRules(): string[] {
  return Object.entries(FONT_STACKS).map(([font, stack]) =>
    rule(`${ON}[${FONT_ATTR}="${font}"] :is(${is(COLUMN)}, ${is(COLUMN)} *)`, { 'font-family': stack }),
  );
}

const paletteVars = (p: Palette) =>
  Object.entries(p)
    .map(([name, value]) => `--finlens-${name}:${value}`)
    .join(';');

function themeRules(): string[] {
  const explicit = (theme: PaintedTheme) => `${ON}[${THEME_ATTR}="${theme}"]`;
  const system = `${ON}:not([${THEME_ATTR}])`;
  return [
    // light for "follow the system" unless it asks for dark, and for "light"
    `${ON}{${paletteVars(PALETTES.light)}}`,
    `${explicit('sepia')}{${paletteVars(PALETTES.sepia)}}`,
    `${explicit('dark')}{${paletteVars(PALETTES.dark)}}`,
    `@media (prefers-color-scheme: dark){${system}{${paletteVars(PALETTES.dark)}}${system} :is(${BODIES.join(', ')}) img{filter:${DARK_IMAGE_FILTER}!important}}`,
    rule(`${ON}, ${ON} body`, { 'background-color': 'var(--finlens-background)', color: 'var(--finlens-text)' }),
    // Sina's boxes, text colours and rules take the theme's; a <font color> or a coloured span (the live
    // quote's 涨跌 colours, …-usstock-bonds.html) keeps its own. :where() keeps this below the rules
    // above and below that colour particular parts (the date line, links, table heads).
    rule(
      `${ON} body :where(div, section, article, main, header, footer, aside, nav, p, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, table, thead, tbody, tfoot, tr, td, th, caption, blockquote, figure, figcaption, center, strong, b, em, i, time, small, cite, font:not([color]), span:not([style*="color"]))`,
      { 'background-color': 'transparent', color: 'inherit', 'border-color': 'var(--finlens-border)' },
    ),
    rule(`${ON} body a`, { color: 'var(--finlens-link)' }),
    rule(`${ON} body :is(th, thead td)`, { 'background-color': 'var(--finlens-surface)' }),
    rule(`${ON} body :is(${BODIES.join(', ')}) :is(.img_descr, figcaption)`, { color: 'var(--finlens-muted)' }),
    rule(`${explicit('dark')} :is(${BODIES.join(', ')}) img`, { filter: DARK_IMAGE_FILTER }),
    // FinLens's own triggers and panel: their tokens (assets/tokens.css) from the theme; a page rule beats :host
    rule(`${ON} :is(finlens-trigger, finlens-panel)`, {
      '--fl-color-bg': 'var(--finlens-background)',
      '--fl-color-surface': 'var(--finlens-surface)',
      '--fl-color-fg': 'var(--finlens-text)',
      '--fl-color-muted': 'var(--finlens-muted)',
      '--fl-color-border': 'var(--finlens-border)',
      '--fl-color-accent': 'var(--finlens-link)',
      '--fl-color-accent-fg': 'var(--finlens-background)',
      '--fl-color-mark': 'var(--finlens-mark)',
    }),
    rule(`${ON} ::highlight(${HIGHLIGHT_NAME})`, { 'background-color': 'var(--finlens-mark)' }),
  ];
}

/** The reading part of the stylesheet. */
export function readingCss(): string {
  return [...layoutRules(), ...fontRules(), ...themeRules()].join('\n');
}
