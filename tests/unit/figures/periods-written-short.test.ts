// Issue 14, fourth round: periods written short, as brokers and wire digests write them
// (rules 9–11 of ../shared/corpus/figures/README.md), in sentences of our own.
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('broker-style period names (rule 10: quarters and halves)', () => {
  run([
    ['a two-digit year before Q', '24Q2公司毛利率为45.2%。', ['24Q2 period "2024-Q2" date exact', '45.2% percent 45.2 % exact']],
    ['a four-digit year before Q', '2024Q2营收同比增长12%。', ['2024Q2 period "2024-Q2" date exact', '同比增长12% change 12 % exact basis=yoy']],
    ['a year before H1', '2024H1营收为12亿元。', ['2024H1 period "2024-H1" date exact', '12亿元 money 1200000000 CNY exact']],
    ['the half first, the year after', '1H24净利润同比增长8%。', ['1H24 period "2024-H1" date exact', '同比增长8% change 8 % exact basis=yoy']],
    ['the quarter first, the year after', '公司3Q24营收环比增长5%。', ['3Q24 period "2024-Q3" date exact', '环比增长5% change 5 % exact basis=mom']],
    ['FY before a year is 财年', 'FY2024营收为120亿美元。', ['FY2024 date "FY2024" date exact', '120亿美元 money 12000000000 USD exact']],
    ['H1 with no year is left alone', 'H1营收为12亿元。', ['12亿元 money 1200000000 CNY exact']],
    ['a model name with H is no period', '该车型搭载H2000芯片。', []],
  ]);
});

describe('a two-digit year before a quarter, half or month is that year (rule 9)', () => {
  run([
    ['24年一季度', '24年一季度净利润增长20%。', ['24年一季度 period "2024-Q1" date exact', '增长20% change 20 % exact']],
    ['25年上半年', '公司25年上半年营收为30亿元。', ['25年上半年 period "2025-H1" date exact', '30亿元 money 3000000000 CNY exact']],
    ['24年9月', '24年9月CPI同比上涨0.4%。', ['24年9月 date "2024-09" date exact', '同比上涨0.4% change 0.4 % exact basis=yoy']],
    ['09年 with a leading zero', '09年一季度GDP增长6.1%。', ['09年一季度 period "2009-Q1" date exact', '增长6.1% change 6.1 % exact']],
    ['a duration of 24 years stays one', '公司成立24年来首次亏损。', ['24年 period 24 年 exact']],
    ['过去10年 is a duration, the month after it a date', '过去10年3月份销量最高。', ['过去10年 period 10 年 exact', '3月份 date "XXXX-03" date exact']],
  ]);
});

describe('前N个季度 is the first N quarters like 前N季度 (rule 10)', () => {
  run([
    ['with a year', '2024年前三个季度营收增长5%。', ['2024年前三个季度 period "2024-Q1/2024-Q3" date exact', '增长5% change 5 % exact']],
    ['without a year', '前三个季度GDP增长4.8%。', ['前三个季度 period "XXXX-Q1/XXXX-Q3" date exact', '增长4.8% change 4.8 % exact']],
    ['前一个季度 is the quarter before', '营收较前一个季度增长3%。', ['增长3% change 3 % exact']],
    ['过去三个季度 is a duration', '过去三个季度持续增长。', ['过去三个季度 period 3 季度 exact']],
  ]);
});

describe('数 or 几 before 十 in a duration spans a power of ten (rule 11: 数十亿元)', () => {
  run([
    ['数十个交易日', '两市成交额连续数十个交易日破万亿元。', ['数十个交易日 period [10,100] 交易日 range', '破万亿元 money 1000000000000 CNY at_least']],
    ['过去几十年', '过去几十年间经济高速增长。', ['过去几十年 period [10,100] 年 range']],
    ['几年来 has no number', '几年来公司持续亏损。', []],
  ]);
});

describe('两月 is two months, never February (rule 10: durations)', () => {
  run([
    ['近两月', '近两月北向资金净流入超百亿。', ['近两月 period 2 月 exact', '超百亿 money 10000000000 CNY at_least implicit']],
    ['两月内', '两月内完成整改。', ['两月 period 2 月 exact']],
    ['二月 is February', '二月CPI同比上涨0.7%。', ['二月 date "XXXX-02" date exact', '同比上涨0.7% change 0.7 % exact basis=yoy']],
  ]);
});
