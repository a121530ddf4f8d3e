// `npx tsx tools/screenshots.ts`: the README's screenshots (docs/screenshots),
// taken from the demo page in headless Chromium in Chinese — needs Debian's
// chromium-l10n (without it Chromium, and so FinLens, stays in English).
// Writes: the cleaned article (light and dark themes) and with a stock panel
// open, the same page as Sina shows it ("show original") — at 1280×800, the
// size both stores take — and the popup pointed at the article's tab, at the
// browser popup's 380×600.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPopupFor, visit, waitInPage } from './lib/browsers';
import { startFakeWeb } from './lib/fake-web';
import { PROJECT_ROOT } from './lib/project';
import { DEMO_PAGE, DEMO_URL } from './demo/make-page';
import { storeReading } from '../tests/e2e/harness/reading';

const OUT = path.join(PROJECT_ROOT, 'docs/screenshots');
const shot = (name: string) => path.join(OUT, name) as `${string}.png`;

execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
fs.mkdirSync(OUT, { recursive: true });
const web = await startFakeWeb({ [DEMO_URL]: { body: fs.readFileSync(DEMO_PAGE) } });
const session = await launch('chromium', web, { lang: 'zh_CN' });
try {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await visit(page, DEMO_URL);
  await waitInPage(page, () => document.querySelector('finlens-trigger') !== null, [], { what: 'the stock triggers' });

  const popup = await openPopupFor(session, DEMO_URL);
  await popup.setViewport({ width: 380, height: 600 });
  await popup.waitForSelector('main[data-state="ready"]');
  await popup.screenshot({ path: shot('popup.png') });

  // "show original" as a reader would: the popup's switch
  await popup.click('#clean-toggle');
  await waitInPage(page, () => document.documentElement.getAttribute('data-finlens') === 'off', [], { what: 'show original' });
  await page.bringToFront();
  await page.screenshot({ path: shot('original.png') });
  await popup.bringToFront();
  await popup.click('#clean-toggle');
  await waitInPage(page, () => document.documentElement.getAttribute('data-finlens') === 'on', [], { what: 'clean reading' });
  await page.bringToFront();
  await page.screenshot({ path: shot('clean.png') });

  // the dark reading theme, as the options page sets it (the tab follows at once), then back to the default
  await storeReading(session, { theme: 'dark' });
  await waitInPage(page, () => document.documentElement.getAttribute('data-finlens-theme') === 'dark', [], { what: 'the dark theme' });
  await page.bringToFront();
  await page.screenshot({ path: shot('clean-dark.png') });
  await storeReading(session, {});
  await waitInPage(page, () => !document.documentElement.hasAttribute('data-finlens-theme'), [], { what: 'the default theme' });
  await page.bringToFront();

  const trigger = await page.waitForSelector('finlens-trigger >>> button[data-stock-code="sh601298"]');
  await trigger!.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  await trigger!.click();
  await page.waitForSelector('finlens-panel >>> [role="dialog"]');
  await page.screenshot({ path: shot('panel.png') });
  console.log(`wrote ${fs.readdirSync(OUT).map((f) => path.join('docs/screenshots', f)).join(', ')}`);
} finally {
  await session.close();
  await web.close();
}
