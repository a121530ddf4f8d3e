// The extension loads in real headless Chromium and Firefox ESR, acts on Sina
// article pages of every template and leaves every other page alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages } from '../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../corpus/shared';
import { artifact, BROWSERS, launch, openExtensionPage, visit, type Session } from '../../tools/lib/browsers';
import { startFakeWeb, type FakeWeb } from '../../tools/lib/fake-web';
import { checkRendering, expectationFor } from './harness/expect';
import { corpusRoutes, fixtureRoutes, trackRequests, unseenRequests } from './harness/site';

const positives = corpusPages.filter((p) => p.kind === 'positive');
const negatives = corpusPages.filter((p) => p.kind === 'negative');

describe.skipIf(!hasShared).each(BROWSERS)('%s', (name) => {
  let web: FakeWeb;
  let session: Session;
  const finished: string[] = [];

  beforeAll(async () => {
    web = await startFakeWeb({ ...corpusRoutes(), ...fixtureRoutes() });
    session = await launch(name, web);
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  it.each(positives.map((p) => [p.file, p.url]))('cleans %s and keeps all of its article visible', async (file, url) => {
    const page = await session.browser.newPage();
    const done = trackRequests(page);
    await visit(page, url);
    await page.waitForSelector('html[data-finlens="on"]', { timeout: 15_000 });
    const expected = expectationFor(String(web.routeBody(url)), url);
    const seen = await page.evaluate(checkRendering, expected);
    expect(seen.hiddenText, 'article text (paragraphs, title, date, source) that is not rendered').toEqual([]);
    expect(seen.shownBoilerplate, 'selectors of hidden-by-default boilerplate that still render').toEqual([]);
    finished.push(...done());
    if (file.includes('sco-demo-zone')) await page.screenshot({ path: artifact(`${name}-seed-article.png`) });
    await page.close();
  });

  it.each(negatives.map((p) => [p.file, p.url]))('leaves %s alone', async (_file, url) => {
    const page = await session.browser.newPage();
    const done = trackRequests(page);
    await visit(page, url);
    // give a content script that would wrongly act the time to do it
    await new Promise((r) => setTimeout(r, 300));
    const attrs = await page.evaluate(() => ({
      finlens: document.documentElement.getAttribute('data-finlens'),
      hosts: document.querySelectorAll('[data-finlens-hide], #finlens-clean-style, finlens-trigger, finlens-panel').length,
    }));
    expect(attrs).toEqual({ finlens: null, hosts: 0 });
    finished.push(...done());
    await page.close();
  });

  it('renders the popup and the options page', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.waitForSelector('#popup-title', { timeout: 10_000 });
    await popup.screenshot({ path: artifact(`${name}-popup.png`) });
    await popup.close();
    const options = await openExtensionPage(session, 'options.html');
    await options.waitForSelector('#options-title', { timeout: 10_000 });
    await options.close();
  });

  it('sent every request to the fake web on 127.0.0.1', () => {
    expect(web.seen.length).toBeGreaterThan(0);
    expect(unseenRequests(web, finished)).toEqual([]);
    // the pages themselves were asked for, by host and path
    for (const p of corpusPages) {
      const u = new URL(p.url);
      expect(web.seen).toContain(`GET ${u.hostname}${u.pathname}`);
    }
  });
});

if (!hasShared) describe.skip(`end-to-end over the corpus: ${SKIP_NO_SHARED}`, () => {});
