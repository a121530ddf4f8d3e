// The `analyze` command-line tool: the contract of docs/architecture.md on saved
// pages, well-formed answers for junk, and exit code 2 for a missing file.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { analyzePage, NOT_AN_ARTICLE } from '@/tools/lib/page-analyze';
import { charsetOf, decodePage } from '@/tools/lib/page-charset';
import { isMirrorFragment, loadPage, looksLikeHtml } from '@/tools/lib/page-load';
import { expectations, type ArticleExpectation } from '../../corpus/expectations';
import { corpusPages } from '../../corpus/pages';
import { hasShared, PAGES_DIR, PROJECT_ROOT, SKIP_NO_SHARED } from '../../corpus/shared';

const run = promisify(execFile);
const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/pages');
const STOCKS_URL = 'https://finance.sina.com.cn/stock/s/2024-01-02/doc-iabcdefg1234567.shtml';

async function analyzeFile(file: string, url: string | null = null) {
  const page = await loadPage(file, fs.readFileSync(file), url);
  return analyzePage(page.doc, page.url);
}

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'tools/analyze-cli.ts', ...args], { cwd: PROJECT_ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const CONTRACT_KEYS = ['isArticle', 'template', 'title', 'source', 'publishedAt', 'paragraphs', 'stocks', 'figures', 'hidden'];

describe('page loading', () => {
  test('decodes GBK pages by their meta charset, UTF-8 otherwise', () => {
    const gbk = Uint8Array.from([...Buffer.from('<meta charset="gb2312"><p>'), 0xd0, 0xc2, 0xc0, 0xcb, ...Buffer.from('</p>')]);
    expect(decodePage(gbk)).toContain('新浪');
    expect(decodePage(Buffer.from('<p>新浪</p>'))).toBe('<p>新浪</p>');
  });

  const NEW_WAVE = [0xd0, 0xc2, 0xc0, 0xcb]; // 新浪 in GBK
  test.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ['<meta charset=gbk>', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', 'gbk'], // the legacy page's form
    ["<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=GB18030'>", 'gb18030'],
    ['<meta charset="big5">', 'big5'],
    ['<meta charset="utf-16">', 'utf-8'], // as browsers: a meta read as ASCII cannot mean UTF-16
    ['<meta charset="no-such-charset">', 'utf-8'],
    ['<p>no declaration</p>', 'utf-8'],
    [`<!--${'x'.repeat(1100)}--><meta charset="gbk">`, 'utf-8'], // past the first 1024 bytes, as the browser's pre-scan
  ])('%s → %s', (head, charset) => {
    expect(charsetOf(Buffer.from(head))).toBe(charset);
  });

  test('a byte-order mark wins over a meta', () => {
    expect(charsetOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('<meta charset="gbk">')]))).toBe('utf-8');
    expect(charsetOf(Uint8Array.from([0xff, 0xfe, 0x3c, 0x00]))).toBe('utf-16le');
  });

  test('GB2312, GBK and GB18030 pages decode to the same text', () => {
    for (const label of ['gb2312', 'gbk', 'gb18030', 'GB2312']) {
      const bytes = Uint8Array.from([...Buffer.from(`<meta http-equiv="Content-Type" content="text/html; charset=${label}"><h1>`), ...NEW_WAVE, ...Buffer.from('</h1>')]);
      expect(decodePage(bytes), label).toContain('<h1>新浪</h1>');
    }
  });

  test('tells HTML from junk, and a mirror-post fragment from a page', () => {
    expect(looksLikeHtml('')).toBe(false);
    expect(looksLikeHtml('plain text, no tags')).toBe(false);
    expect(looksLikeHtml('\u0000\u0001\u0002\u0003<p>x</p>')).toBe(false);
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
    expect(isMirrorFragment('---\ntitle: x\n---\n<div><p>x</p></div>')).toBe(true);
    expect(isMirrorFragment('<div><p>x</p><!-- news_keyword_pub,stock, --></div>')).toBe(true);
    expect(isMirrorFragment('<html><body><div id="artibody"><!-- 总声明--></div></body></html>')).toBe(false);
  });
});

describe('analyzePage', () => {
  test('a Sina article: the contract fields', async () => {
    const got = await analyzeFile(path.join(FIXTURES, 'finance-desktop-stocks.html'));
    expect(Object.keys(got)).toEqual(expect.arrayContaining(CONTRACT_KEYS));
    expect(got).toMatchObject({ isArticle: true, template: 'finance-desktop', title: '测试：多只股票的文章', source: '证券时报', publishedAt: '2024-01-02T09:30:00+08:00', paragraphs: 4 });
    expect(got.stocks.map((s) => [s.code, s.market, s.name])).toEqual([
      ['sh601899', 'sh', '紫金矿业'],
      ['hk00700', 'hk', '腾讯控股'],
      ['us.AAPL', 'us', '苹果'],
      ['bj430047', 'bj', '诺思兰德'],
    ]);
    for (const s of got.stocks) expect(typeof s.figures).toBe('number');
    for (const f of got.figures) {
      expect(f).toMatchObject({ surface: expect.any(String), start: expect.any(Number), end: f.start + f.surface.length, kind: expect.any(String), paragraph: expect.any(Number) });
      expect(f).not.toHaveProperty('sentence'); // the contract's Figure & {paragraph}, nothing of the context
    }
    const rules = Object.fromEntries(got.hidden.map((h) => [h.rule, h]));
    expect(rules['disclaimer-block']).toEqual({ rule: 'disclaimer-block', category: 'disclaimer', elements: 1, hiddenByDefault: false });
    expect(rules['promo-blockquote']?.elements).toBe(1);
    expect(rules['sinaads']?.elements).toBeGreaterThanOrEqual(3);
  });

  test('the URL comes from og:url, and --url overrides it', async () => {
    const file = path.join(FIXTURES, 'finance-desktop-stocks.html');
    expect((await analyzeFile(file)).isArticle).toBe(true);
    expect((await analyzeFile(file, 'https://www.163.com/dy/article/X.html')).isArticle).toBe(false);
    expect((await analyzeFile(file, STOCKS_URL)).isArticle).toBe(true);
  });

  test('not an article: well-formed, empty', async () => {
    const file = path.join(FIXTURES, 'no-body-container.html');
    expect(await analyzeFile(file, 'https://finance.sina.com.cn/roll/2024-01-05/doc-inobodyc1234567.shtml')).toEqual(NOT_AN_ARTICLE);
  });
});

