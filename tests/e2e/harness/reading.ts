// The reading layout's pages and in-page measurements for reading-layout.e2e.test.ts:
// one page of each template under its original URL, the reader's settings
// written as the options page would, and what the column looks like.
import { readPage } from '../../corpus/shared';
import { wrapMirrorPost } from '../../corpus/sina-shell';
import { openExtensionPage, type Session } from '../../../tools/lib/browsers';
import { defaultSettings, type Settings } from '../../../utils/settings-schema';
import { storedSettings } from './stored-settings';
import type { ReadingSettings } from '../../../utils/reading-values';
import type { Route } from '../../../tools/lib/fake-web';

export type LayoutPage = { template: string; file: string; url: string };

/** One page per template. The mirror post is served in the shell with Sina's fixed-width desktop CSS. */
export const LAYOUT_PAGES: LayoutPage[] = [
  { template: 'finance-2016', file: 'sina-finance-desktop-doc-2016-05-25-forex.html', url: 'https://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml' },
  { template: 'finance-2018', file: 'sina-finance-desktop-doc-2018-12-28-roll-12306.html', url: 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml' },
  { template: 'news-2019', file: 'sina-news-desktop-doc-2019-09-07-chip.html', url: 'https://news.sina.com.cn/c/2019-09-07/doc-iicezzrq4076655.shtml' },
  { template: 'news-2024', file: 'sina-news-desktop-doc-2024-05-10-tram.html', url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' },
  { template: 'tech', file: 'sina-tech-desktop-doc-2019-09-11-iphone11.html', url: 'https://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml' },
  { template: 'mobile', file: 'sina-mobile-finance-sina-cn-detail-2005-08-26-announcement.html', url: 'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html?from=wap' },
  { template: 'mirror-shell', file: 'sina-mirror-post-finance-2021-11-06-zijin-qingdaogang.html', url: 'https://finance.sina.com.cn/china/2021-11-06/doc-ifinlens2111060.shtml' },
  // the families issue 11 added (the legacy page is GBK: readPage decodes it in its declared charset)
  { template: 'kandian', file: 'sina-k-sina-com-cn-article-2018-09-28-mp-fashion.html', url: 'https://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html' },
  { template: 'caijing-toutiao', file: 'sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html', url: 'https://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0' },
  { template: 'legacy-gbk', file: 'sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html', url: 'http://ent.sina.com.cn/y/2009-11-09/13562762964.shtml' },
];

export function layoutRoutes(): Record<string, Route> {
  return Object.fromEntries(
    LAYOUT_PAGES.map((p) => {
      const text = readPage(p.file);
      return [p.url, { body: p.file.startsWith('sina-mirror-post-') ? wrapMirrorPost(text, p.url) : text }];
    }),
  );
}

/** Stores the reader's settings from an extension page, as the options page does; open tabs follow. */
export async function storeReading(session: Session, reading: Partial<ReadingSettings>): Promise<void> {
  const settings: Settings = { ...defaultSettings(), reading: { ...defaultSettings().reading, ...reading } };
  const page = await openExtensionPage(session, 'options.html');
  try {
    await page.evaluate(async (items: Record<string, unknown>) => {
      type Store = { storage: { local: { set(v: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Store; chrome?: Store };
      await (g.browser ?? g.chrome)!.storage.local.set(items);
    }, storedSettings(settings));
  } finally {
    await page.close();
  }
}

export type ColumnMeasure = {
  viewport: number;
  /** Per visible column element: how far its centre is from the window's. */
  offCentre: { el: string; off: number; width: number }[];
  /** The longest paragraph: its width over its font size, its size and line height in px. */
  chars: number;
  paragraphWidth: number;
  fontSize: number;
  lineHeight: number;
  /** Elements of the column past the window's edges (tables scroll in their own box: clippedTables). */
  overflowing: string[];
  /** The whole page scrolls sideways (Sina's leftover chrome around the column may do that: reported, not a failure). */
  pageOverflowX: boolean;
  /** Images wider than the column, or drawn larger than their natural size. */
  badImages: string[];
  /** Tables wider than the column that do not scroll in their own box. */
  clippedTables: number;
  /** Stock triggers outside the column. */
  strayTriggers: number;
};

/** Runs in the page. */
export function measureColumn(column: string[], bodies: string[]): ColumnMeasure | null {
  const viewport = document.documentElement.clientWidth;
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const name = (el: Element) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.classList.length ? `.${[...el.classList].join('.')}` : '');
  const columnEls = column.flatMap((s) => [...document.querySelectorAll(s)]).filter(shown);
  const body = bodies.map((s) => document.querySelector(s)).find((el): el is Element => el !== null && shown(el));
  if (!body) return null;
  const paragraphs = [...body.querySelectorAll('p')].filter(shown);
  const longest = paragraphs.reduce<HTMLElement | null>((a, p) => ((p.textContent ?? '').trim().length > (a?.textContent ?? '').trim().length ? p : a), null);
  if (!longest) return null;
  const style = getComputedStyle(longest);
  const fontSize = parseFloat(style.fontSize);
  const bodyBox = body.getBoundingClientRect();
  return {
    viewport,
    offCentre: columnEls.map((el) => {
      const r = el.getBoundingClientRect();
      return { el: name(el), off: Math.abs(r.left - (viewport - r.right)), width: r.width };
    }),
    chars: longest.clientWidth / fontSize,
    paragraphWidth: longest.clientWidth,
    fontSize,
    lineHeight: parseFloat(style.lineHeight),
    // content a reader would find cut off: anything of the column past the window's edges
    overflowing: columnEls
      .flatMap((el) => [el, ...el.querySelectorAll('*')])
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > viewport + 1 || r.left < -1) && !el.closest('table');
      })
      .map(name)
      .slice(0, 5),
    pageOverflowX: document.documentElement.scrollWidth > viewport + 1,
    badImages: [...body.querySelectorAll('img')]
      .filter((img) => shown(img) && img.complete && img.naturalWidth > 0)
      .filter((img) => img.getBoundingClientRect().width > bodyBox.width + 1 || img.getBoundingClientRect().width > img.naturalWidth + 1)
      .map((img) => img.src),
    clippedTables: [...body.querySelectorAll('table')].filter((t) => shown(t) && t.scrollWidth > t.clientWidth && getComputedStyle(t).overflowX !== 'auto').length,
    strayTriggers: [...document.querySelectorAll('finlens-trigger')].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left < bodyBox.left - 1 || r.right > bodyBox.right + 1;
    }).length,
  };
}

