// The popup and the options page against a real article tab, in headless
// Chromium and Firefox ESR: the summary, the clean-reading switches acting on
// the tab at once (and losslessly), figures and stocks that lead into the
// page, settings that open tabs follow, the badge, and screenshots in both
// languages.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { corpusPages, SEED_ARTICLE } from '../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../corpus/shared';
import { artifact, BROWSERS, openExtensionPage, openPopupFor, tabIdOf, waitInPage } from '../../tools/lib/browsers';
import { checkRendering, checkUntouched, expectationFor } from './harness/expect';
import { openArticle, runBrowser } from './harness/session';
import { servedHtml } from './harness/site';

const urlOf = (file: string) => corpusPages.find((p) => p.file === file)!.url;
const SEED = () => urlOf(SEED_ARTICLE);

/** One page of each template (finance 2016 / new desktop, news, tech, mobile, mirror post) and family (看点, 财经头条, legacy GBK). */
const TEMPLATES = [
  'sina-finance-desktop-doc-2016-05-25-forex.html',
  'sina-finance-desktop-doc-2018-12-28-roll-12306.html',
  'sina-news-desktop-doc-2024-05-10-tram.html',
  'sina-tech-desktop-doc-2019-09-11-iphone11.html',
  'sina-mobile-finance-sina-cn-detail-2005-08-26-announcement.html',
  'sina-mirror-post-finance-2021-11-06-zijin-qingdaogang.html',
  'sina-k-sina-com-cn-article-2018-09-28-mp-fashion.html',
  'sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html',
  'sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html',
];

const stateOf = (page: Page) =>
  page.evaluate(() => ({
    finlens: document.documentElement.getAttribute('data-finlens'),
    keep: (document.documentElement.getAttribute('data-finlens-keep') ?? '').split(/\s+/).filter(Boolean),
  }));

/** Folds the popup's cleaning section again and waits until that is remembered, so the next popup opens folded. */
async function foldCleaning(popup: Page) {
  await popup.click('details[data-fold="cleaning"] > summary');
  await waitInPage(
    popup,
    async () => {
      type Storage = { storage: { local: { get(key: string): Promise<Record<string, { cleaning?: boolean } | undefined>> } } };
      const ext = globalThis as unknown as { browser?: Storage; chrome?: Storage };
      const { popupFolds } = await (ext.browser ?? ext.chrome)!.storage.local.get('popupFolds');
      return popupFolds?.cleaning === false;
    },
    [],
    { what: 'the folded section to be remembered' },
  );
}