describe('the command line', () => {
  test('prints one line of JSON', async () => {
    const { code, stdout } = await cli(path.join(FIXTURES, 'finance-desktop-stocks.html'));
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({ isArticle: true, template: 'finance-desktop' });
  });

  test('junk, an empty file, a non-HTML file: isArticle false, no stack trace', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finlens-analyze-'));
    const files = {
      'empty.html': Buffer.alloc(0),
      'junk.bin': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'notes.txt': Buffer.from('just some text\n'),
    };
    try {
      for (const [name, bytes] of Object.entries(files)) {
        fs.writeFileSync(path.join(dir, name), bytes);
        const { code, stdout, stderr } = await cli(path.join(dir, name));
        expect(code, name).toBe(0);
        expect(JSON.parse(stdout), name).toEqual(NOT_AN_ARTICLE);
        expect(stderr, name).not.toMatch(/\n\s+at /);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a missing file: one line on stderr, exit code 2', async () => {
    const { code, stdout, stderr } = await cli('/nonexistent/finlens-page.html');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no such file');
  });
});

describe.skipIf(!hasShared)(`on corpus pages${hasShared ? '' : ` (skipped: ${SKIP_NO_SHARED})`}`, () => {
  test.each([
    ['sina-mirror-post-finance-2021-11-06-zijin-qingdaogang.html', ['sh601899', 'sh601162', 'sh601298']],
    ['sina-finance-desktop-doc-2019-09-09-usstock-bonds.html', ['us.JPM', 'us.BLK', 'us.PMTG']],
    ['sina-news-desktop-doc-2024-05-10-tram.html', []],
  ])('%s (mirror posts are wrapped in the Sina shell)', async (file, codes) => {
    const got = await analyzeFile(path.join(PAGES_DIR, file));
    expect(got.isArticle).toBe(true);
    expect(got.stocks.map((s) => s.code)).toEqual(codes);
  });

  test('a mirror post without --url is read under the URL the tests serve it at', async () => {
    const file = 'sina-mirror-post-finance-2022-09-22-sco-demo-zone.html';
    const page = await loadPage(file, fs.readFileSync(path.join(PAGES_DIR, file)), null);
    expect(page.kind).toBe('mirror-post');
    expect(page.url).toBe(corpusPages.find((p) => p.file === file)!.url);
  });

  // Every positive page read by the CLI's loader, under the URL the catalogue serves it at,
  // gives the article the corpus table expects (the GBK page decoded by its meta).
  test.each(corpusPages.filter((p) => p.kind === 'positive' && !p.mirror))('$file: title, source, time, paragraphs, stocks', async (page) => {
    const want = expectations[page.file] as ArticleExpectation;
    const got = await analyzeFile(path.join(PAGES_DIR, page.file), page.url);
    expect(got).toMatchObject({ isArticle: true, template: want.template, title: want.title, source: want.source, publishedAt: want.publishedAt, paragraphs: want.paragraphs });
    expect(got.stocks.map((s) => `${s.code} ${s.name}`)).toEqual(want.stocks);
  });

  test.each([
    ['sina-k-sina-com-cn-article-2018-09-28-mp-fashion.html', 'http://k.sina.cn/article_6598441619_1894c3a9300100elpc.html?from=fashion'], // its mobile twin: no og:url
    ['sina-t-cj-sina-com-cn-articles-view-2018-09-28-caijing-toutiao.html', 'http://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0?cre=tianyi&mod=wnews&loc=14&r=0&doct=0&rfunc=100&tj=none&tr=12'], // og:url percent-encoded
  ])('%s without --url is read under the URL it states', async (file, url) => {
    const page = await loadPage(file, fs.readFileSync(path.join(PAGES_DIR, file)), null);
    expect(page.url).toBe(url);
    expect(analyzePage(page.doc, page.url).isArticle).toBe(true);
  });

  test('the command line reads the GBK legacy page in its charset', async () => {
    const file = 'sina-ent-desktop-legacy-2009-11-09-gbk-alilang.html';
    const { code, stdout } = await cli(path.join(PAGES_DIR, file), '--url', corpusPages.find((p) => p.file === file)!.url);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ isArticle: true, title: '阿里郎全新力作《兰花指》单曲成红歌(图)', source: '新浪娱乐', paragraphs: 3 });
  });

  test.each(corpusPages.filter((p) => p.kind === 'negative').map((p) => p.file))('%s is not an article', async (file) => {
    expect((await analyzeFile(path.join(PAGES_DIR, file))).isArticle).toBe(false);
  });
});
