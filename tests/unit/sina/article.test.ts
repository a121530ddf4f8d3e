// The article model on hand-written pages (tests/fixtures/pages): every keyword
// family, mentions and codes written as text, paragraph text and offsets, times.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleImages, articleKeywordCheck, articleMentions, articlePublishedAt, readArticle } from '@/utils/sina/article';
import { isParagraphSpace, locateInParagraph, MAY_HOLD_FOREIGN_TEXT, paragraphOf, rawTextOf, textNodesOf } from '@/utils/sina/paragraph-text';
import { OVERLAY_TAG } from '@/utils/stock-ui/highlight';
import { PANEL_TAG, TRIGGER_TAG } from '@/utils/stock-ui/mount';
import { corpusPages } from '../../corpus/pages';
import { hasShared, PROJECT_ROOT } from '../../corpus/shared';
import { beijingIso, dateInText } from '@/utils/sina/published-time';
import { codeFromHref, codeFromSpanId, normaliseCode, quoteUrlOf } from '@/utils/sina/stocks';
import { fixtureUrl } from '../../e2e/harness/site';
import { corpusHtml, fixture, parseHappyDom, parseLinkedom } from './load-page';

const STOCKS_URL = 'https://finance.sina.com.cn/stock/s/2024-01-02/doc-iabcdefg1234567.shtml';

describe('code normalisation', () => {
  test.each([
    ['sh601298', 'stock', 'sh601298', 'sh'],
    ['SZ300059', 'stock', 'sz300059', 'sz'],
    ['bj430047', 'stock', 'bj430047', 'bj'],
    ['00700', 'hkstock', 'hk00700', 'hk'],
    ['700', 'hkstock', 'hk00700', 'hk'],
    ['hk02068', 'stock', 'hk02068', 'hk'],
    ['JPM', 'usstock', 'us.JPM', 'us'],
    ['brk.b', 'usstock', 'us.BRK.B', 'us'],
    ['gb_aapl', 'stock', 'us.AAPL', 'us'],
  ])('%s (%s) → %s', (raw, family, code, market) => {
    expect(normaliseCode(raw, family)).toEqual({ code, market });
  });

  test.each(['601298', 'sh60129', 'xx601298', '', '<img>', 'hk123456'])('%s is not a code', (raw) => {
    expect(normaliseCode(raw)).toBeNull();
  });

  test('span ids and hrefs of every family', () => {
    expect(codeFromSpanId('stock_sh601298')?.code).toBe('sh601298');
    expect(codeFromSpanId('usstock_JPM')?.code).toBe('us.JPM');
    expect(codeFromSpanId('hkstock_00700')?.code).toBe('hk00700');
    expect(codeFromSpanId('quote_sh601298')).toBeNull();
    expect(codeFromHref('https://finance.sina.com.cn/realstock/company/sz300059/nc.shtml')?.code).toBe('sz300059');
    expect(codeFromHref('http://stock.finance.sina.com.cn/usstock/quotes/BLK.html')?.code).toBe('us.BLK');
    expect(codeFromHref('http://stock.finance.sina.com.cn/hkstock/quotes/02068.html')?.code).toBe('hk02068');
    expect(codeFromHref('https://finance.sina.com.cn/zt_d/topic')).toBeNull();
    expect(quoteUrlOf('us.AAPL')).toBe('https://stock.finance.sina.com.cn/usstock/quotes/AAPL.html');
    expect(quoteUrlOf('hk00700')).toBe('https://stock.finance.sina.com.cn/hkstock/quotes/00700.html');
    expect(quoteUrlOf('sh601298')).toBe('https://finance.sina.com.cn/realstock/company/sh601298/nc.shtml');
  });
});

describe('published time', () => {
  test.each([
    ['2018-12-28T19:56:29+08:00', '2018-12-28T19:56:29+08:00'],
    ['2005-08-26 05:39:00', '2005-08-26T05:39:00+08:00'],
    ['2018-12-28 19:55:10', '2018-12-28T19:55:10+08:00'],
    ['2018-12-28T11:56:29Z', '2018-12-28T19:56:29+08:00'],
    ['2018-12-28T23:30:00-01:00', '2018-12-29T08:30:00+08:00'],
    ['2018-12-28', '2018-12-28T00:00:00+08:00'],
    ['2018-13-28 10:00', null],
    ['2018-02-30 10:00', null],
    ['yesterday', null],
    ['', null],
  ])('meta %s → %s', (value, iso) => {
    expect(beijingIso(value)).toBe(iso);
  });

  test.each([
    ['2018年12月28日 19:55', '2018-12-28T19:55:00+08:00'],
    ['\n  2016年05月25日10:10 \n 新浪财经', '2016-05-25T10:10:00+08:00'],
    ['2005.08.2605:39', '2005-08-26T05:39:00+08:00'],
    ['2019年09月11日01:53', '2019-09-11T01:53:00+08:00'],
    ['发布于今天', null],
  ])('visible %j → %s', (text, iso) => {
    expect(dateInText(text)).toBe(iso);
  });
});

