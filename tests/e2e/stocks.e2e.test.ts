// Stock keyword triggers and the figures panel, in real headless Chromium and
// Firefox ESR: one trigger per linked stock, a dialog named after the stock
// listing each sentence once (data-sentence) whose figures carry data-kind,
// keyboard and focus handling, hostile page text shown literally, and
// phone-width mobile pages (360 and 412 px, as on Firefox for Android).
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { corpusPages, SEED_ARTICLE } from '../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../corpus/shared';
import { artifact, BROWSERS, waitInPage } from '../../tools/lib/browsers';
import { openArticle, runBrowser } from './harness/session';
import { fixtureUrl } from './harness/site';

const urlOf = (file: string) => corpusPages.find((p) => p.file === file)!.url;
const FIGURE_KINDS = ['money', 'percent', 'change', 'count', 'date', 'period', 'price', 'ratio', 'multiple'];

const trigger = (code: string) => `finlens-trigger >>> button[data-stock-code="${code}"]`;
const DIALOG = 'finlens-panel >>> [role="dialog"]';

/** The open panel as a reader's assistive technology sees it. */
function readPanel(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('finlens-panel')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!root || !dialog || (document.querySelector('finlens-panel') as HTMLElement).hidden) return null;
    const labelledBy = dialog.getAttribute('aria-labelledby') ?? '';
    const name = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    const rect = dialog.getBoundingClientRect();
    return {
      name: name || dialog.getAttribute('aria-label') || '',
      kinds: Array.from(dialog.querySelectorAll('[data-kind]')).map((el) => el.getAttribute('data-kind')),
      sentences: Array.from(dialog.querySelectorAll('[data-sentence]')).map((el) => el.getAttribute('data-sentence')),
      /** Anything wider than the panel (it would need sideways scrolling). */
      overflow: dialog.scrollWidth > dialog.clientWidth,
      text: dialog.textContent ?? '',
      images: root.querySelectorAll('img').length,
      rect: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom },
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

/** The stock code of the trigger button that has focus (through the trigger host's shadow root). */
const focusedTrigger = (page: Page) =>
  page.evaluate(() => {
    const host = document.activeElement;
    return host?.tagName.toLowerCase() === 'finlens-trigger'
      ? (host.shadowRoot?.activeElement?.getAttribute('data-stock-code') ?? null)
      : null;
  });

