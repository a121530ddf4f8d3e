// The extension loads in real headless Chromium and Firefox ESR, acts on Sina
// article pages of every template — cleaning them while every paragraph, the
// title, date and source stay visible — and leaves every other page alone.
// Every request the pages make is answered by the fake web on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import { corpusPages } from '../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../corpus/shared';
import { artifact, BROWSERS, openExtensionPage, visit, waitInPage } from '../../tools/lib/browsers';
import { checkRendering, expectationFor } from './harness/expect';
import { runBrowser } from './harness/session';
import { servedHtml, trackRequests, unseenRequests } from './harness/site';

const positives = corpusPages.filter((p) => p.kind === 'positive');
const negatives = corpusPages.filter((p) => p.kind === 'negative');

describe.skipIf(!hasShared).each(BROWSERS)('%s', (name) => {
  const running = runBrowser(name);
  const finished: string[] = [];

  it.each(positives.map((p) => [p.file, p.url]))('cleans %s and keeps all of its article visible', async (file, url) => {
    const page = await running.session.browser.newPage();
    const done = trackRequests(page);
    await visit(page, url);
    await waitInPage(page, () => document.documentElement.getAttribute('data-finlens') === 'on', [], { what: 'data-finlens="on"' });
    const expected = expectationFor(servedHtml(running.web, url), url);
    const seen = await page.evaluate(checkRendering, expected);
    expect(seen.hiddenText, 'article text (paragraphs, title, date, source) that is not rendered').toEqual([]);
    expect(seen.shownBoilerplate, 'selectors of hidden-by-default boilerplate that still render').toEqual([]);
    finished.push(...done());
    if (file.includes('sco-demo-zone')) await page.screenshot({ path: artifact(`${name}-seed-article.png`) });
    await page.close();
  });

  it.each(negatives.map((p) => [p.file, p.url]))('leaves %s alone', async (_file, url) => {
    const page = await running.session.browser.newPage();
    const done = trackRequests(page);
    await visit(page, url);
    // give a content script that would wrongly act the time to do it
    await new Promise((r) => setTimeout(r, 300));
    const traces = await page.evaluate(() => ({
      finlens: document.documentElement.getAttribute('data-finlens'),
      elements: document.querySelectorAll('[data-finlens-hide], #finlens-clean-style, finlens-trigger, finlens-panel').length,
    }));
    expect(traces).toEqual({ finlens: null, elements: 0 });
    finished.push(...done());
    await page.close();
  });

  it('renders the popup and the options page', async () => {
    const popup = await openExtensionPage(running.session, 'popup.html');
    await popup.waitForSelector('#popup-title', { timeout: 10_000 });
    await popup.close();
    const options = await openExtensionPage(running.session, 'options.html');
    await options.waitForSelector('#options-title', { timeout: 10_000 });
    await options.close();
  });

  it('sent every request to the fake web on 127.0.0.1', () => {
    expect(running.web.seen.length).toBeGreaterThan(0);
    expect(unseenRequests(running.web, finished)).toEqual([]);
    // the pages themselves were asked for, by host and path
    for (const p of corpusPages) {
      const u = new URL(p.url);
      expect(running.web.seen).toContain(`GET ${u.hostname}${u.pathname}`);
    }
  });
});

if (!hasShared) describe.skip(`end-to-end over the corpus: ${SKIP_NO_SHARED}`, () => {});
