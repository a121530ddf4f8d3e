// The reader's settings from the first paint on (issue 12): what FinLens has put on <html> by the time the
// page's first script runs. In Firefox the background registers the document_start script after a line
// that hands it the settings (utils/start-registration.ts), so the stored ones are there already; in
// Chromium that script asks storage, which answers a moment later, so the defaults are there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, visit, waitInPage, type Session } from '../../tools/lib/browsers';
import { startFakeWeb, type FakeWeb } from '../../tools/lib/fake-web';
import { DEFAULT_READING } from '../../utils/reading-values';
import { fixtureRoutes, fixtureUrl } from './harness/site';
import { storeReading } from './harness/reading';

const URL = fixtureUrl('first-script.html');
type Seen = { on: string | null; theme: string | null; size: string };

describe.each(BROWSERS)('%s', (name) => {
  let web: FakeWeb;
  let session: Session;
  beforeAll(async () => {
    web = await startFakeWeb(fixtureRoutes());
    session = await launch(name, web);
  });
  afterAll(async () => {
    await session?.close();
    await web?.close();
  });

  async function firstSeen(): Promise<Seen> {
    const page = await session.browser.newPage();
    try {
      await visit(page, URL);
      // the later script's word, the same settings in both browsers
      await waitInPage(page, () => document.documentElement.getAttribute('data-finlens-theme') === 'dark', [], { what: 'the stored theme' });
      return await page.evaluate(() => (window as unknown as { __finlensFirstSeen: Seen }).__finlensFirstSeen);
    } finally {
      await page.close();
    }
  }

  it(name === 'firefox' ? 'has the stored settings on <html> before the page runs its first script' : 'has clean reading on before the page runs its first script', async () => {
    await storeReading(session, { ...DEFAULT_READING, theme: 'dark', size: 22 });
    let seen = await firstSeen();
    if (name === 'firefox') {
      // the background registers again when the settings change: a load may start before that lands
      for (let i = 0; i < 10 && seen.theme !== 'dark'; i++) {
        await new Promise((r) => setTimeout(r, 300));
        seen = await firstSeen();
      }
      expect(seen).toEqual({ on: 'on', theme: 'dark', size: '22px' });
    } else {
      expect(seen.on).toBe('on');
    }
  }, 60_000);
});
