// Damaged markup keeps the article: corpus pages with closing tags taken out
// (the parser then puts the rest of the page inside whatever block was left
// open, an image wrapper or an ad box included: swallowed.ts), deep nesting,
// 20 000 paragraphs, NUL and lone surrogates. For each: no exception, every
// paragraph of the intact page read, in order, and none of them hidden.
import { describe, expect, test } from 'vitest';
import { corpusPages } from '../../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../../corpus/shared';
import { readArticle } from '@/utils/sina/article';
import { installCleaning, SPARE_ATTR } from '@/utils/sina/clean';
import { corpusHtml, hiddenTest, parseHappyDom, parseLinkedom, snapshot } from './load-page';

const URL = 'https://finance.sina.com.cn/roll/2024-01-03/doc-idamaged1234567.shtml';

const damages: [string, (html: string) => string][] = [
  ['every </div> missing', (h) => h.replace(/<\/div\s*>/gi, '')],
  ['every </p> missing', (h) => h.replace(/<\/p\s*>/gi, '')],
];

/** Those of `wanted` not found in `texts` in order (a damaged page may read more, never less). */
function notInOrder(wanted: readonly string[], texts: readonly string[]): string[] {
  // Parsers differ on NUL: the HTML spec drops it in body text, linkedom and happy-dom keep it or write U+FFFD.
  const norm = (t: string) => t.replaceAll('\u0000', '').replaceAll('\ufffd', '');
  const all = norm(texts.join('\n'));
  const missing: string[] = [];
  let from = 0;
  for (const w of wanted) {
    const at = all.indexOf(norm(w), from);
    if (at < 0) missing.push(w);
    else from = at + norm(w).length;
  }
  return missing;
}

/**
 * Known gaps: paragraphs still lost, per damage and page. With every </div>
 * gone, an image caption of each of these two pages (and a 来源 line) sits in
 * an image wrapper that holds too little to count as swallowing.
 */
const KNOWN_MISSING: Record<string, number> = {
  'every </div> missing changjinhu': 2,
  'every </div> missing ai-referee': 1,
};
const knownMissing = (damage: string, file: string) =>
  Object.entries(KNOWN_MISSING).find(([key]) => key.startsWith(damage) && file.includes(key.slice(damage.length + 1)))?.[1] ?? 0;

/** Reads and cleans `doc` as the content script does; returns what a reader would miss. */
function readAndClean(doc: Document, url: string, intact: readonly string[]) {
  const before = snapshot(doc);
  const cleaning = installCleaning(doc, { keep: [] });
  const article = readArticle(doc, url);
  if (article) cleaning.markStructure(article);
  const texts = article?.paragraphs.map((p) => p.text) ?? [];
  const isHidden = hiddenTest(doc);
  const hidden = article?.paragraphs.filter((p) => isHidden(p.el)).map((p) => p.text) ?? [];
  cleaning.dispose();
  return { article, missing: notInOrder(intact, texts), hidden, restored: snapshot(doc) === before };
}

const positives = corpusPages.filter((p) => p.kind === 'positive');

describe.skipIf(!hasShared)(`damaged corpus pages${hasShared ? '' : ` (skipped: ${SKIP_NO_SHARED})`}`, () => {
  describe.each(damages)('%s', (name, damage) => {
    test.each(positives.map((p) => [p.file, p] as const))('%s: every paragraph read in order, none hidden, page restored', (_file, page) => {
      const html = corpusHtml(page);
      const intact = readArticle(parseLinkedom(html), page.url)!.paragraphs.map((p) => p.text);
      const { article, missing, hidden, restored } = readAndClean(parseLinkedom(damage(html)), page.url, intact);
      expect(article, 'still an article').not.toBeNull();
      expect(missing.length, `paragraphs of the intact page not read: ${missing.join(' | ')}`).toBeLessThanOrEqual(knownMissing(name, page.file));
      expect(hidden).toEqual([]);
      expect(restored).toBe(true);
    });
  });

  test('a swallowing block is spared while cleaning runs (the browser parses as happy-dom does here)', async () => {
    // …-forex.html: its quote chart div.ct_hqimg, left open, holds the rest of the article.
    const page = positives.find((p) => p.file.includes('forex'))!;
    const intact = new Set(readArticle(parseLinkedom(corpusHtml(page)), page.url)!.paragraphs.map((p) => p.text));
    const happy = parseHappyDom(corpusHtml(page).replace(/<\/div\s*>/gi, ''), page.url);
    try {
      const article = readArticle(happy.doc, page.url)!;
      installCleaning(happy.doc, { keep: [] }).markStructure(article);
      happy.invalidate();
      expect(article.spared.length).toBeGreaterThan(0);
      for (const el of article.spared) expect(el.hasAttribute(SPARE_ATTR)).toBe(true);
      const read = article.paragraphs.filter((p) => intact.has(p.text));
      expect(read).toHaveLength(intact.size);
      for (const p of read) expect(happy.visible(p.el), p.text).toBe(true);
    } finally {
      await happy.close();
    }
  });
});

