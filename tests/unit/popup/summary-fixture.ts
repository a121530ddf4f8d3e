// A valid ArticleSummary for popup, Markdown and message tests, built fresh
// each call so a test can change it freely.
import type { ArticleSummary, SummaryFigure } from '@/utils/messages';
import { DEFAULT_HIDDEN } from '@/utils/sina/categories';

const SENTENCE = '青岛港一季度实现净利润13.7亿元，同比增长8.2%。';

function figure(partial: Partial<SummaryFigure> & Pick<SummaryFigure, 'id' | 'kind' | 'surface' | 'display'>): SummaryFigure {
  const start = SENTENCE.indexOf(partial.surface);
  return {
    value: 0,
    unit: '',
    qualifier: 'exact',
    sentence: SENTENCE,
    paragraph: 0,
    start,
    end: start + partial.surface.length,
    ...partial,
  };
}

export function sampleSummary(): ArticleSummary {
  return {
    ok: true,
    url: 'https://finance.sina.com.cn/stock/s/2024-04-30/doc-inatyxyz1234567.shtml',
    title: '青岛港一季度净利润同比增长8.2%',
    source: '证券时报',
    published: ['2024-04-30T09:15:00+08:00'],
    chars: 812,
    readingMinutes: 2,
    figures: [
      figure({
        id: 'p0-f0',
        kind: 'money',
        surface: '13.7亿元',
        value: 1.37e9,
        unit: 'CNY',
        label: '净利润',
        display: '13.7 亿元',
      }),
      figure({
        id: 'p0-f1',
        kind: 'change',
        surface: '同比增长8.2%',
        value: 8.2,
        unit: '%',
        basis: 'yoy',
        label: '净利润',
        display: '+8.2%，同比',
      }),
    ],
    stocks: [
      {
        code: 'sh601298',
        market: 'sh',
        name: '青岛港',
        href: 'https://finance.sina.com.cn/realstock/company/sh601298/nc.shtml',
        figures: 2,
      },
      {
        code: 'sz001872',
        market: 'sz',
        name: '招商港口',
        href: 'https://finance.sina.com.cn/realstock/company/sz001872/nc.shtml',
        figures: 1,
      },
    ],
    cleaning: { enabled: true, hidden: { ...DEFAULT_HIDDEN } },
    hiddenCounts: { ads: 3, comments: 1, related: 0 },
  };
}