describe('paragraph text', () => {
  test('drops the ideographic indent and the live quote, keeps every other character', () => {
    const doc = parseLinkedom(
      '<p id="p">　　<span id="stock_sh601899"><a>紫金矿业</a></span><span id="quote_sh601899">(12.50, 2.46%)</span>涨 5%，\u00a0见<b>图</b>。 </p>',
    );
    const p = paragraphOf(doc.getElementById('p')!);
    expect(p.text).toBe('紫金矿业涨 5%，\u00a0见图。');
    expect(p.offset).toBe(2);
  });

  test('the space trimmed is what /[\\s\\u200b]/ matches, for every UTF-16 code unit', () => {
    const space = /[\s\u3000\u00a0\u200b\ufeff]/;
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isParagraphSpace(c) !== space.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  test('the raw text is the text nodes textNodesOf walks, in order', () => {
    const doc = parseLinkedom('<p id="p">　a<script>x</script><b>b<span id="quote_1">q</span></b><style>s</style>c<finlens-trigger>t</finlens-trigger>d </p>');
    const el = doc.getElementById('p')!;
    expect(rawTextOf(el)).toBe('　abcd ');
    expect(rawTextOf(el)).toBe(textNodesOf(el).map((t) => t.node.nodeValue).join(''));
    expect(paragraphOf(el)).toMatchObject({ text: 'abcd', offset: 1 });
  });

  test("FinLens's own elements are among those that may hold foreign text", () => {
    const doc = parseLinkedom(`<p id="p">a<${TRIGGER_TAG}>t</${TRIGGER_TAG}><${PANEL_TAG}></${PANEL_TAG}><${OVERLAY_TAG}></${OVERLAY_TAG}></p>`);
    const own = MAY_HOLD_FOREIGN_TEXT.replace(', :not(:defined)', ''); // linkedom has no :defined
    expect(Array.from(doc.getElementById('p')!.querySelectorAll(own)).map((el) => el.localName)).toEqual([TRIGGER_TAG, PANEL_TAG, OVERLAY_TAG]);
  });

  // linkedom has no :defined (rawTextOf walks there): this DOM stands in for a browser's.
  const withDefined = (el: Element) => {
    const query = el.querySelector.bind(el);
    el.querySelector = ((s: string) => query(s.replace(', :not(:defined)', ''))) as typeof el.querySelector;
    return el;
  };

  test('read in one call when nothing foreign is inside, the text is the one walked node by node', () => {
    const doc = parseLinkedom('<p id="a">　　纯文本<b>加粗</b><a href="#">链接</a>。</p><p id="b">　　<span id="quote_1">(1.0)</span>文本</p>');
    const a = withDefined(doc.getElementById('a')!);
    const b = withDefined(doc.getElementById('b')!);
    const walked = (el: Element) => textNodesOf(el).map((t) => t.node.nodeValue).join('');
    expect(rawTextOf(a)).toBe('　　纯文本加粗链接。');
    expect(rawTextOf(b)).toBe('　　文本');
    expect([rawTextOf(a), rawTextOf(b)]).toEqual([walked(a), walked(b)]);
  });

  test.skipIf(!hasShared)('on every corpus page, every text block reads the same either way', () => {
    for (const page of corpusPages) {
      const doc = parseLinkedom(corpusHtml(page));
      for (const el of Array.from(doc.querySelectorAll('p, li, td, h1, h2, h3, blockquote'))) {
        expect(rawTextOf(withDefined(el)), page.file).toBe(textNodesOf(el).map((t) => t.node.nodeValue).join(''));
      }
    }
  });

  test.skipIf(!hasShared)('on every corpus article, the paragraphs read the same with :defined as without', () => {
    // linkedom has no :defined, so the model walks every block there; with it
    // (as in a browser) plain blocks are read with textContent.
    for (const page of corpusPages.filter((p) => p.kind === 'positive')) {
      const html = corpusHtml(page);
      const walked = readArticle(parseLinkedom(html), page.url)!.paragraphs.map((p) => [p.text, p.offset]);
      const doc = parseLinkedom(html);
      const proto = Object.getPrototypeOf(doc.body) as Element;
      let owner: object = proto;
      while (!Object.prototype.hasOwnProperty.call(owner, 'querySelectorAll')) owner = Object.getPrototypeOf(owner);
      const original = (owner as Element).querySelectorAll;
      let asked = 0;
      (owner as { querySelectorAll: unknown }).querySelectorAll = function (this: Element, s: string) {
        if (s.includes(':not(:defined)')) asked++;
        return original.call(this, s.replace(', :not(:defined)', ''));
      };
      try {
        expect(readArticle(doc, page.url)!.paragraphs.map((p) => [p.text, p.offset]), page.file).toEqual(walked);
        expect(asked, page.file).toBeGreaterThan(0);
      } finally {
        (owner as { querySelectorAll: unknown }).querySelectorAll = original;
      }
    }
  });

  test('an index in the text leads back to the DOM text node', () => {
    const doc = parseLinkedom('<p id="p">　　<a>紫金矿业</a><span id="quote_x">(1.0)</span>净利润<b>20%</b>。</p>');
    const p = paragraphOf(doc.getElementById('p')!);
    const at = p.text.indexOf('20%');
    const point = locateInParagraph(p, at)!;
    expect(point.node.nodeValue).toBe('20%');
    expect(point.offset).toBe(0);
    expect(locateInParagraph(p, 0)!.node.nodeValue).toBe('紫金矿业');
    expect(locateInParagraph(p, p.text.length + 1)).toBeNull();
  });
});

describe.each([
  ['linkedom', (html: string) => parseLinkedom(html)],
  ['happy-dom', (html: string) => parseHappyDom(html, STOCKS_URL).doc],
])('the article model (%s)', (_parser, parse) => {
  const article = readArticle(parse(fixture('finance-desktop-stocks.html')), STOCKS_URL)!;

  test('title, source, time, paragraphs and images; boilerplate is not a paragraph', () => {
    expect(article.template).toBe('finance-desktop');
    expect(article.title).toBe('测试：多只股票的文章');
    expect(article.source).toBe('证券时报');
    expect(articlePublishedAt(article)).toBe('2024-01-02T09:30:00+08:00');
    expect(article.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['紫金矿业今日', '腾讯控股与苹', '北交所的诺思', '小标题']);
    expect(articleImages(article).map((i) => [i.src, i.caption])).toEqual([['https://n.sinaimg.cn/finance/test/chart.png', '图为走势图']]);
  });

  test('every keyword family, with normalised codes, hrefs and quote spans', () => {
    expect(article.stocks.map((s) => [s.code, s.market, s.name])).toEqual([
      ['sh601899', 'sh', '紫金矿业'],
      ['hk00700', 'hk', '腾讯控股'],
      ['us.AAPL', 'us', '苹果'],
      ['bj430047', 'bj', '诺思兰德'],
    ]);
    const [zijin, , , bj] = article.stocks;
    expect(zijin!.span?.getAttribute('id')).toBe('stock_sh601899');
    expect(zijin!.quote?.getAttribute('id')).toBe('quote_sh601899');
    expect(bj!.span).toBeNull();
    expect(bj!.href).toBe('https://finance.sina.com.cn/realstock/company/bj430047/nc.shtml');
  });

  test('mentions: the link, later names, and codes written as text', () => {
    const view = (code: string) => {
      const s = articleMentions(article).stocks.find((x) => x.code === code)!;
      return s.mentions.map((m) => `${m.via}:${article.paragraphs[m.paragraph]!.text.slice(m.start, m.end)}`);
    };
    expect(view('sh601899')).toEqual(['link:紫金矿业', 'name:紫金矿业', 'code:601899']);
    expect(view('hk00700')).toEqual(['link:腾讯控股', 'name:腾讯控股', 'code:00700.HK']);
    expect(view('us.AAPL')).toEqual(['link:苹果', 'name:苹果', 'code:AAPL.O']);
    expect(articleMentions(article).textCodes.map((c) => [c.text, c.code])).toEqual([
      ['834277', null],
      ['600000', null],
    ]);
  });

  test('the news_keyword_pub comment is compared with the links, disagreements reported', () => {
    expect(articleKeywordCheck(article)).toEqual({ listed: ['sh601899', 'bj430047'], missing: [], unlisted: ['hk00700', 'us.AAPL'] });
  });
});

describe('every keyword family, on a 看点 page (tests/e2e/fixtures/keyword-families.html)', () => {
  const html = fs.readFileSync(path.join(PROJECT_ROOT, 'tests/e2e/fixtures/keyword-families.html'), 'utf8');
  const url = fixtureUrl('keyword-families.html');
  const article = readArticle(parseLinkedom(html), url)!;

  test('index, A-share, HK, US, fund, futures and a never-traded code are all stocks, in link order', () => {
    expect(article.stocks.map((s) => [s.code, s.market, s.name])).toEqual([
      ['sh000001', 'sh', '上证指数'],
      ['sh600519', 'sh', '贵州茅台'],
      ['hk00700', 'hk', '腾讯控股'],
      ['us.NVDA', 'us', '英伟达'],
      ['fund.110022', 'fund', '易方达消费行业'],
      ['futures.RB0', 'futures', '螺纹钢'],
      ['sh688999', 'sh', '测试科技'],
    ]);
    expect(article.stocks.find((s) => s.market === 'fund')!.href).toBe('https://finance.sina.com.cn/fund/quotes/110022/bc.shtml');
  });

  test('a never-traded code: its empty quote span, and its later mention by name', () => {
    const ipo = articleMentions(article).stocks.find((s) => s.code === 'sh688999')!;
    expect(ipo.quote?.textContent).toBe('');
    expect(ipo.mentions.map((m) => m.via)).toEqual(['link', 'name']);
  });

  test('the 看点 account is the source, the notice is not a paragraph', () => {
    expect({ source: article.source, publishedAt: articlePublishedAt(article), paragraphs: article.paragraphs.length }).toEqual({
      source: '测试财经号',
      publishedAt: '2024-03-04T10:15:00+08:00',
      paragraphs: 6,
    });
  });

  test.each([
    ['fund.110022', 'https://finance.sina.com.cn/fund/quotes/110022/bc.shtml'],
    ['futures.RB0', 'https://finance.sina.com.cn/futures/quotes/RB0.shtml'],
    ['sh000001', 'https://finance.sina.com.cn/realstock/company/sh000001/nc.shtml'],
  ])('%s: its quote page round-trips', (code, href) => {
    expect(quoteUrlOf(code)).toBe(href);
    expect(codeFromHref(href)?.code).toBe(code);
  });
});

describe('published time: the legacy published-at comment, last', () => {
  const body = '<div class="blkContainerSblk"><h1 id="artibodyTitle">t</h1><div id="artibody"><p>x</p></div></div>';
  const url = 'http://finance.sina.com.cn/g/2009-11-09/14002762964.shtml';
  const page = (before: string, date: string) =>
    parseLinkedom(`${before}<html><head><meta name="publishid" content="28,3,2762964"></head><body>${date}${body}</body></html>`);
  test.each([
    ['<!--[28,3,2762964] published at 2009-11-09 14:00:37 from #236 by 1345-->', '', '2009-11-09T14:00:37+08:00'],
    ['<!-- [ published at 2018-09-28 21:12:28 ] -->', '', '2018-09-28T21:12:28+08:00'],
    ['<!--[28,3,2762964] published at 2009-11-09 14:00:37-->', '<span id="pub_date">2009年11月09日13:56</span>', '2009-11-09T13:56:00+08:00'],
    ['<!-- published at yesterday -->', '', null],
    ['', '', null],
  ])('%s %s → %s', (comment, date, iso) => {
    expect(articlePublishedAt(readArticle(page(comment, date), url)!)).toBe(iso);
  });
});

describe('title fallbacks', () => {
  const body = '<div id="article_content" class="article-content"><div id="artibody" class="article"><p>x</p></div></div>';
  const head = '<meta property="og:type" content="news"><meta name="publishid" content="abcdefg1234567">';
  test.each([
    ['<meta property="og:title" content="来自 og:title">', '来自 og:title'],
    ['<title>城市有轨电车之困：一边争相上马，一边接连叫停|有轨电车|珠海市|轨道交通_新浪新闻</title>', '城市有轨电车之困：一边争相上马，一边接连叫停'],
    ['<title>60万"12306账号"外泄? 中铁总辟谣称消息不实_新浪财经_新浪网</title>', '60万"12306账号"外泄? 中铁总辟谣称消息不实'],
    ['<title>创业环保第一季度报告会计差错的提示性公告_手机新浪网</title>', '创业环保第一季度报告会计差错的提示性公告'],
  ])('%s → %s', (extra, title) => {
    const article = readArticle(parseLinkedom(`<html><head>${head}${extra}</head><body>${body}</body></html>`), STOCKS_URL)!;
    expect(article.title).toBe(title);
    expect(article.titleEl).toBeNull();
  });
});

describe('hostile pages', () => {
  const url = 'https://finance.sina.com.cn/roll/2024-01-06/doc-ihostile1234567.shtml';
  const article = readArticle(parseLinkedom(fixture('hostile-stock-names.html')), url)!;

  test('a stock name that looks like markup stays a string, and a javascript: href is replaced', () => {
    const [evil, one] = articleMentions(article).stocks;
    expect(evil!.name).toBe('<img src=x onerror=alert(1)>');
    expect(evil!.href).toBe('https://finance.sina.com.cn/realstock/company/sh600000/nc.shtml');
    expect(evil!.mentions.map((m) => m.via)).toEqual(['link', 'name']);
    expect(one!.name).toBe('平');
    expect(one!.mentions.map((m) => m.via)).toEqual(['link']); // a one-character name would match everywhere
  });

  test('a keyword link that is not a quote link is not a stock', () => {
    expect(article.stocks.map((s) => s.code)).toEqual(['sh600000', 'sz000001']);
  });
});
