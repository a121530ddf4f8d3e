// The URL detectors, github-url-detection style: every detector matches each
// of its example URLs (listed under it in utils/sina/detect.ts), and no other
// detector matches them — a cross-negative matrix that catches overlaps.
import { describe, expect, test } from 'vitest';
import * as detect from '@/utils/sina/detect';
import { articleIdOf, detectorExamples, isSinaArticleUrl } from '@/utils/sina/detect';

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
  ])('%s → %s', (url, expected) => {
    expect(isSinaArticleUrl(url)).toBe(expected);
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
