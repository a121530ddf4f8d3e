// Sina's quote service as an option, in real headless Chromium and Firefox ESR against the fake service on
// 127.0.0.1 (GBK, each market's layout, 403 without a Sina Referer): the option asks for the optional host
// permission in the reader's click, a granted permission brings the service's quote into the panel of a
// page that shows none (the phone-width mobile fixture), with the Referer set by the extension's own rule.
import https from 'node:https';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { artifact, BROWSERS, openExtensionPage, waitInPage } from '../../tools/lib/browsers';
import { quoteServiceRoutes } from '../../tools/lib/fake-quote-service';
import { panelQuote } from './harness/quote';
import { openArticle, runBrowser } from './harness/session';
import { fixtureUrl } from './harness/site';
import { storedSettings } from './harness/stored-settings';

/** A GET to the fake service straight from Node (no browser), with or without a Referer. */
function askFake(port: number, path: string, referer?: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = https.get(
      { host: '127.0.0.1', port, path, servername: 'hq.sinajs.cn', rejectUnauthorized: false, headers: { host: 'hq.sinajs.cn', ...(referer ? { referer } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
  });
}

/** The option's switch, the browser's permission and the stored setting, as the options page sees them. */
const permissionState = (options: Page) =>
  options.evaluate(async () => {
    type Api = { permissions: { contains(p: object): Promise<boolean> }; storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    const input = document.getElementById('quote-service') as HTMLInputElement;
    const stored = (await api.storage.local.get('settings')).settings as { quotes?: { service?: boolean } } | undefined;
    return {
      checked: input.checked,
      asking: input.getAttribute('data-asking'),
      refused: document.getElementById('fl-quotes-refused')?.textContent ?? null,
      granted: await api.permissions.contains({ origins: ['https://hq.sinajs.cn/*'] }),
      stored: stored?.quotes?.service === true,
    };
  });

describe.each(BROWSERS)('%s', (name) => {
  // Firefox: optional permissions granted without the doorhanger (a headless browser cannot show it)
  const running = runBrowser(name, quoteServiceRoutes(), { firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });

  it('the fake service answers as Sina does: 403 without a Sina Referer, GBK with one, "" for an unknown code', async () => {
    const { port } = running.web;
    expect((await askFake(port, '/list=sh601298')).status).toBe(403);
    expect((await askFake(port, '/list=sh601298', 'https://evil.example/')).status).toBe(403);
    const ok = await askFake(port, '/list=sh601298', 'https://finance.sina.com.cn/');
    expect(ok.status).toBe(200);
    expect(new TextDecoder('gbk').decode(ok.body)).toMatch(/^var hq_str_sh601298="青岛港,/);
    expect(new TextDecoder('gbk').decode((await askFake(port, '/list=sh999999', 'https://finance.sina.com.cn/')).body)).toBe('var hq_str_sh999999="";\n');
  });

  it('turning the option on asks for the permission in the click; Firefox grants it, Chromium keeps asking', async () => {
    const options = await openExtensionPage(running.session, 'options.html');
    const toggle = await options.waitForSelector('#quote-service');
    expect(await permissionState(options)).toMatchObject({ checked: false, granted: false, stored: false });
    await toggle!.click(); // a real click: the user gesture the browsers require
    if (name === 'firefox') {
      // extensions.webextOptionalPermissionPrompts=false: Firefox's own code grants without the doorhanger
      await waitInPage(options, () => (document.getElementById('quote-service') as HTMLInputElement).checked, [], { timeout: 10_000 });
      expect(await permissionState(options)).toEqual({ checked: true, asking: null, refused: null, granted: true, stored: true });
    } else {
      // headless Chromium shows its permission prompt where nothing can answer it: the request stays
      // pending, and until an answer the option stays off, nothing is granted, nothing is saved
      await waitInPage(options, () => document.getElementById('quote-service')?.getAttribute('data-asking') === 'true', [], { timeout: 10_000 });
      await new Promise((r) => setTimeout(r, 2_000));
      expect(await permissionState(options)).toEqual({ checked: false, asking: 'true', refused: null, granted: false, stored: false });
    }
    await options.close();
  });

  it.runIf(name === 'firefox')("with the permission granted, a page without a quote shows the service's, Referer set by the extension's rule", async () => {
    const before = running.web.seen.length;
    const page = await openArticle(running.session, fixtureUrl('mobile-stock.html'), { width: 390, height: 844 });
    const button = await page.waitForSelector('finlens-trigger >>> button[data-stock-code="sh601298"]', { timeout: 15_000 });
    await button!.click();
    await page.waitForSelector('finlens-panel >>> [role="dialog"]', { timeout: 5_000 });
    await waitInPage(page, () => !!document.querySelector('finlens-panel')?.shadowRoot?.querySelector('[data-quote="quote"]'), [], { timeout: 10_000, what: "the service's quote" });
    expect(await panelQuote(page)).toBe('6.12 +0.12 +2.00% up');
    const asked = running.web.seen.slice(before).filter((line) => line.includes('hq.sinajs.cn'));
    // through the proxy: the tunnel, then the request, answered 200 (a missing Referer would be a 403)
    expect(asked.filter((line) => line.startsWith('GET '))).toEqual(['GET hq.sinajs.cn/list=sh601298']);
    expect(asked.filter((line) => line.startsWith('403 '))).toEqual([]);
    await page.screenshot({ path: artifact(`${name}-panel-service-quote.png`) });
    await page.close();
  });

  it('with the option on but no permission (refused, or withdrawn), the service is never asked', async () => {
    const options = await openExtensionPage(running.session, 'options.html');
    await options.evaluate(async (items: Record<string, unknown>) => {
      type Api = { permissions: { remove(p: object): Promise<boolean> }; storage: { local: { set(v: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      await api.permissions.remove({ origins: ['https://hq.sinajs.cn/*'] });
      // the stored setting says on (as after a grant later withdrawn in the browser's settings)
      await api.storage.local.set(items);
    }, storedSettings({ quotes: { service: true } }));
    expect(await permissionState(options)).toMatchObject({ granted: false, stored: true });
    await options.close();
    const before = running.web.seen.length;
    const page = await openArticle(running.session, fixtureUrl('mobile-stock.html'));
    const button = await page.waitForSelector('finlens-trigger >>> button[data-stock-code="sh601298"]', { timeout: 15_000 });
    await button!.click();
    await page.waitForSelector('finlens-panel >>> [role="dialog"]', { timeout: 5_000 });
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await panelQuote(page)).toBeNull();
    expect(running.web.seen.slice(before).filter((line) => line.includes('sinajs'))).toEqual([]);
    await page.close();
  });
});
