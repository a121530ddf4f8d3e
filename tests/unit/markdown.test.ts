// "Copy summary": the Markdown is complete, in the reader's language, and
// page text in it stays literal text wherever it is pasted.
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeUrl, summaryToMarkdown } from '@/utils/markdown';
import type { Localization } from '@/utils/i18n-keys';
import { localization } from './l10n-fixture';
import { sampleSummary } from './popup/summary-fixture';

let zh: Localization;
let en: Localization;
beforeAll(async () => {
  [zh, en] = await Promise.all([localization('zh_CN'), localization('en')]);
});

describe('summaryToMarkdown', () => {
  it('writes title and link, meta, key figures with sentences, stocks (Chinese)', () => {
    expect(summaryToMarkdown(sampleSummary(), zh)).toBe(
      [
        '# [青岛港一季度净利润同比增长8.2%](https://finance.sina.com.cn/stock/s/2024-04-30/doc-inatyxyz1234567.shtml)',
        '',
        '来源：证券时报 · 发布时间：2024年4月30日 09:15 · 约 2 分钟读完',
        '',
        '## 关键数据',
        '',
        '- **13.7 亿元** (= 1,370,000,000 CNY) — 金额 · 净利润',
        '  > 青岛港一季度实现净利润13.7亿元，同比增长8.2%。',
        '- **+8.2%，同比** (= +8.2 % yoy) — 涨跌与增减 · 净利润',
        '  > 青岛港一季度实现净利润13.7亿元，同比增长8.2%。',
        '',
        '## 相关股票',
        '',
        '- 青岛港 `sh601298` · 2 个数据 · [行情](https://finance.sina.com.cn/realstock/company/sh601298/nc.shtml)',
        '- 招商港口 `sz001872` · 1 个数据 · [行情](https://finance.sina.com.cn/realstock/company/sz001872/nc.shtml)',
        '',
        '*由 FinLens 财经透镜整理*',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with the English locale', () => {
    const md = summaryToMarkdown(sampleSummary(), en);
    expect(md).toContain('Source: 证券时报 · Published: Apr 30, 2024, 9:15 AM · about 2 minutes to read');
    expect(md).toContain('## Key figures');
    expect(md).toContain('— Amounts · 净利润');
    expect(md).toContain('`sh601298` · 2 figures · [quote](');
    expect(md).toContain('`sz001872` · 1 figure · [quote](');
  });

  it('leaves out what the article does not have', () => {
    const md = summaryToMarkdown(
      { ...sampleSummary(), source: null, published: [], readingMinutes: 0, figures: [], stocks: [] },
      zh,
    );
    expect(md).not.toMatch(/来源|发布时间|关键数据|相关股票|分钟/);
    expect(md.startsWith('# [')).toBe(true);
  });

  it('reads the time from the first clue that holds one (a date line here), and shows none when no clue does', () => {
    const withLine = summaryToMarkdown({ ...sampleSummary(), published: ['', '2024年04月30日 09:15 新浪财经'] }, zh);
    expect(withLine).toContain('发布时间：2024年4月30日');
    expect(summaryToMarkdown({ ...sampleSummary(), published: ['新浪财经', '昨天'] }, zh)).not.toContain('发布时间');
  });

  it('keeps hostile page text literal', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const summary = sampleSummary();
    summary.title = `${hostile} [click](javascript:alert(1)) **bold**`;
    summary.figures[0]!.label = '_x_ | y';
    summary.figures[0]!.sentence = '1. # heading\n> quote `code`';
    summary.stocks[0]!.name = '![img](http://evil/)';
    const md = summaryToMarkdown(summary, zh);
    // every < and > is escaped, once the quote markers are set aside
    expect(md.replace(/^ {2}> /gm, '')).not.toMatch(/(^|[^\\])[<>]/m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\[click\\](javascript:alert(1)) \\*\\*bold\\*\\*');
    expect(md).toContain('· \\_x\\_ \\| y');
    expect(md).toContain('  > 1\\. # heading \\> quote \\`code\\`');
    expect(md).toContain('- !\\[img\\](http://evil/) `sh601298`');
  });

  it('shortens long sentences', () => {
    const summary = sampleSummary();
    summary.figures = [{ ...summary.figures[0]!, sentence: '长'.repeat(500) }];
    const quoted = summaryToMarkdown(summary, zh).split('\n').find((line) => line.startsWith('  > '))!;
    expect(Array.from(quoted.slice(4))).toHaveLength(140);
    expect(quoted.endsWith('…')).toBe(true);
  });
});

describe('escaping', () => {
  it.each([
    ['plain 中文 text', 'plain 中文 text'],
    ['a*b_c', 'a\\*b\\_c'],
    ['13.7 亿元', '13.7 亿元'],
    ['+8.2%', '+8.2%'],
    ['multi\n\nline', 'multi line'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (input, output) => expect(escapeMarkdown(input)).toBe(output));

  it.each([
    ['# title', '\\# title'],
    ['- item', '\\- item'],
    ['12) item', '12\\) item'],
    ['13.7亿元', '13.7亿元'],
    ['#hashtag', '#hashtag'],
  ])('at the start of a line %j → %j', (input, output) => expect(escapeMarkdown(input, { lineStart: true })).toBe(output));

  it('percent-encodes what would end a link destination', () => {
    expect(escapeUrl('https://a.sina.com.cn/x (1).html')).toBe('https://a.sina.com.cn/x%20%281%29.html');
  });
});