/**
 * Runs in the page, synchronously (FinLens's observer puts back attributes a page removes, after the
 * script yields): the computed styles (no custom properties) of the title, date line, body, their
 * paragraphs and containers, with clean reading on, with "show original" (data-finlens="off"), and with
 * no FinLens attribute or property at all (Sina's rendering); then puts everything back.
 */
export function stylesOnOffWithout(selectors: string[]): { on: string[]; off: string[]; without: string[] } {
  const els = selectors.flatMap((s) => [...document.querySelectorAll(s)]);
  const all = new Set<Element>();
  for (const el of els) for (let n: Element | null = el; n; n = n.parentElement) all.add(n);
  for (const el of els) for (const p of el.querySelectorAll('p')) all.add(p);
  const styles = () =>
    [...all].map((el) => {
      const cs = getComputedStyle(el);
      return [...cs].filter((p) => !p.startsWith('--')).map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    });
  const html = document.documentElement;
  const on = styles();
  const state = html.getAttribute('data-finlens')!;
  html.setAttribute('data-finlens', 'off');
  const off = styles();
  const attrs = [...html.attributes].filter((a) => a.name.startsWith('data-finlens')).map((a) => [a.name, a.value] as const);
  const props = [...html.style].filter((p) => p.startsWith('--finlens-')).map((p) => [p, html.style.getPropertyValue(p)] as const);
  const marks = [...document.querySelectorAll('[data-finlens-hide]')].map((el) => [el, el.getAttribute('data-finlens-hide')!] as const);
  for (const [a] of attrs) html.removeAttribute(a);
  for (const [p] of props) html.style.removeProperty(p);
  for (const [el] of marks) el.removeAttribute('data-finlens-hide');
  const without = styles();
  for (const [a, v] of attrs) html.setAttribute(a, v);
  for (const [p, v] of props) html.style.setProperty(p, v);
  for (const [el, v] of marks) el.setAttribute('data-finlens-hide', v);
  html.setAttribute('data-finlens', state);
  return { on, off, without };
}
