// Bad input: malformed markup, duplicate ids, a page with no body container, a
// page of 10 000 paragraphs, a page whose scripts rewrite the DOM, junk. No
// exception escapes, no article content is hidden, and a page that is not an
// article ends exactly as it was (no attribute, no style, no marks).
import { describe, expect, test } from 'vitest';
import { corpusPages } from '../../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../../corpus/shared';
import { articleMentions, readArticle, type Article } from '@/utils/sina/article';
import { detectArticle, isSinaArticleUrl } from '@/utils/sina/detect';
import { installCleaning, STATE_ATTR, STYLE_ID } from '@/utils/sina/clean';
import { corpusHtml, fixture, hiddenByFinLens, parseHappyDom, parseLinkedom, protectedElements, snapshot } from './load-page';

const ARTICLE_URL = 'https://finance.sina.com.cn/roll/2024-01-03/doc-imalform1234567.shtml';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function cleanedArticle(doc: Document, url: string): Article {
  const article = readArticle(doc, url)!;
  installCleaning(doc, { keep: [] }).markStructure(article);
  return article;
}

/** The content script's steps: clean at document_start on an article URL, undo if the DOM says no. */
function simulateContentScript(doc: Document, url: string): Article | null {
  if (!isSinaArticleUrl(url)) return null;
  const cleaning = installCleaning(doc);
  const article = readArticle(doc, url);
  if (!article) cleaning.dispose();
  else cleaning.markStructure(article);
  return article;
}

describe.each([
  ['linkedom', (html: string) => parseLinkedom(html)],
  ['happy-dom', (html: string) => parseHappyDom(html, ARTICLE_URL).doc],
])('bad input (%s)', (_parser, parse) => {
  test('malformed markup: read, cleaned, nothing of the article hidden', () => {
    const doc = parse(fixture('malformed.html'));
    const article = cleanedArticle(doc, ARTICLE_URL);
    expect(article.title).toBe('残缺标记的文章');
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(article.paragraphs[0]!.text).toContain('第一段');
    expect(article.stocks.map((s) => s.code)).toEqual(['sh601298']);
    for (const el of protectedElements(article)) expect(hiddenByFinLens(el)).toBe(false);
  });

  test('duplicate ids: the body with the text wins, a stock linked twice is one stock', () => {
    const url = 'https://finance.sina.com.cn/roll/2024-01-04/doc-iduplica1234567.shtml';
    const doc = parse(fixture('duplicate-ids.html'));
    const article = cleanedArticle(doc, url);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['青岛港第一段，营收10亿元。', '青岛港第二段又链接了一次。', '第三段。', '第四段，同一个 id。']);
    expect(article.stocks).toHaveLength(1);
    expect(article.stocks[0]!.anchors).toHaveLength(2);
    expect(articleMentions(article).stocks[0]!.mentions.map((m) => m.via)).toEqual(['link', 'link']);
    for (const el of protectedElements(article)) expect(hiddenByFinLens(el)).toBe(false);
    for (const tools of Array.from(doc.querySelectorAll('.page-tools'))) expect(hiddenByFinLens(tools)).toBe(true);
  });

  test('no body container: not an article, and the page is left exactly as it was', () => {
    const url = 'https://finance.sina.com.cn/roll/2024-01-05/doc-inobodyc1234567.shtml';
    const doc = parse(fixture('no-body-container.html'));
    const before = snapshot(doc);
    expect(detectArticle(doc, url)).toBeNull();
    expect(simulateContentScript(doc, url)).toBeNull();
    expect(snapshot(doc)).toBe(before);
    expect(doc.documentElement.hasAttribute(STATE_ATTR)).toBe(false);
    expect(doc.getElementById(STYLE_ID)).toBeNull();
  });

  test('junk documents and URLs never throw', () => {
    for (const html of ['', 'just text', '<html></html>', '<<<>>>', '<div id="artibody"><p>x</div>', '\u0000\u0001\u0002']) {
      const doc = parse(html);
      for (const url of [ARTICLE_URL, '', 'junk', 'https://www.sina.com.cn/']) {
        expect(() => detectArticle(doc, url)).not.toThrow();
        expect(() => readArticle(doc, url)).not.toThrow();
      }
    }
  });
});

