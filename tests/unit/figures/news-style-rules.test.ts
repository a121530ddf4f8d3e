// Issue 14, third round: sentences of our own in the style of Sina finance news, one
// describe per class of the annotation rules (../shared/corpus/figures/README.md) that an
// engine may get wrong on text it has not seen. Each row is what the rules say, not what
// the engine happened to answer.
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('a bare amount named by the context is money (rule 12: implicit_unit)', () => {
  run([
    ['总价 names a sum, and both ends of a 万 range share it', '该楼盘总价在150万至200万之间。', ['150万至200万 money [1500000,2000000] CNY range implicit']],
    ['首付 names a sum', '首付30万就能买到两居。', ['30万 money 300000 CNY exact implicit']],
    ['月薪 names a sum, even without a multiplier', '月薪8000，年终奖另算。', ['8000 money 8000 CNY exact implicit']],
    ['资金 right after a bare 亿 makes it money', '数百亿资金流入债市。', ['数百亿 money [10000000000,100000000000] CNY range implicit']],
    ['贷款 right after a bare 亿', '银行投放300亿贷款支持小微企业。', ['300亿 money 30000000000 CNY exact implicit']],
    ['外资 right after 上千亿', '全年有上千亿外资流入。', ['上千亿 money 100000000000 CNY at_least implicit']],
    ['a bare 万 with no money noun stays out', '产能三万五。', []],
    ['a count noun still wins', '常住人口在2000万以上。', ['2000万以上 count 20000000 人 at_least implicit']],
  ]);
});

describe('上年 and 本年 are relative years attached to a date (rule 9)', () => {
  run([
    ['上年 before a month end', '上年12月末，M2余额同比增长9.7%。', ['上年12月末 date "XXXX-12-31" date exact', '同比增长9.7% change 9.7 % exact basis=yoy']],
    ['上年 before a quarter', '增速比上年四季度加快0.1个百分点。', ['上年四季度 period "XXXX-Q4" date exact', '加快0.1个百分点 change 0.1 pp exact']],
    ['本年 before a span of months', '本年1-8月，销售额增长5%。', ['本年1-8月 period "XXXX-01/XXXX-08" date exact', '增长5% change 5 % exact']],
    ['上年同期 is no date', '上年同期为3亿元。', ['3亿元 money 300000000 CNY exact']],
  ]);
});

describe('a bound noun before 由A…至B bounds both, as before 从A…至B (rule 1, REAL-DEV)', () => {
  run([
    ['上限 with 由…提高至', '公积金贷款额度上限由60万元提高至80万元。', ['60万元 money 600000 CNY at_most', '80万元 money 800000 CNY at_most']],
    ['no bound noun: both exact', '注册资本由5000万元增加至1亿元。', ['5000万元 money 50000000 CNY exact', '1亿元 money 100000000 CNY exact']],
  ]);
});
