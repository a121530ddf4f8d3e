// What the fake web serves: every page of ../shared/corpus/pages under its
// original URL, byte for byte in its own charset (mirror posts wrapped in the
// project's Sina page shell), plus
// the project's own fixture pages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { corpusPages } from '../../corpus/pages';
import { readPage, readPageBytes } from '../../corpus/shared';
import { charsetOf, decodePage } from '../../../tools/lib/page-charset';
import { PROJECT_ROOT } from '../../../tools/lib/project';
import { wrapMirrorPost } from '../../corpus/sina-shell';
import type { FakeWeb, Route } from '../../../tools/lib/fake-web';

export function corpusRoutes(): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const page of corpusPages) {
    if (page.mirror) {
      routes[page.url] = { body: wrapMirrorPost(readPage(page.file), page.url) };
      continue;
    }
    // The page's own bytes, in the charset it declares (the legacy page is GBK), as Sina serves them.
    const bytes = readPageBytes(page.file);
    routes[page.url] = { body: bytes, type: `text/html; charset=${charsetOf(bytes)}` };
  }
  return routes;
}

/** The HTML served at `url`, as the browser decodes it (a corpus page in its own charset). */
export function servedHtml(web: FakeWeb, url: string): string {
  const body = web.routeBody(url);
  if (body === undefined) throw new Error(`the fake web serves nothing at ${url}`);
  return typeof body === 'string' ? body : decodePage(body);
}

/** The project's own fixture pages: tests/e2e/fixtures/<name>.html, served at the URL in its first-line comment. */
export function fixtureRoutes(): Record<string, Route> {
  const dir = path.join(PROJECT_ROOT, 'tests/e2e/fixtures');
  const routes: Record<string, Route> = {};
  if (!fs.existsSync(dir)) return routes;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const body = fs.readFileSync(path.join(dir, file), 'utf8');
    const url = /<!--\s*url:\s*(\S+)\s*-->/.exec(body)?.[1];
    if (!url) throw new Error(`tests/e2e/fixtures/${file}: first line must be <!-- url: https://… -->`);
    routes[url] = { body };
  }
  return routes;
}

export function fixtureUrl(file: string): string {
  const body = fs.readFileSync(path.join(PROJECT_ROOT, 'tests/e2e/fixtures', file), 'utf8');
  return /<!--\s*url:\s*(\S+)\s*-->/.exec(body)![1]!;
}

/**
 * Records every request a page finished, so a test can prove each one was
 * answered by the fake web on 127.0.0.1 (a request that reached anything else
 * would finish without the fake web having seen it).
 */
export function trackRequests(page: Page): () => string[] {
  const finished: string[] = [];
  page.on('requestfinished', (req) => {
    const u = new URL(req.url());
    if (u.protocol === 'http:' || u.protocol === 'https:') finished.push(`${u.hostname}${u.pathname}`);
  });
  return () => finished;
}

export function unseenRequests(web: FakeWeb, finished: string[]): string[] {
  const seen = new Set(web.seen.map((line) => line.replace(/^[A-Z]+ /, '')));
  return finished.filter((r) => !seen.has(r));
}
