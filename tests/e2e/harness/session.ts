// One browser per test file: the fake web serving the corpus and the fixtures,
// and the browser with the built extension, started before the file's tests
// and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, visit, waitInPage, type BrowserName, type LaunchOptions, type Session } from '../../../tools/lib/browsers';
import { startFakeWeb, type FakeWeb, type Route } from '../../../tools/lib/fake-web';
import { corpusRoutes, fixtureRoutes } from './site';

export type Running = { web: FakeWeb; session: Session };

/** `extra`: more routes of the fake web; `options`: how the browser is launched. */
export function runBrowser(name: BrowserName, extra: Record<string, Route> = {}, options: LaunchOptions = {}): Running {
  const running = {} as Running;
  beforeAll(async () => {
    running.web = await startFakeWeb({ ...corpusRoutes(), ...fixtureRoutes(), ...extra });
    running.session = await launch(name, running.web, options);
  });
  afterAll(async () => {
    await running.session?.close();
    await running.web?.close();
  });
  return running;
}

/** Opens an article page and waits until FinLens has marked it. */
export async function openArticle(session: Session, url: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await session.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  await visit(page, url);
  await waitInPage(page, () => document.documentElement.hasAttribute('data-finlens'), [], { what: 'FinLens to mark the page' });
  return page;
}
