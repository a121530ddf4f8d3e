// `npm run demo [-- --screenshot FILE] [--headless] [--lang zh_CN]`: builds FinLens, serves the
// sample Sina article (tools/demo/seed-article.html, embedded: no network) on
// 127.0.0.1 under its finance.sina.com.cn URL, and opens Chromium with the
// extension loaded and the Sina hosts mapped to the local server. With a display
// the browser stays open for you; without one (or with --headless) it runs
// headless, opens the first stock's panel, writes a screenshot and prints its path.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch, visit } from './lib/browsers';
import { startFakeWeb } from './lib/fake-web';
import { PROJECT_ROOT } from './lib/project';
import { DEMO_PAGE, DEMO_URL } from './demo/make-page';

const { values } = parseArgs({
  options: { screenshot: { type: 'string' }, headless: { type: 'boolean', default: false }, lang: { type: 'string' } },
});
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = values.headless || !hasDisplay;
const shot = path.resolve(values.screenshot ?? path.join(PROJECT_ROOT, '.output/demo.png'));

console.log('Building the extension (wxt build) …');
execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const web = await startFakeWeb({ [DEMO_URL]: { body: fs.readFileSync(DEMO_PAGE) } });
const session = await launch('chromium', web, { headless, lang: values.lang });
const page = await session.browser.newPage();
await visit(page, DEMO_URL);
await page.waitForSelector('html[data-finlens]', { timeout: 15_000 });
console.log(`FinLens is at work on ${DEMO_URL} (served from 127.0.0.1:${web.port})`);

if (!headless) {
  console.log('Chromium is open with FinLens loaded. Close the browser window (or press Ctrl-C) to stop.');
  await new Promise<void>((resolve) => {
    session.browser.once('disconnected', () => resolve());
    process.once('SIGINT', () => resolve());
  });
} else {
  // Show the stock panel too, when the page has a stock trigger.
  const trigger = await page.waitForSelector('finlens-trigger >>> button[data-stock-code]', { timeout: 5_000 }).catch(() => null);
  if (trigger) {
    await trigger.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    await trigger.click();
    await page.waitForSelector('finlens-panel >>> [role="dialog"]', { timeout: 5_000 }).catch(() => null);
  }
  fs.mkdirSync(path.dirname(shot), { recursive: true });
  await page.screenshot({ path: shot as `${string}.png` });
  console.log(`Screenshot: ${shot}`);
}
await session.close().catch(() => {});
await web.close();