describe.skipIf(!hasShared).each(BROWSERS)('%s', (name) => {
  const running = runBrowser(name);

  it('shows the article title, key figures and stocks of the tab, in both languages', async () => {
    const article = await openArticle(running.session, SEED());
    const title = await article.$eval('h1.main-title', (h) => h.textContent?.trim());
    for (const lang of ['zh_CN', 'en'] as const) {
      const popup = await openPopupFor(running.session, SEED(), lang);
      await popup.waitForSelector('main[data-state="ready"]');
      expect(await popup.$eval('#popup-title', (h) => h.textContent?.trim())).toBe(title);
      const kinds = await popup.$$eval('[data-figure-kind]', (els) => els.map((e) => e.getAttribute('data-figure-kind')));
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds).toContain('money');
      const stocks = await popup.$$eval('[data-stock-code]', (els) => els.map((e) => e.getAttribute('data-stock-code')));
      expect(stocks.sort()).toEqual(['sh601298', 'sh601727', 'sz000061', 'sz000901']);
      await popup.setViewport({ width: 400, height: 900 });
      await popup.screenshot({ path: artifact(`${name}-popup-${lang}.png`), fullPage: true });
      await popup.close();
    }
    await article.close();
  });

  it.each(TEMPLATES)('turns cleaning off and on in the tab of %s, losslessly', async (file) => {
    const url = urlOf(file);
    const article = await openArticle(running.session, url);
    const expected = expectationFor(servedHtml(running.web, url), url);
    const popup = await openPopupFor(running.session, url);
    await popup.waitForSelector('#clean-toggle');

    await popup.click('#clean-toggle');
    await waitInPage(article, () => document.documentElement.getAttribute('data-finlens') === 'off', [], { timeout: 5_000 });
    // "show original": every element any rule matches is displayed as if FinLens were not there
    expect(await article.evaluate(checkUntouched, expected.allSelectors)).toEqual([]);

    await popup.click('#clean-toggle');
    await waitInPage(article, () => document.documentElement.getAttribute('data-finlens') === 'on', [], { timeout: 5_000 });
    const seen = await article.evaluate(checkRendering, expected);
    expect(seen).toEqual({ hiddenText: [], shownBoilerplate: [] });
    await popup.close();
    await article.close();
  });

  it('shows one category again from its switch, and only that one', async () => {
    const url = urlOf('sina-finance-desktop-doc-2018-12-28-roll-12306.html');
    const article = await openArticle(running.session, url);
    const popup = await openPopupFor(running.session, url);
    const comments = '#bottom_sina_comment';
    expect(await article.$eval(comments, (el) => getComputedStyle(el).display)).toBe('none');
    // the category switches are folded away until the reader opens their section
    expect(await popup.$eval('details[data-fold="cleaning"]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await popup.click('details[data-fold="cleaning"] > summary');
    await popup.click('input[data-category="comments"]');
    await waitInPage(article, () => document.documentElement.getAttribute('data-finlens-keep')?.includes('comments'), []);
    expect(await article.$eval(comments, (el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await article.$eval('.article-content-right', (el) => getComputedStyle(el).display)).toBe('none');
    await popup.close();
    // the next popup opens the section as the reader left it (then folds it again for the other tests)
    const again = await openPopupFor(running.session, url);
    await again.waitForSelector('main[data-state="ready"]');
    expect(await again.$eval('details[data-fold="cleaning"]', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await foldCleaning(again);
    await again.close();
    await article.close();
  });

  // Firefox for Android shows the popup as a page as wide as the phone
  it.each([360, 412])('is usable %d px wide: nothing sideways, the folded section opens', async (width) => {
    const article = await openArticle(running.session, SEED());
    const popup = await openPopupFor(running.session, SEED());
    await popup.setViewport({ width, height: 740 });
    await popup.waitForSelector('main[data-state="ready"]');
    await popup.click('details[data-fold="cleaning"] > summary');
    const seen = await popup.evaluate(() => ({
      wide: document.documentElement.scrollWidth,
      stocks: document.querySelectorAll('[data-stock-code]').length,
      switches: [...document.querySelectorAll('input[data-category]')].filter((e) => e.getBoundingClientRect().width > 0).length,
    }));
    await popup.screenshot({ path: artifact(`${name}-popup-${width}.png`), fullPage: true });
    expect(seen.wide).toBeLessThanOrEqual(width);
    expect(seen.stocks).toBe(4);
    expect(seen.switches).toBeGreaterThan(0);
    await foldCleaning(popup);
    await popup.close();
    await article.close();
  });

  it('fits the browser popup: at 600 px tall the title, the key figures and the stocks need no scrolling', async () => {
    const article = await openArticle(running.session, SEED());
    for (const lang of ['zh_CN', 'en'] as const) {
      const popup = await openPopupFor(running.session, SEED(), lang);
      await popup.setViewport({ width: 380, height: 600 });
      await popup.waitForSelector('main[data-state="ready"]');
      const seen = await popup.evaluate(() => {
        const bottom = (sel: string) => Math.max(...[...document.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().bottom));
        return {
          height: document.documentElement.scrollHeight,
          title: bottom('#popup-title'),
          figures: bottom('[data-figure-kind]'),
          stocks: bottom('[data-stock-code]'),
          folded: !(document.querySelector('details[data-fold="cleaning"]') as HTMLDetailsElement).open,
          wide: document.documentElement.scrollWidth,
        };
      });
      await popup.screenshot({ path: artifact(`${name}-popup-600-${lang}.png`) });
      console.log(`${name} popup (${lang}) at 380×600: content ${seen.height}px tall, stocks end at ${Math.round(seen.stocks)}px`);
      expect(seen.folded).toBe(true);
      expect(seen.title).toBeLessThanOrEqual(600);
      expect(seen.figures).toBeLessThanOrEqual(600);
      expect(seen.stocks).toBeLessThanOrEqual(600);
      expect(seen.wide).toBeLessThanOrEqual(380);
      await popup.close();
    }
    await article.close();
  });

  it('leads from a figure to its sentence and from a stock to its panel', async () => {
    const article = await openArticle(running.session, SEED());
    await article.waitForSelector('finlens-trigger', { timeout: 15_000 });
    const popup = await openPopupFor(running.session, SEED());
    await popup.click('[data-figure-kind] button');
    await waitInPage(article, () => (globalThis.CSS && 'highlights' in CSS && CSS.highlights.has('finlens-reveal')) || !!document.querySelector('finlens-overlay'), [], { timeout: 5_000 });
    await popup.click('[data-stock-code="sh601298"] button');
    await waitInPage(article, () => (document.querySelector('finlens-panel') as HTMLElement | null)?.hidden === false, [], { timeout: 5_000 });
    await popup.close();
    await article.close();
  });

  it('says plainly when the tab is not a Sina article', async () => {
    const url = urlOf('neg-sina-homepage-2015.html');
    const page = await running.session.browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
    const popup = await openPopupFor(running.session, url);
    expect(await popup.$eval('main', (m) => m.getAttribute('data-state'))).toBe('not-article');
    expect((await popup.$eval('#popup-title', (h) => h.textContent ?? '')).length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('saves a default on the options page that an open article tab follows without a reload', async () => {
    const article = await openArticle(running.session, SEED());
    expect((await stateOf(article)).keep).not.toContain('comments');
    for (const lang of ['zh_CN', 'en'] as const) {
      const shot = await openExtensionPage(running.session, `options.html?lang=${lang}`);
      await shot.waitForSelector('#options-title');
      await shot.setViewport({ width: 800, height: 1000 });
      await shot.screenshot({ path: artifact(`${name}-options-${lang}.png`), fullPage: true });
      await shot.close();
    }
    const options = await openExtensionPage(running.session, 'options.html');
    await options.waitForSelector('input[data-category="comments"]');
    await options.click('input[data-category="comments"]');
    await waitInPage(article, () => document.documentElement.getAttribute('data-finlens-keep')?.includes('comments'), [], { timeout: 5_000 });
    // and back, so the other tests see the defaults
    await options.click('input[data-category="comments"]');
    await waitInPage(article, () => !document.documentElement.getAttribute('data-finlens-keep')?.includes('comments'), [], { timeout: 5_000 });
    await options.close();
    await article.close();
  });

  it('shows the key-figure count on the toolbar badge of the article tab', async () => {
    const article = await openArticle(running.session, SEED());
    await article.waitForSelector('finlens-trigger', { timeout: 15_000 });
    const popup = await openPopupFor(running.session, SEED());
    const count = (await popup.$$('[data-figure-kind]')).length;
    await popup.close();
    const tabId = await tabIdOf(running.session, SEED());
    // asked from an extension page: Chrome's MV3 `action`, Firefox's MV2 `browserAction`
    const page = await openExtensionPage(running.session, 'options.html');
    const badge = await page.evaluate((id: number) => {
      type Badge = { getBadgeText(d: object): Promise<string> };
      const g = globalThis as unknown as { browser?: { action?: Badge; browserAction?: Badge }; chrome?: { action?: Badge } };
      const api = g.browser?.action ?? g.browser?.browserAction ?? g.chrome?.action;
      return api!.getBadgeText({ tabId: id });
    }, tabId);
    await page.close();
    expect(badge).toBe(String(count));
    await article.close();
  });
});

if (!hasShared) describe.skip(`popup and options over the corpus: ${SKIP_NO_SHARED}`, () => {});