describe('10 000 paragraphs', () => {
  test('read in bounded time, every paragraph kept, none hidden', () => {
    const paras = Array.from({ length: 10_000 }, (_, i) => `<p>\u3000\u3000第${i}段，<span id="stock_sh601298"><a class="keyword" href="https://finance.sina.com.cn/realstock/company/sh601298/nc.shtml">青岛港</a></span>营收${i}亿元，青岛港（601298）同比增长${i % 100}%。</p>`).join('\n');
    const html = `<html><head><meta property="og:type" content="news"><meta name="publishid" content="malform1234567"></head><body><h1 class="main-title">长文</h1><div id="article_content" class="article-content"><div class="article-content-left"><div class="article" id="artibody">${paras}<!-- 总声明--><p>免责声明</p><!-- 总声明--><p class="article-editor">责任编辑：某</p></div></div></div></body></html>`;
    const doc = parseLinkedom(html);
    const t0 = performance.now();
    const article = readArticle(doc, ARTICLE_URL)!;
    const cleaning = installCleaning(doc);
    expect(cleaning.markStructure(article)).toBe(1);
    const ms = performance.now() - t0;
    expect(article.paragraphs).toHaveLength(10_000);
    expect(article.stocks).toHaveLength(1);
    expect(articleMentions(article).stocks[0]!.mentions).toHaveLength(30_000);
    expect(ms, 'linkedom is far slower than a browser; this only guards against quadratic work').toBeLessThan(15_000);
    for (const i of [0, 4_999, 9_999]) expect(hiddenByFinLens(article.paragraphs[i]!.el)).toBe(false);
  });
});

describe('a page whose scripts rewrite the DOM after cleaning started', () => {
  test('no exception, new article content visible, late ads hidden, dispose still restores the page', async () => {
    const url = 'https://finance.sina.com.cn/stock/s/2024-01-02/doc-iabcdefg1234567.shtml';
    const page = parseHappyDom(fixture('finance-desktop-stocks.html'), url);
    try {
      const doc = page.doc;
      const before = snapshot(doc);
      const article = readArticle(doc, url)!;
      const cleaning = installCleaning(doc);
      cleaning.markStructure(article);
      cleaning.observe();
      // The page's scripts: rewrite the body, add ads and promos, drop FinLens's style, move the right column.
      article.body.innerHTML = '<p>　　新的正文，营收5亿元。</p><ins class="sinaads"></ins>';
      doc.body.insertAdjacentHTML('beforeend', '<div class="sinaads-float"><iframe></iframe></div><blockquote>炒股就看金麒麟</blockquote>');
      doc.getElementById(STYLE_ID)!.remove();
      doc.querySelector('.main-content')!.appendChild(doc.querySelector('.article-content-right')!);
      await flush();
      expect(doc.getElementById(STYLE_ID)).not.toBeNull();
      const reread = readArticle(doc, url)!;
      expect(reread.paragraphs.map((p) => p.text)).toEqual(['新的正文，营收5亿元。']);
      for (const el of protectedElements(reread)) expect(hiddenByFinLens(el)).toBe(false);
      expect(hiddenByFinLens(doc.querySelector('.sinaads-float')!)).toBe(true);
      expect(hiddenByFinLens(doc.querySelector('body > blockquote')!)).toBe(true);
      cleaning.dispose();
      expect(doc.documentElement.hasAttribute(STATE_ATTR)).toBe(false);
      expect(doc.querySelector('[data-finlens-hide]')).toBeNull();
      expect(snapshot(doc)).not.toBe(before); // the page's own rewrites stay; FinLens's traces are gone
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(!hasShared)(`corpus negatives are left exactly as they were${hasShared ? '' : ` (skipped: ${SKIP_NO_SHARED})`}`, () => {
  test.each(corpusPages.filter((p) => p.kind === 'negative').map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const doc = parseLinkedom(corpusHtml(page));
    const before = snapshot(doc);
    expect(simulateContentScript(doc, page.url)).toBeNull();
    // Even served under a Sina article URL (cleaning starts at document_start, then the DOM says no).
    expect(simulateContentScript(doc, 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml')).toBeNull();
    expect(snapshot(doc)).toBe(before);
  });
});