const swallowed = ['<p>被广告框吞下的第一段，营收5亿元。</p>', '<p>第二段，净利润增长12%。</p>', '<p>第三段，毛利率下降1.5个百分点。</p>'];
const shell = (body: string) =>
  `<html><head><meta property="og:type" content="news"><meta name="publishid" content="damaged1234567"></head><body><h1 class="main-title">标题</h1><div id="article_content" class="article-content"><div class="article-content-left"><div class="article" id="artibody">${body}</div></div></div></body></html>`;

const hostileBodies: [string, string, string[]][] = [
  ['NUL characters', '<p>营收\u00005亿元。</p><p>\u0000</p><p>第二段\u0000。</p>', ['营收\u00005亿元。', '第二段\u0000。']],
  ['lone surrogates', '<p>前\ud800后，增长3%。</p><p>\udc00孤</p>', ['前\ud800后，增长3%。', '\udc00孤']],
  ['a body container inside the body container', '<p>外层第一段。</p><div class="article" id="artibody"><p>内层第一段。</p></div><p>外层第二段。</p>', ['外层第一段。', '内层第一段。', '外层第二段。']],
  ['ad boxes left open, 200 deep, around the article', `<p>前一段。</p>${'<div class="sinaads">'.repeat(200)}${swallowed.join('')}`, ['前一段。', ...swallowed.map((p) => p.slice(3, -4))]],
];
// happy-dom's own code overflows the stack on 5 000 levels (browsers' parsers stop nesting at 512): linkedom only.
const deepBodies: [string, string, string[]][] = [
  ['5 000-deep nesting around a paragraph', `${'<div>'.repeat(5_000)}<p>深处的段落，营收5亿元。</p>`, ['深处的段落，营收5亿元。']],
];

describe.each([
  ['linkedom', (html: string) => parseLinkedom(html), [...hostileBodies, ...deepBodies]],
  ['happy-dom', (html: string) => parseHappyDom(html, URL).doc, hostileBodies],
] as const)('hostile bodies (%s)', (_parser, parse, cases) => {
  test.each(cases)('%s: no exception, the text read, nothing hidden', (_name, body, expected) => {
    const doc = parse(shell(body));
    const { article, missing, hidden, restored } = readAndClean(doc, URL, expected);
    expect(article).not.toBeNull();
    expect(missing).toEqual([]);
    expect(hidden).toEqual([]);
    expect(restored).toBe(true);
  });
});

describe('20 000 paragraphs', () => {
  const page = (n: number) => shell(Array.from({ length: n }, (_, i) => `<p>\u3000\u3000第${i}段，营收${i}亿元。</p>`).join(''));
  const timeToRead = (n: number) => {
    const doc = parseLinkedom(page(n));
    const t0 = performance.now();
    const article = readArticle(doc, URL)!;
    installCleaning(doc).markStructure(article);
    return { ms: performance.now() - t0, article };
  };
  test('every paragraph read; twice the paragraphs take about twice the time, not four times', () => {
    timeToRead(2_000); // warm-up
    const half = timeToRead(10_000);
    const full = timeToRead(20_000);
    expect(full.article.paragraphs).toHaveLength(20_000);
    expect(full.article.paragraphs[19_999]!.text).toBe('第19999段，营收19999亿元。');
    expect(full.ms / half.ms, `${half.ms.toFixed(0)} ms → ${full.ms.toFixed(0)} ms`).toBeLessThan(3);
  });
});
