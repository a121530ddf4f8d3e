// The live quote, in real headless Chromium and Firefox ESR: Sina's filled quote span (the 2019 US-stock
// page of the corpus keeps the values Sina's script wrote) read into the panel's structured quote, the
// panel following as the span changes, and Sina's inline quote recoloured by the reader's convention.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { corpusPages } from '../corpus/pages';
import { hasShared } from '../corpus/shared';
import { BROWSERS, openExtensionPage, openPopupFor, waitInPage } from '../../tools/lib/browsers';
import { panelQuote } from './harness/quote';
import { openArticle, runBrowser } from './harness/session';

const PAGE = corpusPages.find((p) => p.file === 'sina-finance-desktop-doc-2019-09-09-usstock-bonds.html')!;
const RISE = 'rgb(217, 39, 46)'; // the default convention, red for up (assets/tokens.css)
const FALL = 'rgb(19, 136, 58)';

/** The computed colours of the <font> tags in Sina's quote span. */
const inlineColors = (page: Page, id: string) =>
  page.evaluate((spanId) => Array.from(document.querySelectorAll(`#${spanId} font`)).map((f) => getComputedStyle(f).color), id);

/** What Sina's script does every few seconds: rewrite the span's coloured <font> tags. */
const sinaWrites = (page: Page, id: string, parts: [string, string, string], color: string) =>
  page.evaluate(
    (spanId, values, fontColor) => {
      const fonts = values.map((v) => Object.assign(document.createElement('font'), { color: fontColor, textContent: v }));
      document.getElementById(spanId)!.replaceChildren('(', fonts[0]!, ', ', fonts[1]!, ', ', fonts[2]!, ')');
    },
    id,
    parts,
    color,
  );

describe.skipIf(!hasShared).each(BROWSERS)('%s', (name) => {
  const running = runBrowser(name);

  it("shows Sina's quote as a structured, coloured quote, follows its updates, and recolours the inline quote", async () => {
    const page = await openArticle(running.session, PAGE.url);
    const button = await page.waitForSelector('finlens-trigger >>> button[data-stock-code="us.JPM"]', { timeout: 15_000 });
    // Sina wrote the rise in green; the reader's convention (red for up, the default) wins, by CSS only
    await waitInPage(page, () => document.getElementById('quote_JPM')?.getAttribute('data-finlens-direction') === 'up', []);
    expect(await inlineColors(page, 'quote_JPM')).toEqual([RISE, RISE, RISE]);
    expect(await page.evaluate(() => document.querySelector('#quote_JPM font')?.getAttribute('color'))).toBe('green');

    await button!.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    await button!.click();
    await page.waitForSelector('finlens-panel >>> [data-quote="quote"]', { timeout: 5_000 });
    expect(await panelQuote(page)).toBe('115.395 +2.79 +2.47% up');
    const priceColor = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('finlens-panel')!.shadowRoot!.querySelector('[data-quote="price"]')!).color);
    expect(await priceColor()).toBe(RISE);

    await sinaWrites(page, 'quote_JPM', ['112.010', '-0.595', '-0.53%'], 'red');
    await waitInPage(page, () => document.querySelector('finlens-panel')?.shadowRoot?.querySelector('[data-quote="quote"]')?.getAttribute('data-direction') === 'down', [], { timeout: 5_000 });
    expect(await panelQuote(page)).toBe('112.010 \u22120.595 \u22120.53% down');
    expect(await priceColor()).toBe(FALL);
    await waitInPage(page, () => document.getElementById('quote_JPM')?.getAttribute('data-finlens-direction') === 'down', []);
    expect(await inlineColors(page, 'quote_JPM')).toEqual([FALL, FALL, FALL]);

    // the reader picks green for up on the options page: the open tab follows, the panel too
    const options = await openExtensionPage(running.session, 'options.html');
    await options.click('input[name="colors"][value="green-up"]');
    await waitInPage(page, () => document.documentElement.getAttribute('data-finlens-colors') === 'green-up', [], { timeout: 5_000 });
    expect(await inlineColors(page, 'quote_JPM')).toEqual([RISE, RISE, RISE]);
    expect(await priceColor()).toBe(RISE);
    // and back, so the other tests see the defaults
    await options.click('input[name="colors"][value="red-up"]');
    await waitInPage(page, () => document.documentElement.getAttribute('data-finlens-colors') === 'red-up', [], { timeout: 5_000 });
    await options.close();

    // "show original" from the popup: Sina's own colours come back (the CSS is gated on <html>)
    const popup = await openPopupFor(running.session, PAGE.url);
    await popup.click('#clean-toggle');
    await waitInPage(page, () => document.documentElement.getAttribute('data-finlens') === 'off', [], { timeout: 5_000 });
    expect(await inlineColors(page, 'quote_JPM')).toEqual(['rgb(255, 0, 0)', 'rgb(255, 0, 0)', 'rgb(255, 0, 0)']);
    await popup.click('#clean-toggle');
    await waitInPage(page, () => document.documentElement.getAttribute('data-finlens') === 'on', [], { timeout: 5_000 });
    expect(await inlineColors(page, 'quote_JPM')).toEqual([FALL, FALL, FALL]);
    await popup.close();
    await page.close();
  });
});
