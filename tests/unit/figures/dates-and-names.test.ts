// Dates written in less common ways, and numbers that belong to names or set
// phrases rather than figures (README rules 9, 10 and 12). Fresh sentences.
import { describe } from 'vitest';
import { runCases as run } from './show';


describe('dates', () => {
  run([
    ['a dotted full date', '截至2024.12.31，公司总资产为52亿元。', ['2024.12.31 date "2024-12-31" date exact', '52亿元 money 5200000000 CNY exact']],
    ['a version number and impossible dates are no dates', '版本v2024.1.2发布，2024.13.5和2023.2.29都不是日期。', []],
    ['a dotted decimal with a unit is still money', '价格为2024.12元。', ['2024.12元 money 2024.12 CNY exact']],
  ]);
});

describe('numbers that are no figures', () => {
  run([
    ['两位数 / 三位数', '公司有望保持两位数增长，涨幅达三位数。', []],
    ['times of day with 点整 / 点半', '下午3点整开会，10点半结束。', []],
  ]);
});

describe('index levels', () => {
  run([
    ['点整数关口 is a level, not a time', '上证指数跌破3000点整数关口。', ['跌破3000点 price 3000 点 at_most']],
  ]);
});

describe('day spans and year ends', () => {
  run([
    ['two full dates', '2024年3月1日至2024年5月31日，累计成交120亿元。', ['2024年3月1日至2024年5月31日 period "2024-03-01/2024-05-31" date exact', '120亿元 money 12000000000 CNY exact']],
    ['across a year end', '2024年12月1日至2025年2月28日期间。', ['2024年12月1日至2025年2月28日 period "2024-12-01/2025-02-28" date exact']],
    ['month-day to month-day', '3月1日至5月31日。', ['3月1日至5月31日 period "XXXX-03-01/XXXX-05-31" date exact']],
    ['年年底 and 年年末', '2025年年底前完成，2024年年末余额为5亿元。', ['2025年年底 date "2025-12-31" date exact', '2024年年末 date "2024-12-31" date exact', '5亿元 money 500000000 CNY exact']],
    ['月底 with 今年', '今年9月底前启动。', ['今年9月底 date "XXXX-09-30" date exact']],
    ['a year end without a numeral is none (as 较去年年底 in dev)', '今年年底前完成改造。', []],
  ]);
});

describe('index names that end in a number', () => {
  run([
    ['成分股 after index names', '上证50和科创50成分股，沪深300成分股调整。', []],
    ['the count after an index name is kept', '中证1000成分股中有300多只个股上涨。', ['300多只 count 300 只 at_least']],
    ['an index level after the family name', '上证3000点保卫战。', ['3000点 price 3000 点 exact']],
    ['index names before a change', '日经225指数收跌1.2%，标普500涨0.5%。', ['收跌1.2% change -1.2 % exact', '涨0.5% change 0.5 % exact']],
    ['成 still means tenths', '约三成受访者。', ['约三成 percent 30 % approx']],
  ]);
});
