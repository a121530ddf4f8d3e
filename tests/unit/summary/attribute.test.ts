// Figure ↔ stock attribution, table-driven on real sentences of the corpus
// (dongcai-13stocks, zijin-qingdaogang, sco-demo-zone, catl) and a few adapted
// ones for structures the corpus lacks. Figures are tiny hand-made
// FigureInContext objects, so these tests do not depend on the figure engine.
import { describe, expect, test } from 'vitest';
import type { FigureInContext } from '@/utils/figures';
import { articleMentions, readArticle } from '@/utils/sina/article';
import type { Mention } from '@/utils/sina/stocks';
import { attributeFigure, attributeFigures, type AttributableStock } from '@/utils/summary/attribute';
import { corpusPages } from '../../corpus/pages';
import { hasShared, SKIP_NO_SHARED } from '../../corpus/shared';
import { corpusHtml, parseLinkedom } from '../sina/load-page';

const CODES: Record<string, string> = {
  东方财富: 'sz300059',
  东吴证券: 'sh601555',
  国泰君安: 'sh601211',
  华西证券: 'sz002926',
  西南证券: 'sh600369',
  东北证券: 'sz000686',
  紫金矿业: 'sh601899',
  天风证券: 'sh601162',
  青岛港: 'sh601298',
  上海电气: 'sh601727',
  农产品: 'sz000061',
  中国动力: 'sh600482',
};

/** Stocks with their mentions in `sentence` (paragraph 0): every occurrence of the name, and of the code's digits. */
function stocksIn(sentence: string, names: string[]): AttributableStock[] {
  return names.map((name) => {
    const code = CODES[name]!;
    const mentions: Mention[] = [];
    for (const [needle, via] of [
      [name, 'name'],
      [code.slice(2), 'code'],
    ] as const) {
      for (let i = sentence.indexOf(needle); i >= 0; i = sentence.indexOf(needle, i + 1)) {
        mentions.push({ paragraph: 0, start: i, end: i + needle.length, via });
      }
    }
    return { code, mentions };
  });
}

/** A figure with the given surface (its `nth` occurrence) in a one-sentence paragraph. */
function figureIn(sentence: string, surface: string, nth = 0): FigureInContext {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = sentence.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`"${surface}" is not in the sentence`);
  return {
    surface,
    start,
    end: start + surface.length,
    kind: 'money',
    value: 0,
    unit: 'CNY',
    qualifier: 'exact',
    paragraph: 0,
    sentence: { text: sentence, start: 0, end: sentence.length },
  };
}

const S = {
  // zijin-qingdaogang, paragraph 12
  zijinShares:
    '本次变更完成后，公司注册资本从3.14亿元升至5.24亿元，紫金矿业和紫风投资合计持有天风期货46.1479%股权，天风证券股份有限公司持有37.7384%股权，其他股东合计持有16.1137%股权。',
  zijinMarketCap: '作为有色金属行业巨头，紫金矿业分别在A股、H股市场上市，总市值2685亿元，近期刚刚宣布加码锂矿。',
  tianfengHolder: '天风期货控股股东原为天风证券，持股比例62.94%。',
  qingdaoStake: '2月，港信期货正式成立，青岛港持股60%。',
  // dongcai-13stocks
  dongwu:
    '东吴证券认为，今年上半年市场股基日均成交额为1.06万亿元，相比去年同期增长9%，在市场活跃度相对稳定的背景下，而东方财富证券凭借庞大的零售用户规模和流量转化能力，手续费及佣金净收入同比增幅达到30%。',
  guotai: '国泰君安刘欣琦团队认为，考虑到东财证券业绩高增且证券业务占该公司营收比重一般在50%以上，预计东方财富上半年业绩继续保持高增。',
  dongcaiFunds: '上半年全市场新发基金同比下滑57%，东方财富一季度基金保有量环比也有下滑，基金代销业务增速或有放缓，预计上半年利润中证券业务将贡献主要增量。',
  noStock: 'Wind数据显示，在已发布业绩预告的14只券商股中，无一预增，有8家预告上半年净利将下滑50%以上，还有6只预计亏损。',
  // sco-demo-zone
  qingdaoShip:
    '9月14日，“中俄快线”上合示范区—符拉迪沃斯托克港首航开行仪式举行，伴随着嘹亮的轮船鸣笛声，满载着轮胎、日用品、机械配件、化妆品等货物，货值约1300万美元的集装箱货轮缓缓从青岛港出发，驶向俄罗斯远东港口符拉迪沃斯托克港，4天后将抵达。',
  shanghaiElectric: '今年上半年，上合示范区引进上海电气上合核电装备产业园、上合国际农业科技研发中心等总投资625亿元人民币的21个项目，实现与上合组织国家间双向投资额887万美元。',
  // catl: the mislinked keyword (中国动力 in 中国动力电池产业创新联盟) still names a stock, by the rule
  catlAlliance: '在市场方面，7月9日，中国动力电池产业创新联盟最新发布的数据显示，今年上半年，我国动力电池产量累计达到74.7GWh，同比增长217.5%。',
  // Adapted from dongcai (比如，华西证券、西南证券…均公告称…): the corpus sentence has no figure.
  enumerated: '比如，华西证券、西南证券均预告上半年净利下滑50%以上，东北证券预计亏损3亿元。',
  // Adapted from zijin: the name after the figure is the only one in its clause.
  after: '紫金矿业宣布入股，持股60%的是青岛港，消息公布后天风证券上涨。',
  // Adapted from zijin (紫金矿业（601899）): the stock named only by its code.
  codeOnly: '随后（601899）发布公告，出资不高于35154万元，天风证券持股37.7384%。',
};

