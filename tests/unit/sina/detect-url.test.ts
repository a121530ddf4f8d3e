// The URL detectors, github-url-detection style: every detector matches each
// of its example URLs (listed under it in utils/sina/detect.ts), and no other
// detector matches them — a cross-negative matrix that catches overlaps.
import { describe, expect, test } from 'vitest';
import * as detect from '@/utils/sina/detect';
import { ARTICLE_DETECTORS, ARTICLE_URL_GLOBS, articleIdOf, detectorExamples, isSinaArticleUrl } from '@/utils/sina/detect';
import { isSinaArticleLocation } from '@/utils/sina/article-url';
import { corpusPages } from '../../corpus/pages';

type Detector = (url: string) => boolean;
const detectors = Object.keys(detectorExamples).map((name) => {
  const fn = (detect as unknown as Record<string, Detector>)[name];
  if (typeof fn !== 'function') throw new Error(`detectorExamples names ${name}, but utils/sina/detect.ts exports no such function`);
  return [name, fn] as const;
});

describe('URL detectors', () => {
  test('every detector has example URLs', () => {
    expect(detectors.length).toBeGreaterThanOrEqual(10);
    for (const [name] of detectors) expect(detectorExamples[name]!.length, name).toBeGreaterThan(0);
  });

  for (const [name, fn] of detectors) {
    test(`${name} matches each of its URLs`, () => {
      for (const url of detectorExamples[name]!) {
        expect(fn(url), `${name}(${url}) is false: fix ${name}, or move this URL to the detector that should match it`).toBe(true);
      }
    });

    test(`${name} matches no other detector's URL`, () => {
      for (const [other, urls] of Object.entries(detectorExamples)) {
        if (other === name) continue;
        for (const url of urls) {
          expect(
            fn(url),
            `${name} also matches ${url}, listed under ${other}: the two overlap — make ${name} stricter, or ${other} if the URL belongs to neither`,
          ).toBe(false);
        }
      }
    });
  }
});

describe('isSinaArticleUrl', () => {
  test.each([
    ['https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml', true],
    ['https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html?from=wap', true],
    ['HTTPS://FINANCE.SINA.COM.CN/roll/2018-12-28/doc-ihqfskcn2160999.shtml', true],
    ['https://finance.sina.com.cn.evil.example/roll/2018-12-28/doc-ihqfskcn2160999.shtml', false],
    ['https://evilsina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml', false],
    ['https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml.html', false],
    ['https://www.163.com/dy/article/J22CN60P0514R9KQ.html', false],
    ['https://economy.caijing.com.cn/20240511/5010608.shtml', false],
    ['ftp://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml', false],
    ['javascript:alert(1)//doc-ihqfskcn2160999.shtml', false],
    // 看点, 财经头条 and legacy pages
    ['https://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html?from=fashion#comment', true],
    ['https://k.sina.com.cn/', false],
    ['https://k.sina.com.cn/article_6598441619.html', false],
    ['https://k.sina.com.cn.evil.example/article_6598441619_1894c3a9300100elpc.html', false],
    ['https://news.sina.com.cn/article_6598441619_1894c3a9300100elpc.html', false],
    ['https://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0/', true],
    ['https://t.cj.sina.com.cn/articles/view/6479293414', false],
    ['https://t.cj.sina.com.cn/k/article/author_article/6479293414', false], // the account's page, linked from the 财经头条 byline
    ['https://cj.sina.com.cn/article/norm_detail?url=https://news.sina.cn/x/2019-06-29/detail-ihytcerm0074730.d.html', false], // a redirect
    ['http://ent.sina.com.cn/y/2009-11-09/13562762964.shtml', true],
    ['http://ent.sina.com.cn/y/2009-11-09/index.shtml', false],
    ['http://ent.sina.com.cn/y/2009-13-45/13562762964.shtml', false],
    ['http://ent.sina.com.cn/2009-11-09/13562762964.shtml.html', false],
    ['https://economy.caijing.com.cn/2009-11-09/13562762964.shtml', false],
    ['https://finance.sina.com.cn/realstock/company/sh601298/nc.shtml', false],
  ])('%s → %s', (url, expected) => {
    expect(isSinaArticleUrl(url)).toBe(expected);
    // the document_start script's form, given the page's location (its parts, not a URL)
    const { protocol, hostname, pathname } = new URL(url);
    expect(isSinaArticleLocation({ protocol, hostname, pathname })).toBe(expected);
  });

  test('never throws on junk', () => {
    for (const junk of ['', 'not a url', '://', 'http://', '\u0000', '%E0%A4%A', 42, null, undefined, {}, [], Symbol('x')]) {
      expect(() => isSinaArticleUrl(junk)).not.toThrow();
      expect(isSinaArticleUrl(junk)).toBe(false);
    }
  });

  test('accepts URL objects', () => {
    expect(isSinaArticleUrl(new URL('https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml'))).toBe(true);
  });
});

/** include_globs as the browser reads them: `*` any run of characters, against the whole URL. */
const globMatches = (glob: string, url: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(new URL(url).href);
const injected = (url: string) => ARTICLE_URL_GLOBS.some((g) => globMatches(g, url));

describe('the manifest include_globs', () => {
  const isArticleDetector = (name: string) => Object.hasOwn(ARTICLE_DETECTORS, name);
  const articles = Object.entries(detectorExamples).filter(([name]) => isArticleDetector(name)).flatMap(([, urls]) => urls);
  const others = Object.entries(detectorExamples).filter(([name]) => !isArticleDetector(name)).flatMap(([, urls]) => urls);

  test('let the browser inject the content script into every article URL', () => {
    for (const url of articles) expect(injected(url), url).toBe(true);
    for (const page of corpusPages.filter((p) => p.kind === 'positive')) expect(injected(page.url), page.file).toBe(true);
  });

  test('keep it out of the Sina pages that are not articles', () => {
    expect(others.length).toBeGreaterThan(20);
    for (const url of others) expect(injected(url), url).toBe(false);
    for (const page of corpusPages.filter((p) => p.kind !== 'positive')) {
      // what the globs let through, the exact URL check still turns away
      if (injected(page.url)) expect(isSinaArticleUrl(page.url), page.file).toBe(false);
    }
  });

  test('use only `*` as a wildcard: Chromium does not read `?` as one character', () => {
    for (const glob of ARTICLE_URL_GLOBS) expect(glob).not.toContain('?');
  });

  test('are never narrower than the URL check', () => {
    for (const url of [
      'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml?cre=tianyi#comment',
      'http://finance.sina.cn/2018-12-28/detail-ihqfskcn2160999.d.html?vt=4',
      'https://k.sina.cn/article_6598441619_1894c3a9300100elpc.html?from=fashion&vt=4',
      'https://cj.sina.cn/articles/view/1651428902/p626ece2602700kwcd/?cre=tianyi',
      'http://finance.sina.com.cn/china/19991120/075423805181.shtml?from=rss',
    ]) {
      expect(isSinaArticleUrl(url)).toBe(true);
      expect(injected(url), url).toBe(true);
    }
    expect(globMatches('*/doc-i*.shtml*', 'https://finance.sina.com.cn/stock/')).toBe(false);
  });
});

describe('articleIdOf', () => {
  test.each([
    ['https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml', 'hqfskcn2160999'],
    ['https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html?from=wap', 'kknscsi2623250'],
    ['https://www.sina.com.cn/', null],
    ['junk', null],
  ])('%s → %s', (url, id) => {
    expect(articleIdOf(url)).toBe(id);
  });
});
