// Launch real headless Chromium and Firefox ESR (Debian's binaries) with the
// built extension loaded, both through puppeteer-core so every test body runs
// unchanged in both browsers (e2e-recipe §5–6, §9). Each browser only ever
// reaches the fake web on 127.0.0.1.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { TLS_HOSTS, type FakeWeb } from './fake-web';
import { PROJECT_ROOT } from './project';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export const ARTIFACTS = path.join(PROJECT_ROOT, 'tests/e2e/artifacts');
const GECKO_ID = 'finlens@finlens.dev';
// Pre-seeding this pref makes Firefox's moz-extension://<uuid>/ origin predictable.
const GECKO_UUID = '5f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

export function extensionDir(name: BrowserName): string {
  const dir = path.join(
    PROJECT_ROOT,
    name === 'chromium'
      ? (process.env.EXT_DIR_CHROME ?? '.output/chrome-mv3')
      : (process.env.EXT_DIR_FIREFOX ?? '.output/firefox-mv2'),
  );
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`no extension build at ${dir}: run \`npm run build\` first`);
  }
  return dir;
}

export type Session = {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  close(): Promise<void>;
};

export type LaunchOptions = {
  headless?: boolean;
  /** Chromium's UI language, e.g. zh_CN (needs Debian's chromium-l10n; without it Chromium stays in English). */
  lang?: string;
  /** Firefox preferences on top of the test ones (e.g. how optional-permission prompts are answered). */
  firefoxPrefs?: Record<string, string | number | boolean>;
};

export async function launch(name: BrowserName, web: FakeWeb, options: LaunchOptions = {}): Promise<Session> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return name === 'chromium' ? launchChromium(web, options) : launchFirefox(web, options);
}

async function launchChromium(web: FakeWeb, { headless = true, lang }: LaunchOptions): Promise<Session> {
  const dir = extensionDir('chromium');
  const map = TLS_HOSTS.flatMap((h) => [`MAP ${h} 127.0.0.1:${web.port}`, `MAP *.${h} 127.0.0.1:${web.port}`]);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless,
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
    ...(lang ? { env: { ...process.env, LANGUAGE: lang } } : {}),
    pipe: true,
    enableExtensions: [dir],
    acceptInsecureCerts: true,
    args: [
      '--no-sandbox', // CI runs as root
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      // the played hosts go to the fake web; every other name fails to resolve
      `--host-resolver-rules=${[...map, 'MAP * ~NOTFOUND'].join(', ')}`,
    ],
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 20_000 },
  );
  // (URL#origin is "null" for non-special schemes in Node)
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  return { name: 'chromium', browser, extensionOrigin, close: () => browser.close() };
}

async function launchFirefox(web: FakeWeb, { firefoxPrefs }: LaunchOptions): Promise<Session> {
  const dir = extensionDir('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    // lets BiDi navigate a tab to moz-extension:// pages (the popup)
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      // every request goes to the fake web acting as a proxy
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': web.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': web.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.trr.mode': 5,
      'dom.security.https_first': false,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: GECKO_UUID }),
      ...firefoxPrefs,
    },
  });
  const id = await browser.installExtension(dir);
  if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
  return { name: 'firefox', browser, extensionOrigin: `moz-extension://${GECKO_UUID}`, close: () => browser.close() };
}

/**
 * Polls `fn` in the page until it returns something truthy. Unlike
 * puppeteer's waitForFunction it polls on a timer (a background tab gets no
 * animation frames) and goes on when an evaluation fails because the page is
 * navigating (Firefox's BiDi then rejects instead of retrying).
 */
export async function waitInPage<A extends unknown[]>(
  page: Page,
  fn: (...args: A) => unknown,
  args: A,
  { timeout = 15_000, what = 'a condition in the page' }: { timeout?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown = null;
  for (;;) {
    try {
      if (await page.evaluate(fn as (...a: unknown[]) => unknown, ...args)) return;
    } catch (error) {
      last = error; // the page is between documents: try again
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Navigate and wait for the DOM. Real pages may never fire `load`, and in
 * Firefox a goto can reject although the page is there (e2e-recipe §9.5), so
 * the navigation is not awaited as such: the document is.
 */
export async function visit(page: Page, url: string): Promise<void> {
  void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => null);
  await waitInPage(
    page,
    (expected: string) => location.href.split('#')[0] === expected && document.readyState !== 'loading',
    [new URL(url).href],
    { timeout: 30_000, what: `${url} to load` },
  );
}

/** Open one of the extension's own pages (popup.html, options.html) as a tab. */
export async function openExtensionPage(session: Session, pathAndQuery: string): Promise<Page> {
  const page = await session.browser.newPage();
  // Firefox never reports this navigation as finished: fire it, then wait for the DOM.
  void page.goto(`${session.extensionOrigin}/${pathAndQuery}`, { timeout: 0 }).catch(() => {});
  await waitInPage(page, () => document.readyState !== 'loading' && location.protocol.endsWith('-extension:'), [], {
    timeout: 20_000,
    what: `${pathAndQuery} to load`,
  });
  return page;
}

export const artifact = (file: string) => path.join(ARTIFACTS, file);

/** The browser's id of the tab showing `url` (asked from an extension page, which may query tabs). */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  const page = await openExtensionPage(session, 'options.html');
  try {
    const id = await page.evaluate(async (wanted: string) => {
      type Tabs = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
      const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
      return tabs.find((t) => t.url === wanted)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await page.close();
  }
}

/**
 * The popup, opened as a page (the toolbar bubble cannot be opened headless)
 * and pointed at the tab showing `url` with ?tab=<id>, as a reader's click on
 * the toolbar button would; `lang` forces its language (?lang=).
 */
export async function openPopupFor(session: Session, url: string, lang?: 'zh_CN' | 'en'): Promise<Page> {
  const tab = await tabIdOf(session, url);
  const popup = await openExtensionPage(session, `popup.html?tab=${tab}${lang ? `&lang=${lang}` : ''}`);
  await waitInPage(popup, () => /^(ready|not-article|no-answer)$/.test(document.querySelector('main')?.dataset.state ?? ''), [], {
    what: 'the popup to settle',
  });
  return popup;
}