describe('attributeFigure', () => {
  test.each([
    // sentence, stocks named, figure surface (nth occurrence), → codes, reason
    ['zijinShares', ['紫金矿业', '天风证券'], '46.1479%', 0, ['sh601899'], 'clause'],
    ['zijinShares', ['紫金矿业', '天风证券'], '37.7384%', 0, ['sh601162'], 'clause'],
    ['zijinShares', ['紫金矿业', '天风证券'], '16.1137%', 0, ['sh601899', 'sh601162'], 'all-in-sentence'],
    ['zijinShares', ['紫金矿业', '天风证券'], '3.14亿元', 0, ['sh601899', 'sh601162'], 'all-in-sentence'],
    ['zijinMarketCap', ['紫金矿业'], '2685亿元', 0, ['sh601899'], 'only-stock'],
    ['tianfengHolder', ['天风证券'], '62.94%', 0, ['sh601162'], 'only-stock'],
    ['qingdaoStake', ['青岛港'], '60%', 0, ['sh601298'], 'only-stock'],
    ['dongwu', ['东吴证券', '东方财富'], '1.06万亿元', 0, ['sh601555', 'sz300059'], 'all-in-sentence'],
    ['dongwu', ['东吴证券', '东方财富'], '30%', 0, ['sh601555', 'sz300059'], 'all-in-sentence'],
    ['guotai', ['国泰君安', '东方财富'], '50%', 0, ['sh601211', 'sz300059'], 'all-in-sentence'],
    ['dongcaiFunds', ['东方财富'], '57%', 0, ['sz300059'], 'only-stock'],
    ['noStock', ['东方财富'], '50%', 0, [], null],
    ['qingdaoShip', ['青岛港'], '1300万美元', 0, ['sh601298'], 'only-stock'],
    ['shanghaiElectric', ['上海电气', '农产品'], '625亿元', 0, ['sh601727'], 'only-stock'],
    ['catlAlliance', ['中国动力'], '217.5%', 0, ['sh600482'], 'only-stock'],
    ['enumerated', ['华西证券', '西南证券', '东北证券'], '50%', 0, ['sz002926', 'sh600369'], 'enumeration'],
    ['enumerated', ['华西证券', '西南证券', '东北证券'], '3亿元', 0, ['sz000686'], 'clause'],
    ['after', ['紫金矿业', '青岛港', '天风证券'], '60%', 0, ['sh601298'], 'clause-only-stock'],
    ['codeOnly', ['紫金矿业', '天风证券'], '35154万元', 0, ['sh601899', 'sh601162'], 'all-in-sentence'],
    ['codeOnly', ['紫金矿业', '天风证券'], '37.7384%', 0, ['sh601162'], 'clause'],
  ] as const)('%s: %s → %s', (key, names, surface, nth, codes, reason) => {
    const sentence = S[key];
    const got = attributeFigure(stocksIn(sentence, [...names]), figureIn(sentence, surface, nth));
    expect(got).toEqual({ codes: [...codes], reason });
  });

  test('a code written as text is a mention on its own', () => {
    const sentence = '随后（601899）发布公告，出资不高于35154万元。';
    expect(attributeFigure(stocksIn(sentence, ['紫金矿业']), figureIn(sentence, '35154万元')).codes).toEqual(['sh601899']);
  });

  test('mentions in another sentence or paragraph do not count', () => {
    const text = '紫金矿业发布公告。净利润增长20%。';
    const stocks: AttributableStock[] = [{ code: 'sh601899', mentions: [{ paragraph: 0, start: 0, end: 4, via: 'link' }] }];
    const figure: FigureInContext = { ...figureIn(text, '20%'), sentence: { text: '净利润增长20%。', start: 9, end: 18 } };
    expect(attributeFigure(stocks, figure).codes).toEqual([]);
    expect(attributeFigure(stocks, { ...figure, paragraph: 1, sentence: { text: text.slice(0, 9), start: 0, end: 9 } }).codes).toEqual([]);
  });
});

