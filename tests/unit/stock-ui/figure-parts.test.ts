// Which sentences a panel lists and where their figures sit, which way a figure points, and which hrefs may become links.
import { describe, expect, it } from 'vitest';
import { directionOf, groupBySentence, markFigures, type SentenceGroup } from '@/components/stock/figure-parts';
import type { FigureInContext } from '@/utils/figures';
import { sinaQuoteUrl } from '@/components/stock/sina-url';
import { DONGCAI_FIGURES, FALL, KEY_FIGURES, P_QINGDAO, QINGDAO_FIGURES, RANGE } from './fixtures';

const texts = (group: SentenceGroup) => markFigures(group).map((s) => (s.figure ? `[${s.text}]` : s.text)).join('');
const keys = (groups: SentenceGroup[]) => groups.map((g) => [g.key, g.figures.map((f) => f.surface)]);

describe('groupBySentence: each sentence once, in the article order', () => {
  it.each<[string, FigureInContext[], [string, string[]][]]>([
    ['one sentence with three figures is one group', QINGDAO_FIGURES, [['p0:0', ['9月14日', '约1300万美元', '4天']]]],
    [
      'figures sorted by kind come back in reading order',
      [QINGDAO_FIGURES[2]!, QINGDAO_FIGURES[0]!, QINGDAO_FIGURES[1]!],
      [['p0:0', ['9月14日', '约1300万美元', '4天']]],
    ],
    [
      'sentences of several paragraphs follow the article',
      [KEY_FIGURES[1]!, FALL, DONGCAI_FIGURES[1]!, QINGDAO_FIGURES[1]!, DONGCAI_FIGURES[0]!],
      [
        ['p0:0', ['约1300万美元']],
        ['p1:40', ['41.77亿元', '同比增长34.15%']],
        ['p2:0', ['同比下降4.8%']],
        ['p3:0', ['同比增长86.2%']],
      ],
    ],
    ['a figure listed twice is kept once', [FALL, FALL, RANGE], [['p2:0', ['同比下降4.8%', '3-4亿元']]]],
    ['no figures, no sentences', [], []],
  ])('%s', (_name, figures, expected) => {
    expect(keys(groupBySentence(figures))).toEqual(expected);
  });
});

describe('markFigures: the sentence with every figure in it marked', () => {
  const group = (figures: FigureInContext[]) => groupBySentence(figures)[0]!;
  it.each<[string, FigureInContext[], string]>([
    ['every figure of the sentence', DONGCAI_FIGURES, '数据显示，上半年，东方财富证券实现营业收入[41.77亿元]，[同比增长34.15%]；净利润28.48亿元，同比增长37.47%。'],
    ['a figure at the start and one at the end', [FALL, RANGE], '公司净利润[同比下降4.8%]，营收预计为[3-4亿元]。'],
    ['stale offsets: the surface is searched for', [{ ...QINGDAO_FIGURES[2]!, start: 3, end: 5 }], `${P_QINGDAO.slice(0, -7)}[4天]后将抵达。`],
    ['a surface the sentence lacks stays unmarked', [{ ...FALL, surface: '不存在' }], FALL.sentence.text],
    ['overlapping figures: the second is not marked twice', [FALL, { ...FALL, kind: 'percent', start: FALL.start + 4 }], '公司净利润[同比下降4.8%]，营收预计为3-4亿元。'],
  ])('%s', (_name, figures, marked) => {
    expect(texts(group(figures))).toBe(marked);
  });

  it('keeps every character of the sentence, in order', () => {
    const g = group(QINGDAO_FIGURES);
    expect(markFigures(g).map((s) => s.text).join('')).toBe(g.text);
  });
});

describe('directionOf', () => {
  it.each([
    [DONGCAI_FIGURES[1]!, 'rise'],
    [FALL, 'fall'],
    [DONGCAI_FIGURES[0]!, 'flat'],
    [RANGE, 'flat'],
    [{ ...FALL, value: [-3, -2] as [number, number], qualifier: 'range' as const }, 'fall'],
    [{ ...FALL, value: [-1, 2] as [number, number], qualifier: 'range' as const }, 'flat'],
    [{ ...FALL, value: 0 }, 'flat'],
  ])('%#: %s', (f, dir) => {
    expect(directionOf(f)).toBe(dir);
  });
});

describe('sinaQuoteUrl', () => {
  it.each([
    ['https://finance.sina.com.cn/realstock/company/sh601298/nc.shtml', true],
    ['http://stock.finance.sina.com.cn/hkstock/quotes/02068.html', true],
    ['https://sina.cn/', true],
    [' https://finance.sina.com.cn/x ', true],
    ['//finance.sina.com.cn/realstock/company/sh601298/nc.shtml', false],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['https://notsina.com.cn/', false],
    ['https://finance.sina.com.cn.evil.example/', false],
    ['ftp://finance.sina.com.cn/', false],
    ['', false],
  ])('%s → link: %s', (href, ok) => {
    expect(sinaQuoteUrl(href) !== null).toBe(ok);
  });
});
