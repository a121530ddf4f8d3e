// Where a figure sits in its sentence, which way it points, and which hrefs may become links.
import { describe, expect, it } from 'vitest';
import { directionOf, splitSentence } from '@/components/stock/figure-parts';
import { sinaQuoteUrl } from '@/components/stock/sina-url';
import { DONGCAI_FIGURES, FALL, QINGDAO_FIGURES, RANGE } from './fixtures';

describe('splitSentence', () => {
  it('cuts the sentence at the figure when the offsets point at it', () => {
    expect(splitSentence(DONGCAI_FIGURES[1]!)).toEqual({
      before: '数据显示，上半年，东方财富证券实现营业收入41.77亿元，',
      figure: '同比增长34.15%',
      after: '；净利润28.48亿元，同比增长37.47%。',
    });
  });

  it('finds the surface when the offsets are stale', () => {
    const f = { ...QINGDAO_FIGURES[2]!, start: 3, end: 5 };
    expect(splitSentence(f).figure).toBe('4天');
    expect(splitSentence(f).after).toBe('后将抵达。');
  });

  it('leaves a sentence without the surface unmarked', () => {
    const f = { ...FALL, surface: '不存在', start: 0, end: 3 };
    expect(splitSentence(f)).toEqual({ before: FALL.sentence.text, figure: '', after: '' });
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