describe.skipIf(!hasShared).each(BROWSERS)('%s', (name) => {
  const running = runBrowser(name);

  it('on the seed article, the 青岛港 trigger opens a dialog of its figures; Escape closes it and focus returns', async () => {
    const page = await openArticle(running.session, urlOf(SEED_ARTICLE));
    const button = await page.waitForSelector(trigger('sh601298'), { timeout: 15_000 });
    expect(await button!.evaluate((b) => b.getAttribute('aria-label') ?? b.textContent)).toMatch(/青岛港/);
    await button!.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    await button!.click();
    await page.waitForSelector(DIALOG, { timeout: 5_000 });
    const panel = await readPanel(page);
    expect(panel?.name).toContain('青岛港');
    expect(panel!.kinds.length).toBeGreaterThan(0);
    for (const kind of panel!.kinds) expect(FIGURE_KINDS).toContain(kind);
    expect(panel!.text).toContain('sh601298');
    await page.screenshot({ path: artifact(`${name}-panel-seed.png`) });

    await page.keyboard.press('Escape');
    await waitInPage(page, () => (document.querySelector('finlens-panel') as HTMLElement | null)?.hidden !== false, []);
    expect(await readPanel(page)).toBeNull();
    expect(await focusedTrigger(page)).toBe('sh601298');

    // Enter on the focused trigger opens it again, and opening another stock closes the first
    await page.keyboard.press('Enter');
    await page.waitForSelector(DIALOG, { timeout: 5_000 });
    expect((await readPanel(page))?.name).toContain('青岛港');
    // (by keyboard: the open panel may cover the other trigger, as a reader would see)
    const other = await page.waitForSelector(trigger('sz000061'));
    await other!.evaluate((b) => (b as HTMLElement).focus());
    await page.keyboard.press('Enter');
    await waitInPage(page, () => document.querySelector('finlens-panel')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent?.includes('sz000061'), [], { timeout: 5_000 });
    expect(await page.evaluate(() => document.querySelectorAll('finlens-panel').length)).toBe(1);
    expect(await focusedTrigger(page)).toBeNull(); // focus moved into the new panel
    await page.close();
  });

  it('puts one trigger after each linked stock of the 13-stock article', async () => {
    const page = await openArticle(running.session, urlOf('sina-mirror-post-finance-2022-07-17-dongcai-13stocks.html'));
    await waitInPage(page, () => document.querySelectorAll('finlens-trigger').length > 0, [], { timeout: 15_000 });
    const codes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('finlens-trigger')).map((host) => {
        const code = host.shadowRoot?.querySelector('button')?.getAttribute('data-stock-code');
        // right after Sina's own quote span, which keeps its id for Sina's script
        const before = host.previousElementSibling;
        return { code, after: before?.id ?? '' };
      }),
    );
    const linked = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#artibody span[id^="stock_"]')).map((s) => s.id.slice('stock_'.length)),
    );
    expect(linked).toHaveLength(13);
    expect(codes.map((c) => c.code).sort()).toEqual([...new Set(linked)].sort());
    for (const { code, after } of codes) expect(after).toBe(`quote_${code}`);
    await page.close();
  });

  it('shows markup in a stock name, sentence and quote as text, and runs none of it', async () => {
    const page = await openArticle(running.session, fixtureUrl('hostile-stock.html'));
    const button = await page.waitForSelector(trigger('sh600000'), { timeout: 15_000 });
    await button!.click();
    await page.waitForSelector(DIALOG, { timeout: 5_000 });
    const panel = await readPanel(page);
    expect(panel?.name).toContain('<img src=x onerror=alert(1)>银行');
    expect(panel!.text).toContain('<img src=y onerror=alert(3)>');
    expect(panel!.images).toBe(0);
    await page.screenshot({ path: artifact(`${name}-panel-hostile.png`) });
    expect(await page.evaluate(() => (window as unknown as { __finlensPwned?: unknown[] }).__finlensPwned)).toEqual([]);
    await page.close();
  });

  it('gives every keyword family a trigger on a 看点 page, and a never-traded code a panel of what the article says', async () => {
    const page = await openArticle(running.session, fixtureUrl('keyword-families.html'));
    const codes = ['sh000001', 'sh600519', 'hk00700', 'us.NVDA', 'fund.110022', 'futures.RB0', 'sh688999'];
    for (const code of codes) await page.waitForSelector(trigger(code), { timeout: 15_000 });
    const button = await page.$(trigger('sh688999'));
    await button!.click();
    await page.waitForSelector(DIALOG, { timeout: 5_000 });
    const panel = await readPanel(page);
    expect(panel?.name).toContain('测试科技');
    expect(panel!.kinds).toEqual(expect.arrayContaining(['money', 'multiple']));
    expect(panel!.text).toContain('撤回上市申请');
    await page.keyboard.press('Escape');
    await waitInPage(page, () => (document.querySelector('finlens-panel') as HTMLElement | null)?.hidden !== false, []);
    await page.close();
  });

  // Firefox for Android's phones: 360 to 412 CSS px wide
  it.each([360, 412])('fits the panel inside a %d px wide phone viewport on the mobile template, each sentence once', async (width) => {
    const page = await openArticle(running.session, fixtureUrl('mobile-stock.html'), { width, height: 740 });
    const button = await page.waitForSelector(trigger('sh601298'), { timeout: 15_000 });
    await button!.click();
    await page.waitForSelector(DIALOG, { timeout: 5_000 });
    const panel = await readPanel(page);
    expect(panel!.kinds.length).toBeGreaterThan(0);
    expect(panel!.rect.left).toBeGreaterThanOrEqual(0);
    expect(panel!.rect.right).toBeLessThanOrEqual(panel!.viewport.width);
    expect(panel!.rect.top).toBeGreaterThanOrEqual(0);
    expect(panel!.rect.bottom).toBeLessThanOrEqual(panel!.viewport.height);
    expect(panel!.sentences).toEqual([...new Set(panel!.sentences)]);
    expect(panel!.sentences.length).toBeGreaterThan(0);
    expect(panel!.overflow).toBe(false);
    await page.screenshot({ path: artifact(`${name}-panel-mobile-${width}.png`) });
    // a click outside closes it
    await page.mouse.click(5, 5);
    await waitInPage(page, () => (document.querySelector('finlens-panel') as HTMLElement | null)?.hidden !== false, []);
    await page.close();
  });
});

if (!hasShared) describe.skip(`stock triggers over the corpus: ${SKIP_NO_SHARED}`, () => {});
