// Issue 14, fourth round: how market wraps and macro digests write moves and readings,
// in sentences of our own (rules 3 and 5 of ../shared/corpus/figures/README.md).
import { describe } from 'vitest';
import { runCases as run } from './show';

describe('a closing or strong move verb touches the number; a modifier (略, 微, 累, 续) stays out (rule 5; REAL-DEV 环比略降1.9%)', () => {
  run([
    ['收升 and 收降 like 收涨', '美元指数收升0.2%，日元收降0.5%。', ['收升0.2% change 0.2 % exact', '收降0.5% change -0.5 % exact']],
    ['猛跌 and 劲涨 like 暴跌', '欧股猛跌3%，美股劲涨2%。', ['猛跌3% change -3 % exact', '劲涨2% change 2 % exact']],
    ['增速放慢', '出口增速放慢1.2个百分点。', ['放慢1.2个百分点 change -1.2 pp exact']],
    ['微涨: the verb alone', '沪指微涨0.05%，报3012.5点。', ['涨0.05% change 0.05 % exact', '3012.5点 price 3012.5 点 exact']],
    ['累涨 and 累跌: the verb alone', '该股年内累涨35%，同期板块累跌8.2%。', ['涨35% change 35 % exact', '跌8.2% change -8.2 % exact']],
    ['续涨: the verb alone', '金价续涨1.1%。', ['涨1.1% change 1.1 % exact']],
    ['略降: the verb alone', '出口环比略降1.9%。', ['降1.9% change -1.9 % exact basis=mom']],
  ]);
});

describe('an index reading may touch the index name (REAL-DEV: index levels are prices in 点)', () => {
  run([
    ['ISM with its expected value', '美国8月ISM制造业指数47.2，预期47.5。', ['8月 date "XXXX-08" date exact', '47.2 price 47.2 点 exact implicit', '47.5 price 47.5 点 exact implicit']],
    ['IFO with its prior value', '德国9月IFO商业景气指数85.4，前值86.6。', ['9月 date "XXXX-09" date exact', '85.4 price 85.4 点 exact implicit', '86.6 price 86.6 点 exact implicit']],
    ['a year after an index name stays a year', '沪深300指数2024年上涨。', ['2024年 date "2024" date exact']],
    ['a level with 点 stays as it is', '上证指数3000点失守。', ['3000点 price 3000 点 exact']],
  ]);
});

describe('a direction verb, the price it moves, then the amount: a change with the number alone (rule 5)', () => {
  run([
    ['上调…采购价 with a range', '8家钢厂上调废钢采购价30-200元。', ['8家 count 8 家 exact', '30-200元 change [30,200] CNY range']],
    ['下调…出厂价 per ton', '多家钢厂下调出厂价100元/吨。', ['100元/吨 change -100 CNY exact per=吨']],
    ['a level reached with 至 stays a price', '机构上调该股目标价至35元。', ['35元 price 35 CNY exact per=股']],
    ['a price named in an earlier clause does not reach', '上调产品价格后，公司营收达3亿元。', ['3亿元 money 300000000 CNY exact']],
  ]);
});

describe('the level a growth rate reached after its move is a growth rate too (rule 5: 跌幅收窄至0.3%)', () => {
  run([
    ['增速 before the move, no basis for the level', '出口增速较上月回落2.3个百分点至4.5%。', ['回落2.3个百分点 change -2.3 pp exact basis=mom', '4.5% change 4.5 % exact']],
    ['跌幅 gives the level its sign', '沪指跌幅扩大0.5个百分点至1.2%。', ['扩大0.5个百分点 change 0.5 pp exact', '1.2% change -1.2 % exact']],
    ['a rate that is no growth rate reaches a percent', '公司毛利率同比增加1.6个百分点至24.3%。', ['同比增加1.6个百分点 change 1.6 pp exact basis=yoy', '24.3% percent 24.3 % exact']],
  ]);
});