describe('attributeFigures', () => {
  test('every stock gets an entry; figures keep their order', () => {
    const sentence = S.zijinShares;
    const stocks = stocksIn(sentence, ['紫金矿业', '天风证券', '青岛港']);
    const figures = ['3.14亿元', '46.1479%', '37.7384%'].map((s) => figureIn(sentence, s));
    const got = attributeFigures(stocks, figures);
    expect([...got.keys()]).toEqual(['sh601899', 'sh601162', 'sh601298']);
    expect(got.get('sh601899')!.map((f) => f.surface)).toEqual(['3.14亿元', '46.1479%']);
    expect(got.get('sh601162')!.map((f) => f.surface)).toEqual(['3.14亿元', '37.7384%']);
    expect(got.get('sh601298')).toEqual([]);
  });
});

describe.skipIf(!hasShared)(`on the article model of corpus pages${hasShared ? '' : ` (skipped: ${SKIP_NO_SHARED})`}`, () => {
  /** A hand-made figure at `surface` in the paragraph containing it, with its sentence split at 。 */
  function figureInArticle(paragraphs: string[], surface: string): FigureInContext {
    const p = paragraphs.findIndex((t) => t.includes(surface));
    const text = paragraphs[p]!;
    const at = text.indexOf(surface);
    const start = text.lastIndexOf('。', at - 1) + 1;
    const stop = text.indexOf('。', at);
    const end = stop < 0 ? text.length : stop + 1;
    return { ...figureIn(text, surface), paragraph: p, sentence: { text: text.slice(start, end), start, end } };
  }

  test.each([
    ['sina-mirror-post-finance-2021-11-06-zijin-qingdaogang.html', '46.1479%', ['sh601899']],
    ['sina-mirror-post-finance-2021-11-06-zijin-qingdaogang.html', '37.7384%', ['sh601162']],
    ['sina-mirror-post-finance-2021-11-06-zijin-qingdaogang.html', '2685亿元', ['sh601899']],
    ['sina-mirror-post-finance-2021-11-06-zijin-qingdaogang.html', '60%', ['sh601298']],
    ['sina-mirror-post-finance-2021-11-06-zijin-qingdaogang.html', '55.12%', []],
    ['sina-mirror-post-finance-2022-07-17-dongcai-13stocks.html', '41.77亿元', ['sz300059']],
    ['sina-mirror-post-finance-2022-07-17-dongcai-13stocks.html', '1.06万亿元', ['sh601555', 'sz300059']],
    ['sina-mirror-post-finance-2022-09-22-sco-demo-zone.html', '1300万美元', ['sh601298']],
    ['sina-mirror-post-finance-2022-09-22-sco-demo-zone.html', '625亿元', ['sh601727']],
    ['sina-mirror-post-finance-2022-09-22-sco-demo-zone.html', '86.2%', []],
  ])('%s: %s → %j', (file, surface, codes) => {
    const page = corpusPages.find((p) => p.file === file)!;
    const article = readArticle(parseLinkedom(corpusHtml(page)), page.url)!;
    const figure = figureInArticle(
      article.paragraphs.map((p) => p.text),
      surface,
    );
    expect(attributeFigure(articleMentions(article).stocks, figure).codes).toEqual(codes);
  });
});
